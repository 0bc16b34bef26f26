import type { Deps } from '../adapters/deps.ts';
import { articleIdFor, textHash } from '../adapters/ids.ts';
import { config } from '../config.ts';
import { ConflictError } from '../domain/errors.ts';
import type { Article } from '../domain/model.ts';

export interface SubmitInput {
  text: string;
  language?: 'ar' | 'en';
  publishedAt?: string;
  url?: string;
  title?: string;
  source?: string;
}

/** Stores the article (once) and starts its execution (named after it, so at most one). */
export async function submitArticle(deps: Deps, input: SubmitInput, submitter: string, idempotencyKey?: string) {
  const articleId = articleIdFor({ text: input.text, url: input.url, idempotencyKey, submitter });
  const now = deps.now();
  const article: Article = {
    articleId,
    status: 'PROCESSING',
    language: input.language ?? null,
    publishedAt: input.publishedAt ?? null,
    title: input.title ?? null,
    url: input.url ?? null,
    source: input.source ?? null,
    text: input.text,
    textHash: textHash(input.text, input.url),
    submittedBy: submitter,
    createdAt: now,
    updatedAt: now,
  };
  const { created, article: stored } = await deps.repo.createArticle(article);
  if (!created && stored.textHash !== article.textHash) {
    throw new ConflictError('this Idempotency-Key was already used for a different article', { articleId });
  }
  // A new article starts its execution; a repeated one still PROCESSING re-asks (a no-op when running),
  // so a submission whose start failed heals when it is sent again.
  if (created || stored.status === 'PROCESSING') {
    await deps.workflow.start(articleId, { reviewTimeoutSeconds: config().reviewTimeoutSeconds });
  }
  return { created, articleId, status: stored.status };
}
