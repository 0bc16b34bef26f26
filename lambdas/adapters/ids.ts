import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The article id is derived from what makes a submission "the same article": the Idempotency-Key of
 * its submitter, or else its url and text. A repeated submission finds the stored article.
 */
export function articleIdFor(input: { text: string; url?: string | null; idempotencyKey?: string; submitter: string }): string {
  const basis = input.idempotencyKey
    ? `key\n${input.submitter}\n${input.idempotencyKey}`
    : `text\n${input.url ?? ''}\n${input.text}`;
  return `art-${sha256(basis).slice(0, 20)}`;
}

export const textHash = (text: string, url?: string | null) => sha256(`${url ?? ''}\n${text}`);
