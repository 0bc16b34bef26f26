/** Articles from where news arrives: a link (the FetchPage step) and a reviewer's correction of what the page said. */
import type { Deps } from '../adapters/deps.ts';
import { HTML_TYPES } from '../adapters/safe-fetch.ts';
import { config } from '../config.ts';
import { FetchRefusedError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { extractPage } from '../domain/intake/page.ts';
import type { Article } from '../domain/model.ts';

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

/** A reviewer corrects the publication date taken from the page (or given); kept with who and the old value. */
export async function correctPublishedAt(deps: Deps, articleId: string, publishedAt: string, reviewer: string) {
  const article = await deps.repo.getArticle(articleId);
  if (!article) throw new NotFoundError(`article ${articleId} does not exist`);
  const extraction = { ...article.extraction, publishedAt: { from: 'reviewer', by: reviewer, at: deps.now(), previous: article.publishedAt } };
  await deps.repo.setArticleFields(articleId, { publishedAt, extraction });
  return { articleId, publishedAt, extraction };
}
