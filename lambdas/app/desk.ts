/**
 * The desk (DESIGN.md section 9): lists of articles, search over every claim, and leases that tell
 * reviewers who is on which claim. Reads are Queries on keys (keys.ts), never scans.
 */
import type { Deps } from '../adapters/deps.ts';
import type { ArticleHead, Posting } from '../adapters/desk.ts';
import { articleIdOfClaim, claimIdOf, daySkBounds } from '../adapters/keys.ts';
import { NotFoundError, QueryParameterError } from '../domain/errors.ts';
import type { ArticleStatus } from '../domain/model.ts';
import { excerptOf, matchesFilter, searchTerms, termsOf, type ClaimFilter } from '../domain/search.ts';
import { itemsThatFit } from './cursor.ts';
import { claimView } from './review.ts';

/** Pages read for one list request before it answers with what it has and a cursor. */
const MAX_ARTICLE_PAGES = 8;
/** Postings read for one search request before it answers with what it has and a cursor. */
const MAX_POSTINGS_READ = 4000;
/** Postings read by a term's first Query, then four times as many each time, up to the last size. */
const POSTING_PAGES = [10, 40, 160, 400];

const SK_SHAPE = /^\d{4}-\d{2}-\d{2}#[0-9T:.Z-]{10,40}#art-[0-9a-f]{20}$/;

export function encodeDayCursor(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A cursor this API gave out: {sk} (and for searches, the claim after which to go on). */
export function decodeDayCursor(cursor: string | undefined): { sk: string; after: string | null } | undefined {
  if (cursor === undefined) return undefined;
  let v: any;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    v = undefined;
  }
  if (!v || typeof v !== 'object' || typeof v.sk !== 'string' || !SK_SHAPE.test(v.sk)
    || (v.after !== undefined && v.after !== null && (typeof v.after !== 'string' || !/^[a-z]+-\d+-\d+$/.test(v.after)))
    || Object.keys(v).some((k) => k !== 'sk' && k !== 'after')) {
    throw new QueryParameterError('cursor', 'is not one this API gave out');
  }
  return { sk: v.sk, after: v.after ?? null };
}

function wordsOf(q: string | undefined): string[] {
  if (q === undefined) return [];
  const words = termsOf(q);
  if (!words.length) throw new QueryParameterError('q', `holds no word to search for (only short or common words): "${q}"`);
  return words;
}

function checkRange(from?: string, to?: string) {
  if (from && to && from.slice(0, 10) > to.slice(0, 10)) throw new QueryParameterError('from', `must not be after to (${to})`);
}

// ---- GET /articles ------------------------------------------------------------------------------

export interface ArticleListQuery {
  status?: ArticleStatus;
  language?: string;
  from?: string;
  to?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

const articleListView = (a: ArticleHead, owner?: string) => ({
  articleId: a.articleId,
  status: a.status,
  language: a.language,
  publishedAt: a.publishedAt,
  title: a.title,
  url: a.url,
  source: a.source,
  createdAt: a.createdAt,
  claimCount: a.claimCount ?? null,
  decidedClaims: a.decidedClaims ?? 0,
  // A submitter sees ratings only once published (visibility.ts): their list leaves the summary out.
  summary: owner ? null : a.summary ?? null,
});

/** Articles newest first (publication day, then received); `owner` limits them to one submitter's. */
export async function listArticles(deps: Deps, query: ArticleListQuery, owner?: string) {
  checkRange(query.from, query.to);
  const words = wordsOf(query.q);
  const { fromSk, toSk } = daySkBounds(query.from, query.to);
  let before = decodeDayCursor(query.cursor)?.sk;
  const items: ReturnType<typeof articleListView>[] = [];
  let lastSk = '';
  for (let page = 0; page < MAX_ARTICLE_PAGES; page++) {
    const res = await deps.desk.articlePage({ owner, before, fromSk, toSk, pageSize: Math.max(25, query.limit + 1) });
    for (const { sk, article } of res.rows) {
      before = sk;
      if (!article) continue;
      if (query.status && article.status !== query.status) continue;
      if (query.language && article.language !== query.language) continue;
      if (words.some((w) => !(article.listWords ?? '').includes(` ${w} `))) continue;
      // One more than the page: a next page only when there is something on it (trial 7, finding 20).
      if (items.length === query.limit) return { items, nextCursor: encodeDayCursor({ sk: lastSk }) };
      items.push(articleListView(article, owner));
      lastSk = sk;
    }
    if (!res.more) return { items, nextCursor: null };
  }
  return { items, nextCursor: before ? encodeDayCursor({ sk: before }) : null };
}

// ---- GET /claims --------------------------------------------------------------------------------

export interface ClaimSearchQuery extends ClaimFilter {
  q?: string;
  status?: 'PENDING_REVIEW' | 'DECIDED';
  language?: string;
  limit: number;
  cursor?: string;
}

interface Candidate {
  sk: string;
  articleId: string;
  claimId: string;
  id: string;
}

/** A term's postings, newest first, read a page at a time as the merge asks for them. */
class PostingCursor {
  private buf: Posting[] = [];
  private pos = 0;
  private last: Record<string, unknown> | undefined;
  private started = false;
  private pages = 0;
  constructor(private readonly deps: Deps, private readonly term: string, private readonly atOrBelow: string | undefined, private readonly meter: { read: number }) {}

  async head(): Promise<Posting | undefined> {
    while (this.pos >= this.buf.length) {
      if (this.started && !this.last) return undefined;
      // Small first: a page of results often needs a few postings (facet postings list whole articles).
      const size = POSTING_PAGES[Math.min(this.pages++, POSTING_PAGES.length - 1)];
      const page = await this.deps.desk.postingPage(this.term, this.atOrBelow, size, this.last);
      this.started = true;
      this.meter.read += page.postings.length;
      this.buf = page.postings;
      this.pos = 0;
      this.last = page.last;
    }
    return this.buf[this.pos];
  }

  next() {
    this.pos++;
  }
}

/**
 * Claims whose postings hold every term (an intersection of sorted lists, newest first), that pass the
 * structured filters, from the cursor on. Returns the next position when it stops for the read budget.
 */
async function* candidates(deps: Deps, terms: string[], filter: ClaimFilter & { language?: string }, start: { sk: string; after: string | null } | undefined,
  stop: { at?: { sk: string; after: string | null } }): AsyncGenerator<Candidate> {
  const meter = { read: 0 };
  const lists = terms.map((t) => new PostingCursor(deps, t, start?.sk, meter));
  for (;;) {
    const heads = await Promise.all(lists.map((l) => l.head()));
    if (heads.some((h) => !h)) return;
    const low = heads.reduce((a, h) => (h!.sk < a ? h!.sk : a), heads[0]!.sk);
    if (heads.every((h) => h!.sk === low)) {
      const first = heads[0]!;
      const inAll = heads.slice(1).map((h) => new Set(h!.claims.map((c) => c.id)));
      let skipping = !!start?.after && start.sk === low;
      if (!filter.language || first.language === filter.language) {
        for (const c of first.claims) {
          if (skipping) {
            if (c.id === start!.after) skipping = false;
            continue;
          }
          if (inAll.every((s) => s.has(c.id)) && matchesFilter(c, filter)) {
            yield { sk: low, articleId: first.articleId, claimId: claimIdOf(first.articleId, c.id), id: c.id };
          }
        }
      }
      for (const l of lists) l.next();
    } else {
      for (let i = 0; i < lists.length; i++) if (heads[i]!.sk > low) lists[i].next();
    }
    if (meter.read >= MAX_POSTINGS_READ) {
      const next = await Promise.all(lists.map((l) => l.head()));
      // Everything newer than the lowest head is decided: go on from there.
      if (next.every(Boolean)) stop.at = { sk: next.reduce((a, h) => (h!.sk < a ? h!.sk : a), next[0]!.sk), after: null };
      return;
    }
  }
}

/** Every claim, decided or not, by words of its sentence and by its structured values; newest first. */
export async function searchClaims(deps: Deps, query: ClaimSearchQuery) {
  checkRange(query.from, query.to);
  if (query.min !== undefined && query.max !== undefined && query.min > query.max) throw new QueryParameterError('min', `must not be above max (${query.max})`);
  wordsOf(query.q);
  const filter = { type: query.type, kind: query.kind, from: query.from?.slice(0, 10), to: query.to?.slice(0, 10), min: query.min, max: query.max, language: query.language };
  const terms = searchTerms(query.q, filter);
  const stop: { at?: { sk: string; after: string | null } } = {};
  const gen = candidates(deps, terms, filter, decodeDayCursor(query.cursor), stop);
  const items: any[] = [];
  const taken: Candidate[] = []; // the candidate of each item
  let exhausted = false;
  // One more than the page: a next page only when there is something on it (trial 7, finding 20).
  while (items.length <= query.limit && !exhausted) {
    const round: Candidate[] = [];
    while (round.length < query.limit + 1 - items.length) {
      const n = await gen.next();
      if (n.done) {
        exhausted = true;
        break;
      }
      round.push(n.value);
    }
    if (!round.length) break;
    const { claims, articles, texts, publications } = await deps.desk.getClaimsAndArticles(round);
    for (const c of round) {
      const claim = claims.get(c.claimId);
      if (!claim || (query.status && claim.status !== query.status)) continue;
      const a = articles.get(c.articleId);
      const text = texts.get(c.articleId);
      taken.push(c);
      items.push({
        ...claimView(claim),
        // Published, or withdrawn since: a withdrawn fact-check is no current one (trial 8, finding 35).
        publication: publications.get(c.claimId) ?? null,
        article: a ? { articleId: a.articleId, title: a.title, url: a.url, source: a.source, publishedAt: a.publishedAt, language: a.language, status: a.status } : null,
        // Why it matched: its sentence, the words of the query marked (the same terms the postings hold).
        excerpt: text === undefined ? null : excerptOf(text, claim, terms),
      });
    }
  }
  // At most `limit`, and no more than fit in maxResponseBytes (a decided claim's verdict may be ~60 KB).
  const shown = itemsThatFit(items.slice(0, query.limit));
  if (items.length > shown) {
    const last = taken[shown - 1];
    return { items: items.slice(0, shown), nextCursor: encodeDayCursor({ sk: last.sk, after: last.id }) };
  }
  // Stopped for the read budget: what is left is not read yet.
  return { items, nextCursor: stop.at ? encodeDayCursor(stop.at) : null };
}

// ---- leases -------------------------------------------------------------------------------------

function claimKey(claimId: string) {
  const articleId = articleIdOfClaim(claimId);
  if (!articleId) throw new NotFoundError(`claim ${claimId} does not exist`);
  return { articleId, claimId };
}

/** Takes a claim for `ttlSeconds`: a courtesy that tells other reviewers; verdicts are guarded by versions. */
export async function takeLease(deps: Deps, claimId: string, reviewer: string, ttlSeconds: number) {
  const now = deps.now();
  const until = new Date(Date.parse(now) + ttlSeconds * 1000).toISOString();
  return deps.desk.takeLease(claimKey(claimId), reviewer, now, until);
}

export async function releaseLease(deps: Deps, claimId: string, reviewer: string) {
  await deps.desk.releaseLease(claimKey(claimId), reviewer, deps.now());
  return { claimId, leasedBy: null, until: null };
}
