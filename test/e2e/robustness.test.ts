/**
 * Inputs found by fuzzing the local stack (fuzz9): each must give a precise 4xx problem (with `errors`, naming
 * what is wrong), or go through the workflow, never FAIL an article that holds nothing wrong.
 */
import { describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';

const ctx = useStack();
const json = { 'content-type': 'application/json' };

describe('bodies refused as a whole', () => {
  it.each([
    ['not JSON', '{"text":', 'the body is not valid JSON'],
    ['JSON after a byte-order mark', '\ufeff{"text":"Five people were killed."}', 'the body is not valid JSON'],
    ['an array', '[{"text":"Five people were killed."}]', 'the body must be a JSON object'],
    ['null', 'null', 'the body must be a JSON object'],
    ['empty', '  ', 'the body is empty'],
  ])('%s: a 400 whose errors name the body', async (_, raw, detail) => {
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, raw, headers: json });
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.detail).toContain(detail);
    expect(r.body.errors).toEqual([{ path: '(body)', message: r.body.detail }]);
  });

  it('a body that is not UTF-8: the same', async () => {
    const raw = Buffer.concat([Buffer.from('{"text":"Six people were killed in Caf'), Buffer.from([0xe9]), Buffer.from('."}')]);
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, raw, headers: json });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ path: '(body)', message: expect.stringContaining('UTF-8') }]);
  });
});

describe('the Idempotency-Key header', () => {
  it.each([
    ['with a space', 'desk 42', 'may hold letters, digits'],
    ['of 129 characters', 'k'.repeat(129), 'at most 128'],
  ])('%s is refused under its own name, not as the body', async (_, key, message) => {
    const r = await call(ctx.stack.url, 'POST', '/articles', {
      token: ctx.submitter, body: { text: 'Four fishermen were missing on Monday.', language: 'en' }, headers: { 'idempotency-key': key },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ path: 'header.Idempotency-Key', message: expect.stringContaining(message) }]);
    expect(r.body.detail).toMatch(/^header\.Idempotency-Key: /);
  });
});

describe('two claims the extractor reads on one span', () => {
  it('the article reaches review with one claim there, not FAILED by a batch of duplicate keys', async () => {
    // "قتل اثنان جنديان" is read as two counts over the same words (one id); DynamoDB refused the batch whole.
    const r = await call(ctx.stack.url, 'POST', '/articles', {
      token: ctx.submitter, body: { text: 'قتل اثنان جنديان في الهجوم يوم الاثنين.', language: 'ar', publishedAt: '2024-03-06' },
    });
    expect(r.status).toBe(202);
    const article = await articleStatus(ctx.stack.url, ctx.submitter, r.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(article.status, article.failure).toBe('AWAITING_REVIEW');
    const ids = article.claims.map((c: { claimId: string }) => c.claimId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(article.claims.filter((c: { type: string }) => c.type === 'casualty').length).toBeGreaterThan(0);
  });
});
