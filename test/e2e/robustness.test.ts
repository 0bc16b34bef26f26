/**
 * Inputs found by fuzzing the local stack (fuzz9): each must give a precise 4xx problem (with `errors`, naming
 * what is wrong), or go through the workflow, never FAIL an article that holds nothing wrong.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';

const ctx = useStack();
const json = { 'content-type': 'application/json' };

describe('bodies refused as a whole', () => {
  it.each([
    ['not JSON', '{"text":', 'the body is not valid JSON'],
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

describe('a byte-order mark before the JSON (PowerShell\'s UTF-8 files)', () => {
  it('is ignored, as RFC 8259 allows: the article is taken, its text without the mark', async () => {
    const text = 'Seven people were injured in a fire on Friday.';
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, raw: `\ufeff${JSON.stringify({ text, language: 'en' })}`, headers: json });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const stored = await call(ctx.stack.url, 'GET', `/articles/${r.body.articleId}`, { token: ctx.submitter });
    expect(stored.body.text).toBe(text);
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

/** A request sent exactly as written (fetch would resolve "%2e%2e" before sending, as a browser does). */
const rawGet = (path: string, token?: string) => new Promise<{ status: number; type: string; body: any }>((resolve, reject) => {
  const url = new URL(ctx.stack.url);
  const req = request({ host: '127.0.0.1', port: url.port, path, method: 'GET', headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
    let text = '';
    res.on('data', (d) => (text += d));
    res.on('end', () => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON: the console's page */
      }
      resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body });
    });
  });
  req.on('error', reject);
  req.end();
});

describe('ids that are dot segments', () => {
  it.each([
    ['/claims/%2e%2e', 'claimId'],
    ['/articles/%2E%2E', 'articleId'],
    ['/fact-checks/%2e%2e', 'claimId'],
    ['/claims/%2e', 'claimId'],
  ])('GET %s is a 400 naming the id, as on API Gateway (the path was resolved to the console\'s page, 200)', async (path, name) => {
    const r = await rawGet(path, ctx.submitter);
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    // Named as every path parameter is (path.<name>: polish9's one rule for path ids).
    expect(r.body.errors).toEqual([{ path: `path.${name}`, message: expect.stringMatching(/^is not an? /) }]);
  });
});

describe('whole numbers in a query string', () => {
  it.each(['0x10', '1e1', '1.0', ' 5', 'Infinity'])('limit=%s is not one (Number() read it as one)', async (value) => {
    const r = await call(ctx.stack.url, 'GET', `/review-queue?limit=${encodeURIComponent(value)}`, { token: ctx.reviewer });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ path: 'query.limit', message: 'must be a whole number' }]);
  });

  it('a sign is read, so -1 is told its bound; leading zeros are digits', async () => {
    const negative = await call(ctx.stack.url, 'GET', '/claims?min=-1', { token: ctx.reviewer });
    expect(negative.body.errors).toEqual([{ path: 'query.min', message: 'must be at least 0' }]);
    expect((await call(ctx.stack.url, 'GET', '/review-queue?limit=007', { token: ctx.reviewer })).status).toBe(200);
  });
});

describe('links no fetch can take', () => {
  it('a url on port 0 is a 400 naming url, not an article that FAILS', async () => {
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { url: 'http://example.org:0/news/1' } });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ path: 'url', message: expect.stringContaining('port 0') }]);
  });
});

// Last in this file: before the fix, the article below left the extractor of this stack's process unable to read
// any new word, and every later article failed.
describe('a word no news text has', () => {
  it('40,000 "ﷲ" (160,000 letters once normalized): the claims around it, and the articles after it still checked', async () => {
    const text = `قتل 5 أشخاص يوم الاثنين. ${'ﷲ'.repeat(40_000)}`;
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text, language: 'ar', publishedAt: '2024-03-06' } });
    const article = await articleStatus(ctx.stack.url, ctx.submitter, r.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(article.status, article.failure).toBe('AWAITING_REVIEW');
    const casualty = article.claims.find((c: { type: string }) => c.type === 'casualty');
    expect(casualty).toMatchObject({ text: 'قتل 5 أشخاص', casualty: { min: 5, max: 5 } });
    // Words this stack has not read before.
    const next = await call(ctx.stack.url, 'POST', '/articles', {
      token: ctx.submitter, body: { text: 'Floodwaters swept away 14 herders near Kassala on Sunday.', language: 'en', publishedAt: '2024-03-06' },
    });
    const after = await articleStatus(ctx.stack.url, ctx.submitter, next.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(after.status, after.failure).toBe('AWAITING_REVIEW');
  });
});
