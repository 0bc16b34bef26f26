/**
 * End to end over HTTP against the real local stack: dynalite, the ASL run by aws-local-stepfunctions,
 * local JWT auth and the Lambda handlers. No fakes.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE } from '../../lib/local/sample-article.ts';
import { ROUTES } from '../../lib/routes.ts';
import { issueLocalToken } from '../../lib/local/auth.ts';
import { articleStatus, call, useStack } from '../support/local-stack.ts';
import { bodyBytesFor } from '../../lambdas/config.ts';

const ctx = useStack('rana@desk');

const english = {
  text: 'Nine civilians were killed and 14 wounded in an air strike on Tuesday, the civil defence said.\n\nTalks are planned for 8 or 9 March.',
  language: 'en',
  publishedAt: '2024-03-01',
  url: 'https://example.org/e2e/strike',
  title: 'Air strike kills nine',
};

describe('an article through the workflow', () => {
  let articleId: string;

  it('serves /health without a token', async () => {
    const r = await call(ctx.stack.url, 'GET', '/health');
    expect(r).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('accepts a submission once, and the same submission again as the same article', async () => {
    // Act
    const first = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: english });
    const again = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: english });
    // Assert
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'PROCESSING', articleId: expect.stringMatching(/^art-/) });
    expect(first.body.statusUrl).toBe(`${ctx.stack.url}/articles/${first.body.articleId}`);
    expect(again.status).toBe(202);
    expect(again.body.articleId).toBe(first.body.articleId);
    articleId = first.body.articleId;
  });

  it('extracts the claims and queues them for review', async () => {
    const article = await articleStatus(ctx.stack.url, ctx.submitter, articleId, ['AWAITING_REVIEW']);
    const summary = article.claims.map((c: any) => [c.type, c.casualty?.kind ?? c.date.values.map((v: any) => v.from).join('|'), c.status, c.version]);
    expect(summary).toEqual([
      ['casualty', 'killed', 'PENDING_REVIEW', 0],
      ['casualty', 'injured', 'PENDING_REVIEW', 0],
      ['date', '2024-02-27', 'PENDING_REVIEW', 0],
      ['date', '2024-03-08|2024-03-09', 'PENDING_REVIEW', 0],
    ]);
    const queue = await call(ctx.stack.url, 'GET', '/review-queue?language=en&limit=50', { token: ctx.reviewer });
    expect(queue.status).toBe(200);
    const queuedIds = queue.body.items.map((c: any) => c.claimId);
    for (const c of article.claims) expect(queuedIds).toContain(c.claimId);
    // Highest priority first: casualties before dates.
    const priorities = queue.body.items.map((c: any) => c.checks.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
  });

  it('refuses a stale version with 409 and keeps the history whole', async () => {
    const article = (await call(ctx.stack.url, 'GET', `/articles/${articleId}`, { token: ctx.submitter })).body;
    const claimId = article.claims[0].claimId;
    const ok = await call(ctx.stack.url, 'PUT', `/claims/${claimId}/verdict`, {
      token: ctx.reviewer, body: { rating: 'mostly-true', note: 'hospital lists eight', evidence: ['https://example.org/hospital'], expectedVersion: 0 },
    });
    const stale = await call(ctx.stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'false', expectedVersion: 0 } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'DECIDED', version: 1, verdict: { rating: 'mostly-true', reviewer: 'rana@desk' } });
    expect(stale.status).toBe(409);
    expect(stale.type).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ status: 409, currentVersion: 1 });
    expect(stale.body.detail).toBe('expectedVersion 0 is stale: the claim is at version 1');
    // A version from the future is not "stale": it says so (trial 11, finding 13).
    const ahead = await call(ctx.stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'false', expectedVersion: 5 } });
    expect(ahead.status).toBe(409);
    expect(ahead.body).toMatchObject({ currentVersion: 1, detail: expect.stringMatching(/^expectedVersion 5 is ahead of the claim: it is at version 1/) });
    const claim = await call(ctx.stack.url, 'GET', `/claims/${claimId}`, { token: ctx.reviewer });
    expect(claim.body.history.map((h: any) => [h.version, h.rating])).toEqual([[1, 'mostly-true']]);
  });

  it('reaches CHECKED when the last open claim is decided, and gives ClaimReview once an editor publishes', async () => {
    const article = (await call(ctx.stack.url, 'GET', `/articles/${articleId}`, { token: ctx.submitter })).body;
    for (const c of article.claims.filter((c: any) => c.status === 'PENDING_REVIEW')) {
      const r = await call(ctx.stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'true', expectedVersion: 0 } });
      expect(r.status).toBe(200);
    }
    // Ratings are internal until published: the reviewer reads them.
    const checked = await articleStatus(ctx.stack.url, ctx.reviewer, articleId, ['CHECKED']);
    expect(checked.summary).toMatchObject({ claims: 4, decided: 4, open: 0, ratings: { true: 3, 'mostly-true': 1 } });
    const queue = await call(ctx.stack.url, 'GET', '/review-queue?language=en', { token: ctx.reviewer });
    expect(queue.body.items.filter((c: any) => c.articleId === articleId)).toEqual([]);
    // Decided is not published: ClaimReview carries what an editor published (DESIGN.md section 9).
    expect((await call(ctx.stack.url, 'GET', `/articles/${articleId}/claimreview`)).body).toEqual([]);
    const editor = await ctx.stack.token('editor', 'nadia@desk');
    for (const c of checked.claims) {
      expect((await call(ctx.stack.url, 'POST', `/claims/${c.claimId}/publication`, { token: editor, body: { expectedVersion: c.version } })).status).toBe(200);
    }
    const reviews = await call(ctx.stack.url, 'GET', `/articles/${articleId}/claimreview`);
    expect(reviews.status).toBe(200);
    expect(reviews.type).toContain('application/ld+json');
    expect(reviews.body).toHaveLength(4);
    expect(reviews.body.find((r: any) => r.reviewRating.alternateName === 'Mostly true'))
      .toMatchObject({ '@type': 'ClaimReview', reviewRating: { ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' } });
  });

  it('lets exactly one of 20 racing reviewers win a version', async () => {
    const article = (await call(ctx.stack.url, 'GET', `/articles/${articleId}`, { token: ctx.submitter })).body;
    const claimId = article.claims[1].claimId;
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      call(ctx.stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'misleading', note: `ctx.reviewer ${i}`, expectedVersion: 1 } })));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(19);
    const claim = await call(ctx.stack.url, 'GET', `/claims/${claimId}`, { token: ctx.reviewer });
    // The history holds the verdicts and, since an editor published version 1, that publication too.
    expect(claim.body.history.filter((h: any) => !h.event).map((h: any) => h.version)).toEqual([1, 2]);
    expect(claim.body.version).toBe(2);
  });
});

describe('routes', () => {
  it.each(ROUTES.map((r) => [r.method, r.path] as const))('serves %s %s', async (method, path) => {
    const concrete = path.replace('{articleId}', 'art-00000000000000000000').replace('{claimId}', 'art-00000000000000000000.casualty-1-2');
    const r = await call(ctx.stack.url, method, concrete, { token: ctx.reviewer, body: method === 'GET' ? undefined : {} });
    expect(r.status).not.toBe(405);
    expect(String(r.body?.detail ?? '')).not.toMatch(/^no route/);
  });
});

describe('auth', () => {
  it('answers 401 without a token, 401 with a forged one, 403 for the wrong role', async () => {
    const none = await call(ctx.stack.url, 'GET', '/review-queue');
    const forged = await call(ctx.stack.url, 'GET', '/review-queue', { token: `${ctx.submitter.slice(0, -4)}AAAA` });
    const wrongRole = await call(ctx.stack.url, 'GET', '/review-queue', { token: ctx.submitter });
    const expired = await call(ctx.stack.url, 'GET', '/review-queue', { token: await ctx.stack.token('reviewer', 'late@desk', -60) });
    const otherKey = await call(ctx.stack.url, 'GET', '/review-queue', { token: await issueLocalToken({ role: 'reviewer', subject: 'x', key: new Uint8Array(32) }) });
    expect([none.status, forged.status, wrongRole.status, expired.status, otherKey.status]).toEqual([401, 401, 403, 401, 401]);
    expect(expired.body.detail).toMatch(/expired/);
    for (const r of [none, forged, wrongRole, expired, otherKey]) expect(r.type).toContain('application/problem+json');
  });

  it('lets editors read the review queue (they see all), but only reviewers decide', async () => {
    const editor = await ctx.stack.token('editor', 'hala@desk');
    const queue = await call(ctx.stack.url, 'GET', '/review-queue', { token: editor });
    expect(queue.status).toBe(200);
    expect(Array.isArray(queue.body.items)).toBe(true);
    const verdict = await call(ctx.stack.url, 'PUT', '/claims/art-00000000000000000000.casualty-0-1/verdict', { token: editor, body: { rating: 'true', expectedVersion: 0 } });
    expect(verdict.status).toBe(403);
    expect(verdict.body.detail).toMatch(/reviewer/);
  });
});

describe('bad input', () => {
  it.each([
    ['malformed JSON', { raw: '{"text": ', headers: { 'content-type': 'application/json' } }, 400],
    ['a wrong type', { body: { text: 42 } }, 400],
    ['empty text', { body: { text: '   ' } }, 400],
    ['an unknown field', { body: { text: 'x', colour: 'red' } }, 400],
    ['a bad date', { body: { text: 'x', publishedAt: '2024-02-30' } }, 400],
    ['a non-http url', { body: { text: 'x', url: 'javascript:alert(1)' } }, 400],
    ['an RTL override', { body: { text: 'abc \u202E cba' } }, 400],
    ['a lone surrogate', { raw: '{"text":"a\\ud800b"}', headers: { 'content-type': 'application/json' } }, 400],
    ['not JSON at all', { raw: 'text=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
    ['a huge text', { body: { text: 'ب'.repeat(150_000) } }, 400],
    // Over the body cap (MAX_BODY_BYTES, by default the text limit in its largest encoding and the other fields).
    ['a body over the limit', { raw: JSON.stringify({ text: 'x'.repeat(bodyBytesFor(100_000)) }), headers: { 'content-type': 'application/json' } }, 413],
  ])('%s -> %d problem+json, nothing stored', async (_, opts, status) => {
    const before = await call(ctx.stack.url, 'GET', '/review-queue?limit=100', { token: ctx.reviewer });
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, ...opts });
    expect(r.status).toBe(status);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    const after = await call(ctx.stack.url, 'GET', '/review-queue?limit=100', { token: ctx.reviewer });
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it.each([
    ['GET', '/articles/art-00000000000000000000', 404],
    ['GET', '/articles/not-an-id', 400],
    ['GET', '/claims/art-00000000000000000000.casualty-1-2', 404],
    ['PUT', '/claims/art-00000000000000000000.casualty-1-2/verdict', 404],
    ['GET', '/review-queue?limit=1000', 400],
    ['GET', '/review-queue?cursor=garbage', 400],
    ['GET', '/nowhere', 404],
    ['DELETE', '/articles', 405],
  ])('%s %s -> %d', async (method, path, status) => {
    const r = await call(ctx.stack.url, method, path, { token: ctx.reviewer, body: method === 'PUT' ? { rating: 'true', expectedVersion: 0 } : undefined });
    expect(r.status).toBe(status);
    expect(r.type).toContain('application/problem+json');
  });

  it('refuses a verdict with an invalid rating or evidence link', async () => {
    const { body } = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { ...english, url: 'https://example.org/e2e/other' } });
    const article = await articleStatus(ctx.stack.url, ctx.submitter, body.articleId, ['AWAITING_REVIEW']);
    const claimId = article.claims[0].claimId;
    const badRating = await call(ctx.stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'pants-on-fire', expectedVersion: 0 } });
    const badLink = await call(ctx.stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'true', evidence: ['ftp://x.org/a'], expectedVersion: 0 } });
    expect([badRating.status, badLink.status]).toEqual([400, 400]);
    const claim = await call(ctx.stack.url, 'GET', `/claims/${claimId}`, { token: ctx.reviewer });
    expect(claim.body).toMatchObject({ version: 0, history: [], status: 'PENDING_REVIEW' });
  });

  it('answers 409 when an Idempotency-Key is reused for another text', async () => {
    const headers = { 'idempotency-key': 'desk-42' };
    const a = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text: SAMPLE_ARTICLE.text }, headers });
    const b = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text: SAMPLE_ARTICLE.text }, headers });
    const c = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text: 'another text' }, headers });
    expect([a.status, b.status, c.status]).toEqual([202, 202, 409]);
    expect(b.body.articleId).toBe(a.body.articleId);
  });
});
