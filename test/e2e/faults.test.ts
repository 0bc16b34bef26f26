/**
 * Fault injection in the local stack (FACTCHECK_FAULTS): transient faults are retried and every article
 * still ends normally, exactly once; permanent ones end the article FAILED with the reason. None stays
 * PROCESSING.
 */
import { describe, expect, it } from 'vitest';
import { articleStatus, call, startStack } from '../support/local-stack.ts';

const ARTICLES = 20;
const body = (n: number) => ({
  text: `Officials said ${n + 2} civilians were killed and ${n + 5} wounded in shelling on Tuesday.`,
  language: 'en', publishedAt: '2024-04-20', url: `https://example.org/faults/${n}`,
});

describe('fault injection', () => {
  it(`with transient faults (25 % of every step's attempts) all ${ARTICLES} articles still reach AWAITING_REVIEW, once`, async () => {
    const stack = await startStack({ env: { FACTCHECK_FAULTS: 'Normalize:transient:0.25,ExtractClaims:transient:0.25,CheckClaims:transient:0.25,AwaitReview:transient:0.25' } });
    try {
      const submitter = await stack.token('submitter');
      const ids = await Promise.all(Array.from({ length: ARTICLES }, async (_, n) =>
        (await call(stack.url, 'POST', '/articles', { token: submitter, body: body(n) })).body.articleId as string));
      for (const id of ids) {
        const a = await articleStatus(stack.url, submitter, id, ['AWAITING_REVIEW', 'FAILED']);
        expect(a.status, a.failure).toBe('AWAITING_REVIEW');
        expect(a.claims.map((c: any) => c.claimId)).toEqual([...new Set(a.claims.map((c: any) => c.claimId))]);
        expect(a.claims).toHaveLength(3);
      }
    } finally {
      await stack.stop();
    }
    // The runner says on stopping how many faults it injected: the test is void if it injected none.
    const faults = /faults injected: (\d+)/.exec(stack.output());
    expect(Number(faults?.[1] ?? -1), stack.output()).toBeGreaterThan(0);
    console.log(`fault injection: ${faults?.[1]} transient faults injected over ${ARTICLES} articles, all retried to AWAITING_REVIEW`);
  });

  it('with a permanent fault every article ends FAILED with the reason, none stays PROCESSING', async () => {
    const stack = await startStack({ env: { FACTCHECK_FAULTS: 'CheckClaims:permanent:1' } });
    try {
      const submitter = await stack.token('submitter');
      const ids = await Promise.all(Array.from({ length: 4 }, async (_, n) =>
        (await call(stack.url, 'POST', '/articles', { token: submitter, body: body(100 + n) })).body.articleId as string));
      for (const id of ids) {
        const a = await articleStatus(stack.url, submitter, id, ['FAILED', 'AWAITING_REVIEW']);
        expect(a.status).toBe('FAILED');
        expect(a.failure).toMatch(/InjectedPermanentFault: injected permanent fault in CheckClaims/);
      }
    } finally {
      await stack.stop();
    }
  });
});
