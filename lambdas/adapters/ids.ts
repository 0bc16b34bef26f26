import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The article id is derived from what makes a submission "the same article" for its submitter: the
 * Idempotency-Key they sent, or else the url and text. The parts are hashed as a JSON array, never joined
 * with a separator, so no choice of url and text can produce another pair's id ("U\nA" + "B" is not
 * "U" + "A\nB"). The submitter is part of it: one submitter's article never takes another's place, and a
 * submitter cannot learn from an id whether someone else sent the same text.
 */
export function articleIdFor(input: { text?: string; url?: string | null; idempotencyKey?: string; submitter: string }): string {
  // A link alone (POST /articles {url}, a feed item) has text null: the same link again is the same article.
  const basis = input.idempotencyKey
    ? ['key', input.submitter, input.idempotencyKey]
    : ['article', input.submitter, input.url ?? null, input.text ?? null];
  return `art-${sha256(JSON.stringify(basis)).slice(0, 20)}`;
}

/** What the stored text is compared by: the text alone (the url is metadata, compared field by field). */
export const textHash = (text: string) => sha256(JSON.stringify(['text', text]));

/** One subscription per feed URL (as normalized by URL parsing). */
export const feedIdFor = (url: string) => `feed-${sha256(JSON.stringify(['feed', feedUrl(url)])).slice(0, 20)}`;

/**
 * A feed's address as it is stored and identified: URL parsing's form, without the fragment (never sent to
 * the server, so `…/feed.xml#top` is the same feed). Ids of urls without a fragment are as they always were.
 */
export function feedUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** The key of a canonical link (lambdas/domain/intake/link.ts): one link item per page, whoever sent it. */
export const linkKeyFor = (canonical: string) => sha256(JSON.stringify(['link', canonical])).slice(0, 32);
