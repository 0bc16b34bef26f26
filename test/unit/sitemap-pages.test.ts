/**
 * The sitemap stays within one answer's bound however many pages are published (desk10's "not fixed": 50,000
 * URLs in one answer pass Lambda's 6 MB at some 30-40 thousand). Past one sitemap it is a sitemap index whose
 * pages each hold at most SITEMAP_PAGE_SIZE URLs and MAX_RESPONSE_BYTES bytes (here the bytes end a page; the count
 * does in test/e2e/sitemap.test.ts, on the real store and HTTP). The use case runs on an in-memory PUBLISHED index
 * behind the repository's port.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { factCheckSitemap } from '../../lambdas/app/publication.ts';
import { NotFoundError, QueryParameterError } from '../../lambdas/domain/errors.ts';
import { renderSitemap } from '../../lambdas/domain/publication-page.ts';

// Read by config() on its first call, in this file's own module context.
const BOUND = 4_000;
process.env.TABLE_NAME ??= 'unit';
process.env.MAX_RESPONSE_BYTES = String(BOUND);
process.env.SITEMAP_PAGE_SIZE = '50';
process.env.PUBLIC_SITE_URL = 'https://checks.example';

interface Row { claimId: string; datePublished: string; dateModified: string }
let rows: Row[];
let reads: number;
const deps = {
  repo: {
    // As the adapter: oldest publication first, from (and with) `from`, read lazily.
    async *publishedOldestFirst(from?: { datePublished: string; claimId: string }) {
      const key = (r: { datePublished: string; claimId: string }) => `${r.datePublished}#${r.claimId}`;
      for (const r of [...rows].sort((a, b) => key(a).localeCompare(key(b)))) {
        if (from && key(r) < key(from)) continue;
        reads++;
        yield r;
      }
    },
  },
} as unknown as Deps;

/** `n` published reviews, a minute apart, each modified a day after it was published. */
function publish(n: number) {
  rows = Array.from({ length: n }, (_, i) => {
    const t = new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString();
    return { claimId: `art-${String(i).padStart(20, '0')}.casualty-${i}-${i + 2}`, datePublished: t, dateModified: new Date(Date.parse(t) + 86_400_000 * (i % 3)).toISOString() };
  });
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1].replaceAll('&amp;', '&'));
const cursorOf = (loc: string) => new URL(loc).searchParams.get('cursor')!;
const urlOf = (r: Row) => `https://checks.example/fact-checks/${r.claimId}`;

beforeEach(() => {
  reads = 0;
});

describe('the sitemap', () => {
  it('is one urlset, newest first, while every page fits in one sitemap (as it always was)', async () => {
    publish(3);
    const xml = await factCheckSitemap(deps);
    expect(xml).toBe(renderSitemap([...rows].reverse().map((r) => ({ url: urlOf(r), lastModified: r.dateModified }))));
    expect(xml).toContain('<urlset');
    expect(xml).not.toContain('<sitemapindex');
  });

  it('is an empty urlset when nothing is published', async () => {
    publish(0);
    expect(await factCheckSitemap(deps)).toBe(renderSitemap([]));
  });

  it('past one sitemap, is an index of pages, each within the bound, that list every page once, oldest first', async () => {
    publish(400);
    const index = await factCheckSitemap(deps);
    expect(index).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n<sitemap><loc>/);
    expect(Buffer.byteLength(index)).toBeLessThanOrEqual(BOUND);
    const pages = locs(index);
    expect(pages.length).toBeGreaterThan(400 / 50);
    const seen: string[] = [];
    for (const loc of pages) {
      expect(loc).toMatch(/^https:\/\/checks\.example\/fact-checks\/sitemap\.xml\?cursor=[A-Za-z0-9_-]+$/);
      reads = 0;
      const page = await factCheckSitemap(deps, cursorOf(loc));
      expect(page).toContain('<urlset');
      expect(Buffer.byteLength(page)).toBeLessThanOrEqual(BOUND);
      const urls = locs(page);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(50);
      // A page reads its own reviews and the one after, not the rest of the index.
      expect(reads).toBeLessThanOrEqual(urls.length + 1);
      seen.push(...urls);
    }
    expect(seen).toEqual(rows.map(urlOf));
    // Each page's lastmod is the latest change of its URLs.
    const lastmods = [...index.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)].map((m) => m[1]);
    expect(lastmods).toHaveLength(pages.length);
    const firstPage = locs(await factCheckSitemap(deps, cursorOf(pages[0])));
    const latest = rows.filter((r) => firstPage.includes(urlOf(r))).map((r) => r.dateModified).sort().at(-1)!;
    expect(lastmods[0]).toBe(latest.slice(0, 10));
  });

  it('refuses a cursor it did not give out (400 on query.cursor) and one with nothing published after it (404)', async () => {
    publish(400);
    for (const bad of ['bm90LWEtY3Vyc29y', Buffer.from('2024-01-01T00:00:00.000Z#not-a-claim').toString('base64url')]) {
      await expect(factCheckSitemap(deps, bad)).rejects.toSatisfy((e) => e instanceof QueryParameterError && e.parameter === 'cursor');
    }
    const past = Buffer.from(`2030-01-01T00:00:00.000Z#${rows[0].claimId}`).toString('base64url');
    await expect(factCheckSitemap(deps, past)).rejects.toBeInstanceOf(NotFoundError);
  });
});
