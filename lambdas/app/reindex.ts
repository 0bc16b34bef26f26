/**
 * Rebuilding the claim search index (GET /claims) after its terms changed (SEARCH_INDEX_VERSION in
 * lambdas/domain/search.ts): every article's postings are written again from its stored text and claims.
 *
 * A page of articles at a time (GSI ByDay, newest first: a Query, no scan), so memory stays bounded by the
 * page and each request ends well within API Gateway's time; the caller carries on with the cursor
 * (`factcheck reindex` does, printing progress; `npm start` does by itself when the stored version is
 * older). Idempotent: each posting is written whole, so a page run twice writes the same. The same walk writes
 * the record that an article holds its link (recordLink) for articles stored before links were recorded.
 *
 * Postings of terms that only an older version gave (say "مدنيين" where the terms now say "مدني") are
 * deleted: they are computed from the same text and claims with the older version's terms, so nothing is
 * scanned and no stale posting is left to answer a search.
 */
import type { Deps } from '../adapters/deps.ts';
import { detectLanguage } from '../domain/language.ts';
import type { ListedArticle } from '../adapters/desk.ts';
import { decodeDayCursor, encodeDayCursor } from './desk.ts';
import { postingsOf, SEARCH_INDEX_VERSION, type IndexVersion } from '../domain/search.ts';
import { linkKeyFor } from '../adapters/ids.ts';
import { canonicalLink } from '../domain/intake/link.ts';

export interface RebuildPage {
  /** The version of the terms written. */
  version: number;
  /** Articles on this page. */
  articles: number;
  /** Articles whose postings were rewritten. */
  rebuilt: number;
  /** Articles not (yet) extracted, or being extracted now: their extract step writes the current terms. */
  skipped: number;
  postingsWritten: number;
  /** Postings of terms only an older version gave that were there and are deleted (0 on an index rebuilt already). */
  postingsDeleted: number;
  /** The next page; null when this was the last (the index's version is then recorded). */
  nextCursor: string | null;
}

/** One page of the rebuild: `limit` articles after `cursor` (newest first). */
export async function rebuildSearchIndexPage(deps: Deps, opts: { cursor?: string; limit: number }): Promise<RebuildPage> {
  const before = decodeDayCursor(opts.cursor)?.sk;
  // One more than the page: whether it is the last is known without another call.
  const page = await deps.desk.articlePage({ before, pageSize: opts.limit + 1 });
  const rows = page.rows.slice(0, opts.limit);
  const out: RebuildPage = {
    version: SEARCH_INDEX_VERSION, articles: rows.length, rebuilt: 0, skipped: 0, postingsWritten: 0, postingsDeleted: 0, nextCursor: null,
  };
  for (const { sk, article } of rows) {
    const done = article ? await rebuildArticle(deps, article, sk) : undefined;
    if (!done) {
      out.skipped++;
      continue;
    }
    out.rebuilt++;
    out.postingsWritten += done.written;
    out.postingsDeleted += done.deleted;
  }
  const last = rows.at(-1)?.sk;
  if (page.rows.length > opts.limit && last) out.nextCursor = encodeDayCursor({ sk: last });
  // The version is recorded once an index was rebuilt (an empty table holds nothing to record it for).
  else if (before || rows.length) await deps.desk.setSearchIndexVersion(SEARCH_INDEX_VERSION, deps.now());
  return out;
}

/**
 * One article's postings, written again under its list key `sk` (the key its postings were written with:
 * a publication date corrected since keeps them where the search finds them). Undefined when it has no
 * claims stored yet, or not all of them (its extract step is running and writes the postings itself).
 */
async function rebuildArticle(deps: Deps, article: ListedArticle, sk: string) {
  // The words of its title, source and link (GET /articles?q=), whether or not it has claims.
  await deps.repo.refreshListWords(article);
  await recordLink(deps, article);
  if (article.claimCount === undefined || article.claimCount === null) return undefined;
  const bundle = await deps.repo.getBundle(article.articleId);
  if (!bundle || bundle.claims.length !== article.claimCount) return undefined;
  const { text } = bundle.article;
  const language = bundle.article.language ?? detectLanguage(text);
  const day = sk.slice(0, 10);
  const current = postingsOf(text, bundle.claims, day, language);
  const stale = new Set<string>();
  for (let v = 1; v < SEARCH_INDEX_VERSION; v++) {
    for (const term of postingsOf(text, bundle.claims, day, language, v as IndexVersion).keys()) if (!current.has(term)) stale.add(term);
  }
  const deleted = await deps.desk.deleteStoredPostings([...stale], sk);
  await deps.desk.putPostings([...current].map(([term, claims]) => ({ term, sk, articleId: article.articleId, language, claims })));
  return { written: current.size, deleted };
}

/**
 * Every page, one after another (npm start, when the stored version is older); `progress` hears each,
 * `stopped` is asked between pages (a stack that closes stops after the page it is on).
 */
export async function rebuildSearchIndex(deps: Deps, opts: { progress?: (page: RebuildPage) => void; stopped?: () => boolean; limit?: number } = {}) {
  let cursor: string | undefined;
  do {
    const page = await rebuildSearchIndexPage(deps, { cursor, limit: opts.limit ?? 25 });
    opts.progress?.(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && !opts.stopped?.());
}

/**
 * The record that an article holds its link (one link, one article: lambdas/app/submit.ts), written here for
 * articles stored before links were recorded, as the rebuild walks every article. As at submission, the first
 * article stored at a link holds it, whoever sent it, and a holder that FAILED gives way. Idempotent.
 */
async function recordLink(deps: Deps, article: ListedArticle) {
  const link = article.url ? canonicalLink(article.url) : null;
  if (!link) return;
  const key = linkKeyFor(link);
  const holder = await deps.repo.articleOfLink(key);
  if (holder === article.articleId) return;
  if (holder) {
    const other = await deps.repo.getArticle(holder);
    if (other && other.status !== 'FAILED' && (other.createdAt <= article.createdAt || article.status === 'FAILED')) return;
  }
  await deps.repo.claimLink(key, link, article.articleId, holder);
}
