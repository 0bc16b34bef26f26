/** Articles from where news arrives: a link (the FetchPage step) and a reviewer's correction of what the page said. */
import type { Deps } from '../adapters/deps.ts';
import { HTML_TYPES } from '../adapters/safe-fetch.ts';
import { config } from '../config.ts';
import { articleDaySk } from '../adapters/keys.ts';
import { ConflictError, FetchRefusedError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { parseAllowList, unfetchableReason } from '../domain/intake/address.ts';
import { extractPage } from '../domain/intake/page.ts';
import { detectLanguage } from '../domain/language.ts';
import type { Article } from '../domain/model.ts';
import { postingsOf, SEARCH_INDEX_VERSION, type IndexVersion } from '../domain/search.ts';

/**
 * FetchPage: fetches the article's url through the safe fetcher, takes the main text, title, language
 * and date, stores the text and where each field came from. What the submitter gave wins over the page.
 * A refusal is recorded on the article and thrown (permanent: the ASL's Catch marks the article FAILED
 * with the reason); a transient failure is thrown for the Retry. Safe to run again.
 */
export async function fetchPage(deps: Deps, articleId: string) {
  const article = await deps.repo.requireArticle(articleId);
  if (article.fetch?.status === 'FETCHED') return { fetched: false, chars: null };
  if (!article.url) throw new ValidationError(`article ${articleId} has neither text nor a url`);
  try {
    const res = await deps.fetch({ url: article.url, accept: HTML_TYPES, what: 'the page' });
    if (res.body.subarray(0, 8192).includes(0)) throw new FetchRefusedError('the page is binary (NUL bytes), not HTML');
    const page = extractPage(res.text(), res.finalUrl);
    if (page.text.length < 40) throw new FetchRefusedError(`no article text was found on the page (${page.text.length} characters)`);
    const max = config().maxTextChars;
    if (page.text.length > max) throw new FetchRefusedError(`the page's main text has ${page.text.length} characters; at most ${max} are checked`);
    const extraction: NonNullable<Article['extraction']> = { text: { from: 'Readability (main text)' } };
    const fields: Partial<Article> = {};
    const take = <K extends 'title' | 'language' | 'publishedAt'>(key: K, found: { value: string; from: string; raw?: string } | null) => {
      if (article[key]) extraction[key] = { from: 'submitter' };
      else if (found) {
        (fields as Record<string, string>)[key] = found.value;
        extraction[key] = { from: found.from, ...(found.raw ? { raw: found.raw } : {}) };
      }
    };
    take('title', page.title);
    take('language', page.language);
    take('publishedAt', page.publishedAt);
    if (page.canonicalUrl) extraction.canonicalUrl = { from: '<link rel=canonical>', raw: page.canonicalUrl };
    await deps.repo.putText(articleId, page.text);
    await deps.repo.setArticleFields(articleId, {
      ...fields,
      extraction,
      fetch: {
        status: 'FETCHED', finalUrl: res.finalUrl, redirects: res.redirects, contentType: res.contentType, bytes: res.body.length, fetchedAt: deps.now(),
      },
    });
    return { fetched: true, chars: page.text.length };
  } catch (e) {
    if (e instanceof FetchRefusedError) {
      await deps.repo.setArticleFields(articleId, { fetch: { status: 'REFUSED', reason: e.message, fetchedAt: deps.now() } });
    }
    throw e;
  }
}

/**
 * A URL to be fetched later (a feed subscribed, a webhook registered) that no fetch could ever take: 422 at
 * once, rather than a subscription that fails at every poll (lambdas/domain/intake/address.ts decides).
 */
export function refuseUnfetchable(url: string): void {
  const why = unfetchableReason(url, config().fetchAllow);
  if (why) throw new ValidationError(`url: ${why}${config().localStack ? localAllowHint(url) : ''}`, undefined, 422);
}

/**
 * On the local stack, a loopback or private address (a fixture server, a receiver on this machine) can be let
 * through: the pair to add to FACTCHECK_FETCH_ALLOW, when adding it is what would let this url pass.
 */
function localAllowHint(url: string): string {
  const u = new URL(url);
  const host = /^(?:.+\.)?localhost\.?$/i.test(u.hostname) ? '127.0.0.1' : u.hostname;
  const pair = `${host}:${u.port || (u.protocol === 'https:' ? 443 : 80)}`;
  let allow: ReturnType<typeof parseAllowList>;
  try {
    allow = new Set([...config().fetchAllow, ...parseAllowList(pair)]);
  } catch {
    return ''; // not an address:port pair (a name): nothing to add
  }
  if (unfetchableReason(url, allow)) return '';
  return ` (on this local stack: add ${pair} to FACTCHECK_FETCH_ALLOW, comma-separated pairs, and restart npm start to let it through)`;
}

/**
 * A reviewer corrects the publication date taken from the page (or given); kept with who and the old value.
 * The article moves to the new day at once: its date and its list key (GSI ByDay) are one write of the
 * article item (correctDay), so no list shows the new date under the old day; then the derived items follow
 * (settleArticleDay): the submitter's pointer, and the search postings, whose sort key holds the day and whose
 * undated claims are about the article's day. The answer comes once all have moved; a correction cut short
 * (a crash, a timeout) is finished by sending it again, as the old key stays marked on the article until then.
 */
export async function correctPublishedAt(deps: Deps, articleId: string, publishedAt: string, reviewer: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const article = await deps.repo.getArticle(articleId);
    const listed = await deps.repo.dayKeys(articleId);
    if (!article || !listed) throw new NotFoundError(`article ${articleId} does not exist`);
    const extraction = { ...article.extraction, publishedAt: { from: 'reviewer', by: reviewer, at: deps.now(), previous: article.publishedAt } };
    const sk = articleDaySk({ articleId, publishedAt, createdAt: article.createdAt });
    if (await deps.repo.correctDay(articleId, { publishedAt, extraction }, listed.sk, sk)) {
      await settleArticleDay(deps, articleId);
      return { articleId, publishedAt, extraction };
    }
  }
  throw new ConflictError(`article ${articleId} was being changed by others at the same time; send the correction again`);
}

/**
 * Brings the items derived from an article's day to its list key: the owner pointer, the search postings
 * under the key (when all its claims are stored: else the extract step writes them), and none left under a
 * key it left. `wroteAt`: the key a caller wrote postings under (the extract step), deleted if the article
 * moved meanwhile. Reads the key again after each round, so a correction that lands in between is followed
 * too. Idempotent.
 */
export async function settleArticleDay(deps: Deps, articleId: string, wroteAt?: string) {
  for (let round = 0; round < 5; round++) {
    const listed = await deps.repo.dayKeys(articleId);
    if (!listed?.sk) return;
    const { sk, stale } = listed;
    const gone = new Set(stale);
    if (wroteAt) gone.add(wroteAt);
    gone.delete(sk);
    if (!gone.size && (wroteAt === sk || round > 0)) return;
    const bundle = await deps.repo.getBundle(articleId);
    if (!bundle) return;
    const { article, claims } = bundle;
    await deps.repo.putOwnerItem(article, sk);
    const language = article.language ?? detectLanguage(article.text);
    const complete = article.claimCount !== undefined && article.claimCount !== null && claims.length === article.claimCount;
    if (complete && claims.length) {
      const day = sk.slice(0, 10);
      await deps.desk.putPostings([...postingsOf(article.text, claims, day, language)].map(([term, list]) => ({ term, sk, articleId, language, claims: list })));
    }
    if (gone.size && claims.length) {
      // Every term any version of the words gave: postings written before a rebuild may hold older ones.
      const terms = new Set<string>();
      for (let v = 1; v <= SEARCH_INDEX_VERSION; v++) for (const t of postingsOf(article.text, claims, sk.slice(0, 10), language, v as IndexVersion).keys()) terms.add(t);
      for (const old of gone) await deps.desk.deletePostings([...terms], old);
    }
    await deps.repo.clearStaleDaySks(articleId, stale);
    wroteAt = sk;
  }
}
