/**
 * The sitemap past one page, on the real local stack (dynalite, HTTP, the handler's bundle): with
 * SITEMAP_PAGE_SIZE=2, five published fact-checks make a sitemap index of three pages, each a urlset of at most
 * two URLs, reached by the loc the index gives; together they list every published page once. A withdrawn page
 * leaves its sitemap page; a cursor the index did not give is a 400, one past the last publication a 404, both
 * application/problem+json. (At the defaults a page holds up to 50,000 URLs and 1 MB.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, startStack, type RunningStack } from '../support/local-stack.ts';

let stack: RunningStack;
let editor = '';
let claimIds: string[] = [];
const towns = ['Tolvan', 'Caddow', 'Harlow', 'Mabanga', 'Sorrel'];

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
};
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1].replaceAll('&amp;', '&'));

beforeAll(async () => {
  stack = await startStack({ env: { SITEMAP_PAGE_SIZE: '2' } });
  const reviewer = await stack.token('reviewer', 'rana@desk');
  editor = await stack.token('editor', 'hala@desk');
  const submitter = await stack.token('submitter', 'wire@desk');
  const text = towns.map((t, i) => `In ${t}, ${i + 3} civilians were killed on Monday, officials said.`).join(' ');
  const r = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text, language: 'en', publishedAt: '2024-05-07', url: 'https://example.org/sitemap' } });
  const a = await articleStatus(stack.url, reviewer, r.body.articleId, ['AWAITING_REVIEW']);
  claimIds = a.claims.filter((c: any) => c.type === 'casualty').map((c: any) => c.claimId);
  expect(claimIds).toHaveLength(towns.length);
  for (const claimId of claimIds) {
    expect((await call(stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: reviewer, body: { rating: 'false', expectedVersion: 0 } })).status).toBe(200);
    expect((await call(stack.url, 'POST', `/claims/${claimId}/publication`, { token: editor, body: { expectedVersion: 1 } })).status).toBe(200);
  }
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('GET /fact-checks/sitemap.xml past one page', () => {
  it('is a sitemap index whose pages list every published page once, each page within SITEMAP_PAGE_SIZE', async () => {
    const index = await get(`${stack.url}/fact-checks/sitemap.xml`);
    expect(index.status).toBe(200);
    expect(index.type).toContain('application/xml');
    expect(index.body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index.body).not.toContain('<urlset');
    const pages = locs(index.body);
    expect(pages).toHaveLength(3);
    const listed: string[] = [];
    for (const loc of pages) {
      // Under /fact-checks/, as sitemaps.org requires of the URLs a sitemap lists.
      expect(loc.startsWith(`${stack.url}/fact-checks/sitemap.xml?cursor=`)).toBe(true);
      const page = await get(loc);
      expect(page.status, page.body).toBe(200);
      expect(page.type).toContain('application/xml');
      expect(page.body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      const urls = locs(page.body);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(2);
      listed.push(...urls);
    }
    // Oldest publication first: the order they were published in.
    expect(listed).toEqual(claimIds.map((id) => `${stack.url}/fact-checks/${id}`));
  });

  it('drops a withdrawn page from its sitemap page; 400 for a cursor it did not give, 404 past the last', async () => {
    const withdrawn = claimIds[4];
    expect((await call(stack.url, 'DELETE', `/claims/${withdrawn}/publication`, { token: editor })).status).toBe(200);
    const pages = locs((await get(`${stack.url}/fact-checks/sitemap.xml`)).body);
    expect(pages).toHaveLength(2);
    const all = (await Promise.all(pages.map(async (loc) => locs((await get(loc)).body)))).flat();
    expect(all).toEqual(claimIds.slice(0, 4).map((id) => `${stack.url}/fact-checks/${id}`));

    const bad = await get(`${stack.url}/fact-checks/sitemap.xml?cursor=bm90LWEtY3Vyc29y`);
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect(JSON.parse(bad.body).detail).toContain('cursor');
    const past = Buffer.from(`2999-01-01T00:00:00.000Z#${claimIds[0]}`).toString('base64url');
    const none = await get(`${stack.url}/fact-checks/sitemap.xml?cursor=${past}`);
    expect(none.status).toBe(404);
    expect(none.type).toContain('application/problem+json');
    expect(JSON.parse(none.body)).toMatchObject({ status: 404, title: expect.any(String), type: expect.any(String) });
    expect((await get(`${stack.url}/fact-checks/sitemap.xml?page=2`)).status).toBe(400);
  });
});
