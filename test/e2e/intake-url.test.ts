/**
 * A link is enough: POST /articles {url} on the real local stack; the FetchPage step of the ASL fetches
 * the fixture site on 127.0.0.1 (allowed by FACTCHECK_FETCH_ALLOW for this port only), and hostile pages
 * end FAILED with the reason while the others go through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, startStack, type RunningStack } from '../support/local-stack.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';

let site: FixtureSite;
let stack: RunningStack;
let submitter: string;
let reviewer: string;

beforeAll(async () => {
  site = await startFixtureSite();
  stack = await startStack({ env: { FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`, FACTCHECK_FETCH_TIMEOUT_MS: '2000' } });
  submitter = await stack.token('submitter');
  reviewer = await stack.token('reviewer', 'huda@desk');
});
afterAll(async () => {
  await stack?.stop();
  await site?.close();
});

const submit = (body: unknown) => call(stack.url, 'POST', '/articles', { token: submitter, body });

describe('POST /articles {url}', () => {
  it('fetches the Arabic story in the workflow, takes its text, title, language and date, and extracts its claims', async () => {
    // Act
    const r = await submit({ url: `${site.base}/ar/2024/02/29/idlib-shelling` });
    expect(r.status).toBe(202);
    const article = await articleStatus(stack.url, submitter, r.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    // Assert
    expect(article.failure).toBeUndefined();
    expect(article).toMatchObject({
      status: 'AWAITING_REVIEW', title: 'مقتل 17 مدنياً في قصف على ريف إدلب', language: 'ar', publishedAt: '2024-02-29',
      url: `${site.base}/ar/2024/02/29/idlib-shelling`, finalUrl: `${site.base}/ar/2024/02/29/idlib-shelling`,
      fetch: { status: 'FETCHED', contentType: 'text/html', redirects: [] },
      extraction: { title: { from: 'JSON-LD NewsArticle.headline' }, language: { from: '<html lang>' }, publishedAt: { from: 'article:published_time', raw: '2024-02-29T21:40:00+03:00' } },
    });
    expect(article.text.startsWith('قُتل 17 مدنياً')).toBe(true);
    expect(article.text).not.toContain('أبو خالد');
    const counts = article.claims.filter((c: any) => c.type === 'casualty').map((c: any) => [c.casualty.kind, c.casualty.min]);
    expect(counts).toEqual(expect.arrayContaining([['killed', 17], ['injured', 40], ['killed', 120]]));
    expect(counts).not.toContainEqual(['killed', 300]); // a commenter's number
    // "مساء الأربعاء" resolves against the page's date: the Wednesday before 29 February 2024.
    expect(article.claims.filter((c: any) => c.type === 'date').flatMap((c: any) => c.date.values.map((v: any) => v.from))).toContain('2024-02-28');
  });

  it('keeps the submitted url and the final url after a redirect; the same link again is the same article', async () => {
    const url = `${site.base}/moved/flash-floods`;
    const first = await submit({ url });
    const again = await submit({ url });
    expect(again.body.articleId).toBe(first.body.articleId);
    const article = await articleStatus(stack.url, submitter, first.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(article).toMatchObject({ url, finalUrl: `${site.base}/en/2024/03/12/flash-floods`, language: 'en', publishedAt: '2024-03-12', title: 'Flash floods kill 23 in northern province' });
    expect(article.fetch.redirects).toEqual([`${site.base}/en/2024/03/12/flash-floods`]);
    expect(site.hits.filter((h) => h === '/moved/flash-floods')).toHaveLength(1);
  });

  it('lets what the submitter gives win over the page, and a reviewer correct the date', async () => {
    const r = await submit({ url: `${site.base}/en/2024/03/12/flash-floods`, title: 'Floods (wire copy)' });
    const article = await articleStatus(stack.url, submitter, r.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(article.title).toBe('Floods (wire copy)');
    expect(article.extraction.title).toEqual({ from: 'submitter' });
    const denied = await call(stack.url, 'PUT', `/articles/${r.body.articleId}/published-at`, { token: submitter, body: { publishedAt: '2024-03-11' } });
    expect(denied.status).toBe(403);
    const bad = await call(stack.url, 'PUT', `/articles/${r.body.articleId}/published-at`, { token: reviewer, body: { publishedAt: '2024-02-31' } });
    expect(bad.status).toBe(400);
    const fixed = await call(stack.url, 'PUT', `/articles/${r.body.articleId}/published-at`, { token: reviewer, body: { publishedAt: '2024-03-11' } });
    expect(fixed.status).toBe(200);
    const after = (await call(stack.url, 'GET', `/articles/${r.body.articleId}`, { token: reviewer })).body;
    expect(after.publishedAt).toBe('2024-03-11');
    expect(after.extraction.publishedAt).toMatchObject({ from: 'reviewer', by: 'huda@desk', previous: '2024-03-12' });
    expect(after.status).toBe('AWAITING_REVIEW');
    // The submitter sees that the date was corrected, not by whom.
    const theirs = (await call(stack.url, 'GET', `/articles/${r.body.articleId}`, { token: submitter })).body;
    expect(theirs.extraction.publishedAt).toEqual({ from: 'reviewer', at: expect.any(String), previous: '2024-03-12' });
  });

  it.each([
    ['/huge', /FetchRefusedError: the page is larger than the 2097152 bytes allowed/],
    ['/binary', /FetchRefusedError: the page is application\/octet-stream, not text\/html/],
    ['/binary-as-html', /FetchRefusedError: the page is binary/],
    ['/endless', /FetchRefusedError: the page did not finish within 2000 ms/],
    ['/loop-a', /FetchRefusedError: redirect loop/],
    ['/chain-0', /FetchRefusedError: more than 5 redirects/],
    ['/to-metadata', /FetchRefusedError: redirect to http:\/\/169\.254\.169\.254\/latest\/meta-data\/iam\/security-credentials\/: 169\.254\.169\.254 is in the link-local/],
    ['/to-hex-loopback', /FetchRefusedError: redirect to http:\/\/127\.0\.0\.1:9\/: 127\.0\.0\.1 is in the loopback range/],
    ['/missing-page', /FetchRefusedError: the page answered 404/],
  ])('ends %s FAILED with a clear reason', async (path, reason) => {
    const r = await submit({ url: `${site.base}${path}` });
    const article = await articleStatus(stack.url, submitter, r.body.articleId, ['FAILED', 'AWAITING_REVIEW', 'CHECKED'], 30_000);
    expect(article.status).toBe('FAILED');
    expect(article.failure).toMatch(reason);
    expect(article.fetch).toMatchObject({ status: 'REFUSED', reason: expect.any(String) });
    expect(article.claims).toEqual([]);
  });

  it('refuses at submission what no fetch could take: other schemes, credentials, an empty body', async () => {
    for (const body of [{ url: 'file:///etc/passwd' }, { url: 'ftp://example.org/x' }, {}]) {
      const r = await submit(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.type).toContain('application/problem+json');
    }
    // A link alone to an address no fetch would take: 422 now (with the pair that would let it through, on this
    // local stack), not an article that ends FAILED; nothing stored.
    const before = (await call(stack.url, 'GET', '/articles?limit=100', { token: submitter })).body.items.length;
    for (const url of [`http://127.0.0.1:${site.port + 1}/story.html`, 'http://169.254.169.254/latest/meta-data/', 'http://10.1.2.3/news']) {
      const r = await submit({ url });
      expect(r.status, url).toBe(422);
      expect(r.type).toContain('application/problem+json');
      expect(r.body.detail, url).toMatch(/^url: .*(loopback|link-local|private)/);
    }
    expect((await submit({ url: `http://127.0.0.1:${site.port + 1}/story.html` })).body.detail).toContain(`add 127.0.0.1:${site.port + 1} to FACTCHECK_FETCH_ALLOW`);
    expect((await call(stack.url, 'GET', '/articles?limit=100', { token: submitter })).body.items.length).toBe(before);
    // Credentials in a URL are refused at submission (issue #12: url checks at the edge), nothing stored.
    const creds = await submit({ url: `http://user:pw@127.0.0.1:${site.port}/en/2024/03/12/flash-floods` });
    expect(creds.status).toBe(400);
    expect(creds.body.detail).toMatch(/credentials/);
  });

  it('still serves the good stories after the hostile ones', async () => {
    const r = await submit({ url: `${site.base}/en/2024/03/12/flash-floods?after=hostile` });
    const article = await articleStatus(stack.url, submitter, r.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(article.status).toBe('AWAITING_REVIEW');
    expect((await call(stack.url, 'GET', '/health')).status).toBe(200);
  });
});

describe('PUT /articles/{id}/published-at', () => {
  const list = async (query: string, token = reviewer) => {
    const r = await call(stack.url, 'GET', `/articles?${query}`, { token });
    expect(r.status).toBe(200);
    return (r.body.items as any[]).map((a) => a.articleId);
  };
  const search = async (query: string) => {
    const r = await call(stack.url, 'GET', `/claims?${query}`, { token: reviewer });
    expect(r.status).toBe(200);
    return r.body.items as any[];
  };
  const today = () => new Date().toISOString().slice(0, 10);

  it('moves the article to the corrected day: the lists, their order, the submitter\'s own list and the claim search', async () => {
    // Arrange: two dated articles and one without a date (filed under the day it was received).
    const ids: Record<string, string> = {};
    for (const [name, town, publishedAt] of [['a', 'Quarrytown', '2025-06-28'], ['b', 'Millbrook', '2025-06-22'], ['c', 'Fernvale', undefined]] as const) {
      const r = await submit({ text: `Rescuers said 14 people were killed when a landslide buried ${town}.`, ...(publishedAt ? { publishedAt } : {}) });
      expect(r.status).toBe(202);
      ids[name] = r.body.articleId;
    }
    for (const id of Object.values(ids)) expect((await articleStatus(stack.url, reviewer, id, ['AWAITING_REVIEW', 'FAILED'])).status).toBe('AWAITING_REVIEW');
    expect(await list('from=2025-06-28&to=2025-06-28')).toEqual([ids.a]);
    expect((await search('q=Quarrytown&from=2025-06-28&to=2025-06-28')).map((c) => c.articleId)).toEqual([ids.a]);
    const received = await search(`q=Fernvale&from=${today()}&to=${today()}`);
    expect(received.map((c) => c.articleId)).toEqual([ids.c]);

    // Act
    const fixed = await call(stack.url, 'PUT', `/articles/${ids.a}/published-at`, { token: reviewer, body: { publishedAt: '2025-06-21' } });
    const undated = await call(stack.url, 'PUT', `/articles/${ids.c}/published-at`, { token: reviewer, body: { publishedAt: '2025-06-20' } });

    // Assert: under the new day only, in every list, newest first by the new day.
    expect([fixed.status, undated.status]).toEqual([200, 200]);
    expect(await list('from=2025-06-21&to=2025-06-21')).toEqual([ids.a]);
    expect(await list('from=2025-06-28&to=2025-06-28')).toEqual([]);
    expect(await list('from=2025-06-20&to=2025-06-20')).toEqual([ids.c]);
    expect(await list(`from=${today()}&to=${today()}`)).not.toContain(ids.c);
    expect(await list('from=2025-06-01&to=2025-06-30')).toEqual([ids.b, ids.a, ids.c]);
    expect(await list('from=2025-06-01&to=2025-06-30', submitter)).toEqual([ids.b, ids.a, ids.c]); // the owner items moved too
    // The search postings moved with the day (their sort key and the day of undated claims): found once, on the new day.
    const everywhere = await search('q=Quarrytown');
    expect(everywhere.map((c) => c.articleId)).toEqual([ids.a]);
    expect((await search('q=Quarrytown&from=2025-06-21&to=2025-06-21')).map((c) => c.claimId)).toEqual(everywhere.map((c) => c.claimId));
    expect(await search('q=Quarrytown&from=2025-06-28&to=2025-06-28')).toEqual([]);
    expect((await search('q=Fernvale&from=2025-06-20&to=2025-06-20')).map((c) => c.articleId)).toEqual([ids.c]);
    expect(await search(`q=Fernvale&from=${today()}&to=${today()}`)).toEqual([]);
    expect((await search('q=landslide&from=2025-06-01&to=2025-06-30')).map((c) => c.articleId)).toEqual([ids.b, ids.a, ids.c]);

    // The same correction again changes nothing; another moves it once more, and back.
    expect((await call(stack.url, 'PUT', `/articles/${ids.a}/published-at`, { token: reviewer, body: { publishedAt: '2025-06-21' } })).status).toBe(200);
    expect((await call(stack.url, 'PUT', `/articles/${ids.a}/published-at`, { token: reviewer, body: { publishedAt: '2025-06-29T08:00:00Z' } })).status).toBe(200);
    expect(await list('from=2025-06-01&to=2025-06-30')).toEqual([ids.a, ids.b, ids.c]);
    expect((await search('q=Quarrytown')).map((c) => c.articleId)).toEqual([ids.a]);
    expect(await search('q=Quarrytown&from=2025-06-21&to=2025-06-21')).toEqual([]);
  });
});
