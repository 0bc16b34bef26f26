/** Reviewers' work: verdicts with history, the queue, and the views the API shows. */
import type { Deps } from '../adapters/deps.ts';
import { articleIdOfClaim, QUEUE_PK, queueByLanguagePk } from '../adapters/keys.ts';
import { ConflictError, NotFoundError, QueryParameterError, ValidationError } from '../domain/errors.ts';
import { publicationState, publicStatementOf, type PublicationRecord } from '../domain/publication.ts';
import { config } from '../config.ts';
import { boundedPage, CURSOR_ROOM, decodeCursor, jsonBytes } from './cursor.ts';
import { articleChecked, verdictRecorded } from './events.ts';
import { isStaff, viewFor, type Viewer } from './visibility.ts';
import { summarize, versionMismatch, type Rating, type StoredClaim, type Verdict, type VerdictVersion } from '../domain/model.ts';

/**
 * The claim as the API shows it (DESIGN.md section 6); the history is the truth for the current verdict.
 * With its publication events, it also says whether (and which version) is published.
 */
export function claimView(claim: StoredClaim, history: VerdictVersion[] = [], publications?: PublicationRecord[]) {
  const latest = history.at(-1);
  const { matchKey, leasedBy, leaseUntil, ...fields } = claim as StoredClaim & { leasedBy?: string; leaseUntil?: string };
  // A reviewer's lease on it (the desk), shown while it lasts.
  const rest = leasedBy && leaseUntil && leaseUntil > new Date().toISOString() ? { ...fields, lease: { leasedBy, until: leaseUntil } } : fields;
  const publication = publications ? { publication: publicationState(publications, history) } : {};
  if (latest && latest.version > claim.version) {
    const { version, ...verdict } = latest;
    return { ...rest, status: 'DECIDED' as const, version, verdict, ...publication };
  }
  return { ...rest, ...publication };
}

/** An entry of a claim's history as the API shows it: a verdict, or a publication event (without its seq). */
export type HistoryEntry = VerdictVersion | Omit<PublicationRecord, 'seq'>;

/** A history entry with the key a cursor names it by: `V<version>` for a verdict, `P<seq>` for a publication event. */
interface KeyedEntry {
  key: string;
  entry: HistoryEntry;
}

/** A claim's history: its verdicts and its publication events, oldest first (by time; a verdict before an event of the same time). */
function historyEntries(history: VerdictVersion[], publications: PublicationRecord[] = []): KeyedEntry[] {
  const all = [
    ...history.map((v) => ({ key: `V${v.version}`, entry: v as HistoryEntry })),
    ...publications.map(({ seq, ...p }) => ({ key: `P${seq}`, entry: p as HistoryEntry })),
  ];
  return all.sort((a, b) => a.entry.at.localeCompare(b.entry.at));
}

/**
 * A claim's verdicts as an answer reads them: how many there are (versions are 1..count, each written once), and
 * the newest first, read only as far as the answer goes (Repository.verdictsNewestFirst).
 */
export interface Verdicts {
  count: number;
  newestFirst: AsyncIterable<VerdictVersion>;
}

/** Verdicts `newest` (newest first, in hand) and then those the store holds below the last of them. */
export function verdictsOf(deps: Deps, claimId: string, newest: VerdictVersion[]): Verdicts {
  const count = newest[0]?.version ?? 0;
  return {
    count,
    newestFirst: (async function* () {
      yield* newest;
      const below = newest.at(-1)?.version;
      if (below !== undefined && below > 1) yield* deps.repo.verdictsNewestFirst(claimId, below);
    })(),
  };
}

/**
 * The history newest first: the verdicts as read (newest first) and the publication events, in the order of
 * historyEntries read backwards. Verdicts are taken in version order, which is their order in time (each is
 * written after the one before it, by deps.now()).
 */
async function* newestFirst(verdicts: AsyncIterable<VerdictVersion>, publications: PublicationRecord[]): AsyncGenerator<KeyedEntry> {
  const events = historyEntries([], publications).reverse();
  let e = 0;
  for await (const v of verdicts) {
    // An event of the same time as a verdict comes after it, so before it newest first.
    while (e < events.length && events[e].entry.at.localeCompare(v.at) >= 0) yield events[e++];
    yield { key: `V${v.version}`, entry: v };
  }
  while (e < events.length) yield events[e++];
}

/**
 * A history cursor: the claim, and the key of the entry the next page ends before ('' for the newest end). Known
 * edge (README, Limits): an entry appended while a client pages, stamped by a clock behind the time of an entry
 * already shown, sorts among the entries shown and reaches that client when it reads the claim again. Keys in
 * write order would need one sequence for verdicts and events, taken in the same write as the entry: verdicts and
 * events are two conditional puts, and without transactions (dynalite has none) a sequence taken before the put
 * can be overtaken by a concurrent writer, which leaves the same gap.
 */
const historyCursor = (claimId: string, beforeKey: string) => Buffer.from(`${claimId}#${beforeKey}`).toString('base64url');

/**
 * The claim's view with its history bounded (DESIGN.md section 9: any JSON response <= 1 MB): `history` holds
 * the newest entries that fit in maxResponseBytes with the rest of the view, oldest first (the whole history
 * when it fits, as for any claim a desk revises by hand); `historyCount` counts every entry; `historyCursor`
 * (null when `history` is whole) is the cursor of GET /claims/{id}/history for the older entries. Only the
 * entries shown are read (and a page of verdicts at most beyond them).
 */
export async function withHistory<V extends { claimId: string }>(view: V, verdicts: Verdicts, publications: PublicationRecord[] = []) {
  const count = verdicts.count + publications.length;
  let room = config().limits.maxResponseBytes - jsonBytes({ ...view, history: [], historyCount: count, historyCursor: 'x'.repeat(CURSOR_ROOM) });
  const shown: KeyedEntry[] = [];
  for await (const e of newestFirst(verdicts.newestFirst, publications)) {
    room -= jsonBytes(e.entry) + 1;
    if (room < 0) break;
    shown.push(e);
  }
  const cursor = shown.length === count ? null : historyCursor(view.claimId, shown.at(-1)?.key ?? '');
  return { ...view, history: shown.reverse().map((e) => e.entry), historyCount: count, historyCursor: cursor };
}

/** What a claim's answers read: its item, its publication events and its newest verdict (not the rest of its history). */
export async function readClaim(deps: Deps, claimId: string) {
  const found = await deps.repo.getClaimHead(claimId);
  if (!found) return undefined;
  const { claim, publications, latest } = found;
  // The verdict its publication state shows (the published version), when it is not the newest.
  const shownVersion = publications.at(-1)?.version;
  const published = shownVersion !== undefined && shownVersion !== latest?.version ? await deps.repo.getVerdict(claimId, shownVersion) : undefined;
  /** The verdicts claimView needs: the published one and the newest, in version order. */
  const history = [published, latest].filter((v): v is VerdictVersion => !!v).sort((a, b) => a.version - b.version);
  return { claim, publications, latest: latest ?? undefined, history };
}

export interface HistoryPage {
  limit: number;
  /** nextCursor of the previous page, or a claim's historyCursor. */
  cursor?: string;
}

/**
 * GET /claims/{claimId}/history: a page of the claim's history, newest first (each entry as in `history`),
 * at most `limit` entries and never so many that the response passes maxResponseBytes; `nextCursor` leads
 * to the older ones (null at the first entry). Reviewers and editors only. Reads the entries it shows, and
 * finds where the cursor's entry is without reading the entries after it.
 */
export async function getClaimHistory(deps: Deps, claimId: string, page: HistoryPage) {
  const found = await readClaim(deps, claimId);
  if (!found) throw new NotFoundError(`claim ${claimId} does not exist`);
  const older = await olderThan(deps, claimId, found.latest, found.publications, page.cursor);
  let room = config().limits.maxResponseBytes - jsonBytes({ items: [], nextCursor: 'x'.repeat(CURSOR_ROOM) });
  const items: KeyedEntry[] = [];
  if (older.count > 0) {
    for await (const e of newestFirst(older.verdicts.newestFirst, older.publications)) {
      room -= jsonBytes(e.entry) + 1;
      if (room < 0 && items.length) break;
      items.push(e);
      if (items.length >= page.limit) break;
    }
  }
  const last = items.at(-1);
  return { items: items.map((e) => e.entry), nextCursor: last && older.count > items.length ? historyCursor(claimId, last.key) : null };
}

/** The entries older than a history cursor's (all of them without one): its verdicts, its publication events, how many. */
async function olderThan(deps: Deps, claimId: string, latest: VerdictVersion | undefined, publications: PublicationRecord[], cursor: string | undefined) {
  const older = (verdicts: Verdicts, events: PublicationRecord[]) => ({ verdicts, publications: events, count: verdicts.count + events.length });
  const newest = latest?.version ?? 0;
  const [ofClaim, key] = cursor === undefined ? [claimId, ''] : Buffer.from(cursor, 'base64url').toString('utf8').split('#');
  const refused = new QueryParameterError('cursor', 'is not one this API gave out for this claim');
  if (ofClaim !== claimId || key === undefined) throw refused;
  if (key === '') return older(verdictsOf(deps, claimId, latest ? [latest] : []), publications);
  const below = (version: number): Verdicts => ({ count: version, newestFirst: deps.repo.verdictsNewestFirst(claimId, version + 1) });
  const verdict = /^V([1-9]\d{0,8})$/.exec(key);
  if (verdict) {
    const version = Number(verdict[1]);
    const at = version > newest ? undefined : version === newest ? latest!.at : (await deps.repo.getVerdict(claimId, version))?.at;
    if (at === undefined) throw refused;
    // Older than verdict n: the verdicts before it, and the events before its time (one of its time comes after it).
    return older(below(version - 1), publications.filter((p) => p.at.localeCompare(at) < 0));
  }
  // Events in history order (by time, then in sequence).
  const byTime = [...publications].sort((a, b) => a.at.localeCompare(b.at));
  const index = /^P[1-9]\d{0,8}$/.test(key) ? byTime.findIndex((p) => `P${p.seq}` === key) : -1;
  if (index < 0) throw refused;
  // Older than an event: the events before it, and the verdicts of its time or earlier (a verdict comes before
  // an event of its time): a first run of versions, whose end is found by halving, not by reading them all.
  const { at } = byTime[index];
  let [lo, hi] = [0, newest];
  if (latest && latest.at.localeCompare(at) <= 0) lo = newest;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const v = await deps.repo.getVerdict(claimId, mid);
    if (v && v.at.localeCompare(at) <= 0) lo = mid;
    else hi = mid;
  }
  return older(below(lo), byTime.slice(0, index));
}

export interface ClaimsPage {
  /** Claims per page (default: the claimsPageSize setting). */
  limit?: number;
  /** nextCursor of the previous page. */
  cursor?: string;
}

/**
 * The article as `viewer` may see it, with one page of its claims (in text order): at most `limit`, and
 * never so many that the response passes maxResponseBytes. The summary covers all claims; `nextCursor`
 * names the next page (null on the last).
 */
export async function getArticleView(deps: Deps, viewer: Viewer, articleId: string, page: ClaimsPage = {}) {
  const bundle = await deps.repo.getBundle(articleId, { publishedVerdicts: true });
  if (!bundle) throw new NotFoundError(`article ${articleId} does not exist`);
  const { article } = bundle;
  const claims = bundle.claims.map((c) => claimView(c, bundle.history.get(c.claimId), bundle.publications.get(c.claimId) ?? []));
  const view = {
    articleId: article.articleId,
    status: article.status,
    language: article.language,
    publishedAt: article.publishedAt,
    title: article.title,
    url: article.url,
    source: article.source,
    submittedBy: article.submittedBy,
    createdAt: article.createdAt,
    ...(article.failure ? { failure: article.failure } : {}),
    ...(article.fetch ? { finalUrl: article.fetch.finalUrl ?? null, fetch: article.fetch } : {}),
    ...(article.extraction ? { extraction: article.extraction } : {}),
    ...(article.claimsOmitted ? { claimsOmitted: article.claimsOmitted } : {}),
    text: article.text,
    claimCount: claims.length,
    claims,
    summary: summarize(claims),
  };
  const seen = viewFor(viewer, article.submittedBy, view);
  if (!seen) throw new NotFoundError(`article ${articleId} does not exist`);
  return paged(seen, articleId, page);
}

/** One page of an article view's claims, under the response size bound. */
function paged<V extends { claims: { claimId: string }[] }>(view: V, articleId: string, page: ClaimsPage) {
  const { limits } = config();
  let from = 0;
  if (page.cursor !== undefined) {
    const after = Buffer.from(page.cursor, 'base64url').toString('utf8');
    from = articleIdOfClaim(after) === articleId ? view.claims.findIndex((c) => c.claimId === after) + 1 : 0;
    if (from === 0) throw new QueryParameterError('cursor', 'is not one this API gave out for this article');
  }
  const limit = page.limit ?? limits.claimsPageSize;
  // What the page may spend on claims: the bound, less the rest of the response and a cursor.
  let room = limits.maxResponseBytes - Buffer.byteLength(JSON.stringify({ ...view, claims: [], nextCursor: 'x'.repeat(200) }));
  const claims: V['claims'] = [];
  for (let i = from; i < view.claims.length && claims.length < limit; i++) {
    room -= Buffer.byteLength(JSON.stringify(view.claims[i])) + 1;
    if (room < 0 && claims.length) break;
    claims.push(view.claims[i]);
  }
  const last = from + claims.length;
  const nextCursor = last < view.claims.length ? Buffer.from(view.claims[last - 1].claimId).toString('base64url') : null;
  return { ...view, claims, nextCursor };
}

export async function getClaimView(deps: Deps, viewer: Viewer, claimId: string) {
  const articleId = articleIdOfClaim(claimId);
  // Staff read the claim as its fact-check would state it (publicStatement); a casualty's needs its article's dates.
  const staff = isStaff(viewer);
  const [found, article, dates] = await Promise.all([
    readClaim(deps, claimId), articleId ? deps.repo.getArticle(articleId) : undefined,
    staff && articleId && claimId.startsWith(`${articleId}.casualty-`) ? deps.repo.dateClaimsOf(articleId) : [],
  ]);
  // A submitter sees no history: it is not read for them.
  const shown = found && staff ? await withHistory({
    ...claimView(found.claim, found.history, found.publications),
    ...(staff ? { publicStatement: publicStatementOf(article ?? {}, found.claim, dates) } : {}),
  }, verdictsOf(deps, claimId, found.latest ? [found.latest] : []), found.publications) : found && claimView(found.claim, found.history, found.publications);
  const seen = shown && viewFor(viewer, article?.submittedBy, shown);
  if (!seen) throw new NotFoundError(`claim ${claimId} does not exist`);
  return seen;
}

export async function reviewQueue(deps: Deps, language: string | undefined, limit: number, cursor?: string) {
  const start = decodeCursor(cursor, language ? ['GSI2PK', 'GSI2SK'] : ['GSI1PK', 'GSI1SK'], language ? queueByLanguagePk(language) : QUEUE_PK);
  return boundedPage((n) => deps.repo.reviewQueue(language, n, start), (c) => claimView(c), limit);
}

/** Article statuses whose claims take verdicts: checked, or waiting for (or done waiting for) reviewers. */
const REVIEWABLE: ReadonlySet<string> = new Set(['AWAITING_REVIEW', 'CHECKED', 'PARTIALLY_CHECKED']);

export interface VerdictInput {
  rating: Rating;
  note?: string;
  publicExplanation?: string;
  evidence?: string[];
  expectedVersion: number;
}

/**
 * Records a verdict without transactions: (1) append history version expectedVersion+1, which only one
 * writer can do; (2) make it the claim's current verdict (monotonic); (3) if that closed the claim,
 * decrement the article's open count atomically; whoever brings it to zero settles the article.
 */
export async function recordVerdict(deps: Deps, claimId: string, input: VerdictInput, reviewer: string) {
  const articleId = articleIdOfClaim(claimId);
  const [found, article] = articleId ? await Promise.all([readClaim(deps, claimId), deps.repo.getArticle(articleId)]) : [];
  if (!articleId || !found || !article) throw new NotFoundError(`claim ${claimId} does not exist`);
  if (!REVIEWABLE.has(article.status)) {
    throw new ValidationError(article.status === 'FAILED'
      ? `article ${articleId} FAILED (${article.failure ?? 'no reason stored'}); its claims take no verdicts until it is submitted again and checked`
      : `article ${articleId} is still PROCESSING; its claims take verdicts once it is AWAITING_REVIEW`, { articleStatus: article.status }, 422);
  }
  const current = Math.max(found.claim.version, found.latest?.version ?? 0);
  if (input.expectedVersion !== current) {
    throw new ConflictError(versionMismatch(input.expectedVersion, current), {
      currentVersion: current, verdict: found.latest ?? null,
    });
  }
  const verdict: Verdict = {
    rating: input.rating, note: input.note ?? '', ...(input.publicExplanation ? { publicExplanation: input.publicExplanation } : {}),
    evidence: input.evidence ?? [], reviewer, at: deps.now(),
  };
  const version = current + 1;
  try {
    await deps.repo.appendVerdict(articleId, claimId, version, verdict);
  } catch (e) {
    if (e instanceof ConflictError) {
      const latest = (await deps.repo.getClaimHead(claimId))?.latest;
      throw new ConflictError(`another reviewer recorded version ${version} first`, { currentVersion: latest?.version ?? version, verdict: latest ?? null });
    }
    throw e;
  }
  const before = await deps.repo.applyVerdict(found.claim, version, verdict);
  let articleStatus: string | undefined;
  if (before === 'PENDING_REVIEW') {
    const counted = await deps.repo.countDecision(articleId);
    if (counted.decided === counted.claimCount) await settle(deps, articleId);
    else articleStatus = counted.status;
  } else {
    articleStatus = (await deps.repo.getArticle(articleId))?.status;
  }
  if (articleStatus === 'CHECKED' || articleStatus === 'PARTIALLY_CHECKED') {
    // A verdict after the article was settled (a revision, or after the review timeout): the summary follows.
    const bundle = await deps.repo.getBundle(articleId);
    if (bundle) await deps.repo.setSummary(articleId, summarize(bundle.claims.map((c) => claimView(c, bundle.history.get(c.claimId)))));
  }
  // The verdict ends the lease of the reviewer who recorded it (their work on the claim is done). Another
  // reviewer's lease stays theirs until they release it or it runs out: they may be writing a revision, and
  // only a holder releases a lease (DESIGN.md section 9: the lease is a courtesy, the version the guard).
  const released = await deps.desk.endLeaseOf({ articleId, claimId }, reviewer);
  await verdictRecorded(deps, found.claim, version, verdict);
  const recorded = { version, ...verdict };
  const claim = { ...found.claim, status: 'DECIDED' as const, version, verdict, ...(released ? { leasedBy: undefined, leaseUntil: undefined } : {}) };
  return withHistory(claimView(claim, [...found.history, recorded], found.publications), verdictsOf(deps, claimId, [recorded, ...(found.latest ? [found.latest] : [])]), found.publications);
}

/** The last open claim was decided: hand the token back, or, when it is gone, finish the article here. */
async function settle(deps: Deps, articleId: string) {
  const article = await deps.repo.getArticle(articleId);
  if (!article) return;
  if (article.status === 'AWAITING_REVIEW' && article.taskToken && (await deps.workflow.resume(article.taskToken, { articleId }))) return;
  if (article.status === 'AWAITING_REVIEW' || article.status === 'PARTIALLY_CHECKED') {
    const bundle = await deps.repo.getBundle(articleId);
    if (bundle) {
      const summary = summarize(bundle.claims);
      await deps.repo.setArticleStatus(articleId, 'CHECKED', { summary, taskToken: null });
      await articleChecked(deps, bundle.article, 'CHECKED', summary, deps.now());
    }
  }
  // PROCESSING: the workflow has not reached AwaitReview yet; it will see no open claims and finish.
}
