import type { Deps } from '../adapters/deps.ts';
import { articleIdFor, linkKeyFor, textHash } from '../adapters/ids.ts';
import { config } from '../config.ts';
import { ConflictError } from '../domain/errors.ts';
import { canonicalLink } from '../domain/intake/link.ts';
import type { Article } from '../domain/model.ts';

export interface SubmitInput {
  /** Absent: the workflow fetches `url` and takes the text (and what else the page says) from it. */
  text?: string;
  language?: 'ar' | 'en';
  publishedAt?: string;
  url?: string;
  title?: string;
  source?: string;
}

/** The metadata a resubmission is compared on (text and url are compared too: with an Idempotency-Key they are not the id). */
const COMPARED = ['url', 'language', 'publishedAt', 'title', 'source'] as const;

/**
 * The fields a resubmission gives that differ from the stored article. A field it leaves out is not a
 * difference (the stored value stands); nothing stored is ever changed by a resubmission.
 */
export function differences(stored: Partial<Record<(typeof COMPARED)[number], string | null>>, input: SubmitInput) {
  const out: Record<string, { stored: string | null; submitted: string }> = {};
  for (const field of COMPARED) {
    const given = input[field];
    if (given !== undefined && given !== (stored[field] ?? null)) out[field] = { stored: stored[field] ?? null, submitted: given };
  }
  return out;
}

/** The execution of an article's attempt: the article id, then `-r<n>` for the n-th restart after FAILED. */
export const executionName = (article: { articleId: string; attempt?: number }) =>
  article.attempt ? `${article.articleId}-r${article.attempt}` : article.articleId;

/**
 * Stores the article (once) and starts its execution (named after it, so at most one). The same article
 * again answers the stored one; with different metadata, 409 with the differences; when it had FAILED,
 * it starts again.
 */
export async function submitArticle(deps: Deps, input: SubmitInput, submitter: string, idempotencyKey?: string, opts: { seesEveryArticle?: boolean } = {}) {
  const articleId = articleIdFor({ text: input.text, url: input.url, idempotencyKey, submitter });
  const link = input.url ? canonicalLink(input.url) : null;
  const linkKey = link ? linkKeyFor(link) : undefined;
  let failedHolder: string | undefined;
  // A link alone that is already an article (sent by hand, found in a feed, whoever sent it) is that article,
  // for a caller who may see every article (staff, the feeds): one story at one address is one article. A
  // submitter, who sees only their own, gets their own (they never learn what others sent); the checks never
  // compare two articles of one link.
  if (linkKey && input.text === undefined && opts.seesEveryArticle) {
    const holder = await deps.repo.articleOfLink(linkKey);
    const existing = holder && holder !== articleId ? await deps.repo.getArticle(holder) : undefined;
    if (existing && existing.status !== 'FAILED') {
      const diff = differences(existing, { ...input, url: undefined });
      if (Object.keys(diff).length) {
        throw new ConflictError(`${link} is already article ${existing.articleId}, with other ${Object.keys(diff).join(', ')}; nothing was changed`, { articleId: existing.articleId, differences: diff });
      }
      return { created: false, articleId: existing.articleId, status: existing.status, sameLink: true as const };
    }
    if (existing) failedHolder = existing.articleId;
  }
  const now = deps.now();
  const article: Article = {
    articleId,
    status: 'PROCESSING',
    language: input.language ?? null,
    publishedAt: input.publishedAt ?? null,
    title: input.title ?? null,
    url: input.url ?? null,
    source: input.source ?? null,
    text: input.text ?? '',
    textHash: textHash(input.text ?? ''),
    // A link alone: the FetchPage step stores the text.
    ...(input.text === undefined ? { fetch: { status: 'PENDING' as const } } : {}),
    submittedBy: submitter,
    createdAt: now,
    updatedAt: now,
  };
  const stored = await deps.repo.createArticle(article);
  if (stored.text === 'different') {
    throw new ConflictError('this Idempotency-Key was already used for a different text', { articleId, differences: { text: 'differs' } });
  }
  // The first article at a link holds it (written after the article, so a link never names a missing one; sent
  // again, a submission that died in between writes it).
  if (linkKey) await deps.repo.claimLink(linkKey, link!, articleId, failedHolder);
  let { status } = stored.article;
  if (!stored.created) {
    const diff = differences(stored.article, input);
    if (Object.keys(diff).length) {
      throw new ConflictError(`article ${articleId} was submitted before with other ${Object.keys(diff).join(', ')}; nothing was changed`, { articleId, differences: diff });
    }
  }
  let attempt = stored.article.attempt;
  if (!stored.created && status === 'FAILED') {
    // Submitted again after it failed: another attempt (exactly one of racing resubmissions starts it).
    const next = await deps.repo.restartFailed(articleId, stored.article.createdAt);
    if (next !== undefined) attempt = next;
    status = 'PROCESSING';
  }
  // A new article starts its execution; a repeated one still PROCESSING re-asks (a no-op when running),
  // so a submission whose start failed heals when it is sent again.
  if (stored.created || status === 'PROCESSING') {
    await deps.workflow.start(articleId, { reviewTimeoutSeconds: config().reviewTimeoutSeconds, ...fetchFlag(stored.article) }, executionName({ articleId, attempt }));
  }
  return { created: stored.created, articleId, status, sameLink: false as const };
}

/** The execution input that sends an article through FetchPage: submitted by url, its page not yet taken. */
export const fetchFlag = (a: Pick<Article, 'fetch'>): { fetch?: true } => (a.fetch && a.fetch.status !== 'FETCHED' ? { fetch: true } : {});

/**
 * After a restart of the local stack (executions are not persisted): the articles to carry on. Only whole
 * ones: an article whose text is missing (stored by an older version that wrote the text second) is marked
 * FAILED with the reason, and a resubmission starts it again.
 */
export async function resumable(deps: Deps): Promise<{ articleId: string; executionName: string; fetch?: true }[]> {
  const out: { articleId: string; executionName: string; fetch?: true }[] = [];
  for (const a of await deps.repo.listActiveArticles()) {
    // An article submitted by url is whole without its text until FetchPage has taken it.
    if (fetchFlag(a).fetch || await deps.repo.hasText(a.articleId)) out.push({ articleId: a.articleId, executionName: executionName(a), ...fetchFlag(a) });
    else await deps.repo.setArticleStatus(a.articleId, 'FAILED', { failure: 'the text of this article is not stored; submit it again', taskToken: null });
  }
  return out;
}
