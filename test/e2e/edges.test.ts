/**
 * The edges of the local stack (issue #12, items 5, 8, 9): tokens checked as strictly as API Gateway's Cognito
 * authorizer, local tokens only for localhost, a 413 that the client can read, bodies that are not UTF-8.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { articleStatus, call, forgeToken, useStack } from '../support/local-stack.ts';
import { ROUTES } from '../../lib/routes.ts';

const ctx = useStack();
const now = () => Math.floor(Date.now() / 1000);
const forge = (claims: Record<string, unknown>) => forgeToken(ctx.stack.dataDir, claims);

describe('tokens', () => {
  it.each([
    ['without exp', { exp: undefined }, 401],
    ['issued an hour ahead', { iat: now() + 3600 }, 401],
    ['an access token', { token_use: 'access' }, 401],
    ['without token_use', { token_use: undefined }, 401],
    ['without sub', { sub: undefined }, 401],
    ['with a group named "x,reviewers"', { 'cognito:groups': ['x,reviewers'], groups: ['x,reviewers'] }, 403],
    ['with a group named "reviewers submitters"', { 'cognito:groups': ['submitters reviewers'] }, 403],
    ['with the group "reviewers"', { 'cognito:groups': ['reviewers'] }, 200],
  ])('a token %s -> %d on the review queue', async (_, claims, status) => {
    const r = await call(ctx.stack.url, 'GET', '/review-queue', { token: await forge(claims) });
    expect(r.status, JSON.stringify(r.body)).toBe(status);
  });
});

/** A raw HTTP request, to set Host as a rebinding page would. */
const raw = (path: string, host: string, body: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
  const url = new URL(ctx.stack.url);
  const req = request({ host: '127.0.0.1', port: url.port, path, method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
    let text = '';
    res.on('data', (d) => (text += d));
    res.on('end', () => resolve({ status: res.statusCode!, body: text }));
  });
  req.on('error', reject);
  req.end(body);
});

describe('local sign-in', () => {
  it('issues tokens to localhost and 127.0.0.1 only (no DNS rebinding)', async () => {
    const body = JSON.stringify({ name: 'rana', role: 'reviewer' });
    const local = await raw('/local/token', `localhost:${new URL(ctx.stack.url).port}`, body);
    const loopback = await raw('/local/token', '127.0.0.1', body);
    const rebound = await raw('/local/token', `attacker.example:${new URL(ctx.stack.url).port}`, body);
    expect([local.status, loopback.status, rebound.status]).toEqual([200, 200, 403]);
    expect(JSON.parse(rebound.body)).toMatchObject({ status: 403, detail: expect.stringContaining('localhost') });
  });
});

describe('bodies', () => {
  it.each([10.5, 20])('answers a %d MB body with a 413 the client reads (it used to reset the connection mid-send)', async (mb) => {
    const res = await fetch(`${ctx.stack.url}/articles`, {
      method: 'POST', headers: { authorization: `Bearer ${ctx.submitter}`, 'content-type': 'application/json' },
      body: Buffer.alloc(Math.round(mb * 1024 * 1024), 0x61),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 413, detail: expect.stringContaining('larger') });
    expect((await fetch(`${ctx.stack.url}/health`)).status).toBe(200);
  });

  /** JSON as Python's json.dumps writes it by default: every character past ASCII \\u-escaped (6 bytes). */
  const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  /** Arabic words without numbers, to exactly n characters, none of them ASCII (no-break spaces, '۔'): the worst case. */
  const arabic = (n: number) => 'نقلت الصحيفة أخبار المدينة والقرى المجاورة صباح اليوم۔ '.replace(/ /g, '\u00a0').repeat(Math.ceil(n / 50)).slice(0, n);

  it.each([
    ['\\u-escaped (6 bytes a character)', asciiJson],
    ['UTF-8', JSON.stringify],
  ])('takes an Arabic article of exactly 100,000 characters with every other field at its limit, sent %s (trial 4, finding 6)', async (_, encode) => {
    const article = { text: arabic(100_000), title: arabic(500), source: arabic(200), language: 'ar', publishedAt: '2026-11-20' };
    const body = encode(article);
    if (encode === asciiJson) expect(Buffer.byteLength(body)).toBeGreaterThan(600_000);
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, raw: body, headers: { 'content-type': 'application/json' } });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const stored = await call(ctx.stack.url, 'GET', `/articles/${r.body.articleId}`, { token: ctx.submitter });
    expect(stored.body.title).toBe(article.title);
  });

  it('answers one character over the limit, \\u-escaped, with the 400 of the text limit, not a 413', async () => {
    const r = await call(ctx.stack.url, 'POST', '/articles', {
      token: ctx.submitter, raw: asciiJson({ text: arabic(100_001), language: 'ar' }), headers: { 'content-type': 'application/json' },
    });
    expect(r.status).toBe(400);
    expect(r.body.detail).toBe('text: at most 100000 characters');
  });

  it('refuses a body that is not UTF-8 with 400, storing nothing', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"text":"Ten people were killed in Caf'), Buffer.from([0xe9]), Buffer.from('."}')]);
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, raw: latin1, headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(400);
    expect(r.body.detail).toContain('UTF-8');
  });
});

describe('query strings (trial 4, finding 10)', () => {
  it('names an unknown query parameter as the query\'s, and says enum and bound errors in the API\'s own words (trial 5, finding 6)', async () => {
    const unknown = await call(ctx.stack.url, 'GET', '/claims?q=children&foo=1', { token: ctx.reviewer });
    const kind = await call(ctx.stack.url, 'GET', '/claims?kind=eaten', { token: ctx.reviewer });
    const limit = await call(ctx.stack.url, 'GET', '/review-queue?limit=1000', { token: ctx.reviewer });
    const field = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text: 5, language: 'fr', extra: 1 } });
    expect(unknown.status).toBe(400);
    expect(unknown.type).toContain('application/problem+json');
    expect(unknown.body).toMatchObject({ detail: 'unknown query parameter foo', errors: [{ path: 'query.foo', message: 'unknown query parameter foo' }] });
    expect(kind.body).toMatchObject({
      status: 400,
      detail: 'kind: must be one of: killed, injured, missing, displaced, arrested, destroyed; got eaten',
      errors: [{ path: 'query.kind' }],
    });
    expect(limit.body).toMatchObject({ status: 400, detail: 'limit: must be at most 100', errors: [{ path: 'query.limit', message: 'must be at most 100' }] });
    // A body keeps its field names as paths.
    expect(field.status).toBe(400);
    expect(field.body.errors).toEqual(expect.arrayContaining([
      { path: 'text', message: 'must be a string, not a number' }, { path: 'language', message: 'must be one of: ar, en; got fr' },
      { path: 'extra', message: 'unknown field extra' },
    ]));
  });

  it.each(['/claims', '/articles'])('answers %s?q=%ZZ (a bad percent-escape) with a 400 naming q, not an empty list', async (path) => {
    const r = await call(ctx.stack.url, 'GET', `${path}?q=%ZZ`, { token: ctx.reviewer });
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.detail).toMatch(/^q: has a malformed percent-escape/);
  });

  it.each(['/claims?q=children&q=Darfur', '/articles?language=ar&language=en', '/review-queue?limit=5&limit=10'])(
    'refuses a repeated parameter (%s) with a 400 naming it, not its last value (trial 5, finding 5)', async (path) => {
      const name = /[?&](\w+)=[^&]*&\1=/.exec(path)![1];
      const r = await call(ctx.stack.url, 'GET', path, { token: ctx.reviewer });
      expect(r.status).toBe(400);
      expect(r.type).toContain('application/problem+json');
      expect(r.body).toMatchObject({ detail: `${name}: given 2 times; send it once`, errors: [{ path: `query.${name}` }] });
    },
  );

  it('answers raw UTF-8 in the request line with a problem+json, and the same query encoded with a list', async () => {
    const url = new URL(ctx.stack.url);
    const rawLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), '127.0.0.1', () =>
        socket.write(Buffer.from(`GET /articles?q=حلب HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ctx.reviewer}\r\n\r\n`)));
      let text = '';
      socket.on('data', (d) => (text += d));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(rawLine).toMatch(/^HTTP\/1\.1 400 /);
    expect(rawLine).toContain('application/problem+json');
    expect(JSON.parse(rawLine.split('\r\n\r\n')[1]).detail).toContain('must be percent-encoded');
    const encoded = await call(ctx.stack.url, 'GET', `/articles?q=${encodeURIComponent('حلب')}`, { token: ctx.reviewer });
    expect(encoded.status).toBe(200);
    expect(encoded.body.items).toEqual(expect.any(Array));
  });
});

describe('query strings: one rule for every route (trial 6, finding 6)', () => {
  it.each([
    ['/claims?min=10&max=2', [{ path: 'query.min', message: 'must not be above max (2)' }]],
    ['/claims?from=2026-02-01&to=2026-01-15', [{ path: 'query.from', message: 'must not be after to (2026-01-15)' }]],
    ['/claims?cursor=garbage', [{ path: 'query.cursor', message: 'is not one this API gave out' }]],
    ['/review-queue?cursor=eyJ4IjoxfQ', [{ path: 'query.cursor', message: 'is not one this API gave out for this query' }]],
    ['/claims?q=the', [{ path: 'query.q', message: 'holds no word to search for (only short or common words): "the"' }]],
    ['/claims?limit=', [{ path: 'query.limit', message: 'is empty (send a value, or leave the parameter out)' }]],
    ['/claims?q=a&foo=1&foo=2', [{ path: 'query.foo', message: 'unknown query parameter foo' }]],
    ['/claims?kind=eaten&limit=0', [
      { path: 'query.kind', message: 'must be one of: killed, injured, missing, displaced, arrested, destroyed; got eaten' },
      { path: 'query.limit', message: 'must be at least 1' },
    ]],
    // What two parameters say together comes in the same 400 as the rest (trial 7, finding 28).
    ['/claims?min=10&max=2&foo=1', [{ path: 'query.foo', message: 'unknown query parameter foo' }, { path: 'query.min', message: 'must not be above max (2)' }]],
    ['/claims?from=2026-02-01&to=2026-01-15&min=010&max=2&limit=0', [
      { path: 'query.limit', message: 'must be at least 1' },
      { path: 'query.from', message: 'must not be after to (2026-01-15)' },
      { path: 'query.min', message: 'must not be above max (2)' },
    ]],
    ['/articles?from=2026-02-01&to=2026-01-15&status=DONE', [
      { path: 'query.status', message: 'must be one of: PROCESSING, AWAITING_REVIEW, CHECKED, PARTIALLY_CHECKED, FAILED; got DONE' },
      { path: 'query.from', message: 'must not be after to (2026-01-15)' },
    ]],
    // A parameter refused on its own is not judged again against the other.
    ['/claims?min=abc&max=2', [{ path: 'query.min', message: 'must be a whole number' }]],
  ])('GET %s: a 400 listing each problem in errors, with its query path, and detail its lines joined by "; "', async (path, errors) => {
    const r = await call(ctx.stack.url, 'GET', path, { token: ctx.reviewer });
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.errors).toEqual(errors);
    expect(r.body.detail).toBe(errors.map((e) => (e.message.startsWith('unknown ') ? e.message : `${e.path.slice(6)}: ${e.message}`)).join('; '));
  });

  it('refuses an unknown or repeated parameter on the routes that take none, as on the others; the public page ignores its query', async () => {
    // Arrange: an article with its claims, and an editor
    const submitted = await call(ctx.stack.url, 'POST', '/articles', {
      token: ctx.submitter, body: { text: 'Four people were killed in Harlow Bay on Monday, the coast guard said.', language: 'en', publishedAt: '2026-11-16' },
    });
    const article = await articleStatus(ctx.stack.url, ctx.reviewer, submitted.body.articleId, ['AWAITING_REVIEW']);
    const claimId = article.claims[0].claimId;
    const editor = await ctx.stack.token('editor');
    const routes: [string, string, string | undefined][] = [
      ['GET', `/claims/${claimId}`, ctx.reviewer],
      ['GET', `/claims/${claimId}/publication/preview`, editor],
      ['GET', `/articles/${article.articleId}/claimreview`, undefined],
      ['GET', '/webhooks', editor],
      ['GET', '/webhooks/hook-0123456789abcdef0123', editor],
      ['GET', '/feeds', editor],
      ['GET', '/health', undefined],
      ['GET', '/fact-checks/sitemap.xml', undefined],
      ['DELETE', `/claims/${claimId}/lease`, ctx.reviewer],
    ];
    for (const [method, path, token] of routes) {
      // Act
      const plain = await call(ctx.stack.url, method, path, { token });
      const unknown = await call(ctx.stack.url, method, `${path}?foo=1`, { token });
      const repeated = await call(ctx.stack.url, method, `${path}?q=1&q=2`, { token });
      // Assert
      expect(plain.status, `${method} ${path}`).not.toBe(400);
      expect(unknown.status, `${method} ${path}?foo=1`).toBe(400);
      expect(unknown.type).toContain('application/problem+json');
      expect(unknown.body).toMatchObject({ detail: 'unknown query parameter foo', errors: [{ path: 'query.foo', message: 'unknown query parameter foo' }] });
      expect(repeated.status, `${method} ${path}?q=1&q=2`).toBe(400);
      expect(repeated.body.errors).toEqual([{ path: 'query.q', message: 'unknown query parameter q' }]);
    }
    const page = await call(ctx.stack.url, 'GET', `/fact-checks/${claimId}`);
    const shared = await call(ctx.stack.url, 'GET', `/fact-checks/${claimId}?utm_source=mastodon&utm_source=x`);
    expect(shared.status).toBe(page.status);
  });
});

describe('path parameters', () => {
  // One rule for every route: a bad id is a 400 whose errors[] names it `path.<name>`, as the query's are `query.<name>`.
  const bodies: Record<string, unknown> = {
    'PUT /claims/{claimId}/verdict': { rating: 'true', expectedVersion: 0 },
    'POST /claims/{claimId}/publication': { expectedVersion: 0 },
    'POST /claims/{claimId}/lease': {},
    'PUT /articles/{articleId}/published-at': { publishedAt: '2024-01-01' },
  };
  it.each(ROUTES.filter((r) => r.path.includes('{')).map((r) => [`${r.method} ${r.path}`, r] as const))('%s: a bad id is named path.<name>', async (_, route) => {
    // Arrange: a token of every group, so the role check lets each route read its path
    const token = await forge({ sub: 'desk', 'cognito:groups': ['submitters', 'reviewers', 'editors'] });
    const name = /\{(\w+)\}/.exec(route.path)![1];
    // Act
    const r = await call(ctx.stack.url, route.method, route.path.replace(`{${name}}`, 'not-an-id'), { token, body: bodies[`${route.method} ${route.path}`] });
    // Assert
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ type: expect.any(String), title: 'Bad Request', status: 400, detail: expect.stringMatching(new RegExp(`^${name}: is not an? `)) });
    expect(r.body.errors).toEqual([{ path: `path.${name}`, message: expect.stringMatching(/^is not an? /) }]);
  });
});
