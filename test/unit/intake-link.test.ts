import { describe, expect, it } from 'vitest';
import { canonicalLink, linksOf, sameLink } from '../../lambdas/domain/intake/link.ts';

describe('links as intake compares them', () => {
  it.each([
    ['HTTPS://News.Example.org:443/a/../story?id=7#comments', 'https://news.example.org/story?id=7'],
    ['http://news.example.org', 'http://news.example.org/'],
    ['http://news.example.org:80/%7Estory', 'http://news.example.org/%7Estory'],
    ['https://news.example.org/story#', 'https://news.example.org/story'],
  ])('%s is %s', (raw, canonical) => {
    expect(canonicalLink(raw)).toBe(canonical);
  });

  it('keeps what can name another page: the query, the path, the scheme', () => {
    expect(canonicalLink('https://news.example.org/story?id=7')).not.toBe(canonicalLink('https://news.example.org/story?id=8'));
    expect(canonicalLink('https://news.example.org/story')).not.toBe(canonicalLink('https://news.example.org/story/'));
    expect(canonicalLink('not a url')).toBeNull();
    expect(canonicalLink('ftp://news.example.org/story')).toBeNull();
  });

  it('knows an article by the link sent, where it led and the page\'s canonical link', () => {
    const fetched = linksOf({
      url: 'https://t.example/abc', fetch: { status: 'FETCHED', finalUrl: 'https://news.example.org/story?utm=x' },
      extraction: { canonicalUrl: { from: '<link rel=canonical>', raw: 'https://news.example.org/story' } },
    });
    expect([...fetched]).toEqual(['https://t.example/abc', 'https://news.example.org/story?utm=x', 'https://news.example.org/story']);
    expect(sameLink(fetched, linksOf({ url: 'https://NEWS.example.org/story#top' }))).toBe(true);
    expect(sameLink(fetched, linksOf({ url: 'https://news.example.org/other' }))).toBe(false);
    expect(linksOf({ url: null }).size).toBe(0);
  });
});
