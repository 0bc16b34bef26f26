/**
 * Every list pages the same way on the real local stack: a nextCursor only when another item follows, so a page
 * that is exactly full is the last one (trial 7, finding 20: its cursor led to an empty page), and a cursor leads
 * to the rest, nothing twice.
 */
import { describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';

const ctx = useStack('lina@desk');

/** The ids of one page of `path` (a `limit` added), and its nextCursor. */
async function page(path: string, token: string | undefined, limit: number, cursor?: string) {
  const sep = path.includes('?') ? '&' : '?';
  const r = await call(ctx.stack.url, 'GET', `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const ids = (r.body.items as any[]).map((i) => i.claimId ?? i.articleId ?? i.url);
  return { ids, next: r.body.nextCursor as string | null };
}

describe('paging', () => {
  it('no next page when a page is exactly full; one less, and the cursor gives the last item alone, on every list', async () => {
    // Arrange: four articles, a claim of each decided and two of them published
    const editor = await ctx.stack.token('editor', 'ed@desk');
    const texts = [
      'Seven fishermen were killed when the storm hit the harbour on Monday, the coast guard said.',
      'Nine fishermen were injured in the harbour fire on Tuesday, the police said.',
      'Twelve fishermen were missing after the ferry sank on Wednesday, the navy said.',
      'Five fishermen were killed when their boat capsized on Thursday, the port authority said.',
    ];
    const decided: string[] = [];
    for (const [i, text] of texts.entries()) {
      const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text, language: 'en', publishedAt: `2024-06-0${i + 4}`, title: `Harbour report ${i + 1}` } });
      const a = await articleStatus(ctx.stack.url, ctx.reviewer, r.body.articleId, ['AWAITING_REVIEW']);
      const claim = a.claims.find((c: any) => c.type === 'casualty');
      expect((await call(ctx.stack.url, 'PUT', `/claims/${claim.claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'false', expectedVersion: 0 } })).status).toBe(200);
      decided.push(claim.claimId);
    }
    // and an older article the filtered lists leave out, after their last item
    const other = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text: 'Three people were injured in a market fire on Saturday, officials said.', language: 'en', publishedAt: '2024-06-01', title: 'Market fire' } });
    await articleStatus(ctx.stack.url, ctx.reviewer, other.body.articleId, ['AWAITING_REVIEW']);
    for (const id of decided.slice(0, 2)) {
      expect((await call(ctx.stack.url, 'POST', `/claims/${id}/publication`, { token: editor, body: { expectedVersion: 1 } })).status).toBe(200);
    }
    const lists: [string, string | undefined][] = [
      ['/review-queue', ctx.reviewer],
      ['/review-queue?language=en', ctx.reviewer],
      ['/publication-queue', editor],
      ['/fact-checks', undefined],
      ['/articles', ctx.reviewer],
      ['/articles?language=en', ctx.reviewer],
      ['/articles?q=harbour', ctx.reviewer],
      ['/claims?q=fishermen', ctx.reviewer],
      ['/claims?q=fishermen&min=8', ctx.reviewer],
    ];
    for (const [path, token] of lists) {
      // Act
      const all = await page(path, token, 50);
      const n = all.ids.length;
      const full = await page(path, token, n);
      const short = await page(path, token, n - 1);
      const rest = short.next ? await page(path, token, n - 1, short.next) : undefined;
      // Assert
      expect(n, path).toBeGreaterThan(1);
      expect(all.next, path).toBeNull();
      expect(full, path).toEqual({ ids: all.ids, next: null });
      expect(short.ids, path).toEqual(all.ids.slice(0, n - 1));
      expect(rest, path).toEqual({ ids: all.ids.slice(n - 1), next: null });
    }
  });
});
