/**
 * Bounded work (issue #12, DESIGN.md section 9 Limits): an article of 100,000 characters repeating one
 * casualty sentence used to store every matching claim in every other (quadratic: 32 MB responses, minutes
 * of work, gigabytes of memory). Now: at most 500 claims, 20 references per list plus counts, responses under
 * 1 MB with the claims paged, and another submitter's small article on the same day stays small.
 */
import { describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';

const ctx = useStack('lina@desk');
const MB = 1_000_000;

const get = async (path: string, token: string) => {
  const res = await fetch(ctx.stack.url + path, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) };
};

describe('a flood of one casualty sentence', () => {
  it('reaches review with at most 500 claims, 20 references each, responses under 1 MB paged by a cursor', { timeout: 240_000 }, async () => {
    // Arrange: 100,000 characters of one casualty sentence, every 40th saying 13 instead of 12 (agreement
    // within the article is no corroboration, so the 13s give each claim references to store), and a small
    // article about the same victims and day.
    const unit = '12 civilians were killed. '.repeat(39) + '13 civilians were killed. ';
    const flood = unit.repeat(Math.floor(100_000 / unit.length));
    const sentences = flood.length / 26;
    const thirteens = sentences / 40;
    expect(flood.length).toBeLessThanOrEqual(100_000);
    const other = await ctx.stack.token('submitter', 'other-desk');
    const first = await call(ctx.stack.url, 'POST', '/articles', { token: other, body: { text: 'Local officials said 12 civilians were killed in the shelling.', language: 'en', publishedAt: '2024-09-02' } });
    await articleStatus(ctx.stack.url, other, first.body.articleId, ['AWAITING_REVIEW']);

    // Act
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text: flood, language: 'en', publishedAt: '2024-09-02' } });
    expect(r.status).toBe(202);
    const page1 = await articleStatus(ctx.stack.url, ctx.submitter, r.body.articleId, ['AWAITING_REVIEW', 'FAILED']);

    // Assert: bounded claims, bounded references with counts, every page under 1 MB, all claims reachable.
    expect(page1.status, page1.failure).toBe('AWAITING_REVIEW');
    expect(page1.claimCount).toBe(500);
    expect(page1.claimsOmitted).toBe(sentences - 500);
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await get(`/articles/${r.body.articleId}?limit=500${cursor ? `&cursor=${cursor}` : ''}`, ctx.reviewer);
      expect(page.status).toBe(200);
      expect(page.bytes).toBeLessThanOrEqual(MB);
      for (const c of page.body.claims) {
        seen.add(c.claimId);
        // The more check-worthy 13s are all kept, then the first 12s. A 12 is corroborated by the other article
        // only (its own 12s are one source repeating itself) and conflicts with the 13s; a 13 with every 12.
        const twelve = c.casualty.min === 12;
        expect(c.checks.corroborations.map((ref: any) => ref.articleId)).toEqual(twelve ? [first.body.articleId] : []);
        expect(c.checks.corroborationCount).toBe(twelve ? 1 : 0);
        expect(c.checks.conflicts).toHaveLength(20);
        expect(c.checks.conflictCount).toBe(twelve ? thirteens : 500 - thirteens + 1);
      }
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen.size).toBe(500);
    expect(pages).toBeGreaterThan(1);
    // The other submitter's claim learned of the flood, within its bounds.
    const small = await get(`/articles/${first.body.articleId}`, ctx.reviewer);
    expect(small.bytes).toBeLessThan(20_000);
    expect(small.body.claims[0].checks.corroborations).toHaveLength(20);
    expect(small.body.claims[0].checks.corroborationCount).toBe(500 - thirteens);
    expect(small.body.claims[0].checks.conflicts).toHaveLength(20);
    expect(small.body.claims[0].checks.conflictCount).toBe(thirteens);
    // The queue and a claim stay small too.
    const claim = await get(`/claims/${[...seen][0]}`, ctx.reviewer);
    expect(claim.bytes).toBeLessThan(20_000);
  });

  it('refuses a cursor it did not give out', async () => {
    const r = await call(ctx.stack.url, 'GET', `/articles/art-00000000000000000000?cursor=${Buffer.from('art-11111111111111111111.casualty-1-2').toString('base64url')}`, { token: ctx.reviewer });
    expect([400, 404]).toContain(r.status);
    expect(r.type).toContain('application/problem+json');
  });
});

describe('one article that disagrees with itself', () => {
  it('flags claims about the same victims with different counts as conflicts of each other', async () => {
    const r = await call(ctx.stack.url, 'POST', '/articles', {
      token: ctx.submitter,
      body: { text: 'The health ministry said 18 people were killed in the strike on Monday, while the army said no more than six died.', language: 'en', publishedAt: '2024-09-03' },
    });
    const a = await articleStatus(ctx.stack.url, ctx.reviewer, r.body.articleId, ['AWAITING_REVIEW']);
    const [ministry, army] = a.claims.filter((c: any) => c.type === 'casualty');
    expect(ministry.checks.conflicts).toEqual([{ articleId: a.articleId, claimId: army.claimId, min: null, max: 6 }]);
    expect(army.checks.conflicts).toEqual([{ articleId: a.articleId, claimId: ministry.claimId, min: 18, max: 18 }]);
    expect(a.summary.conflicts).toBe(2);
  });
});
