/**
 * Links as intake compares them: one story at one address is one article, however its link was written or
 * however it arrived (by hand, from a feed). Pure.
 */
import type { Article } from '../model.ts';

/**
 * The form two links are compared by: WHATWG URL parsing, as every URL the service takes is parsed (scheme
 * and host in lower case, the default port dropped, dot segments and percent-encoding normalized, an empty
 * path as "/"), without the fragment, which names a place in the same page. Null for what is no URL.
 */
export function canonicalLink(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** Every link an article is known by: the one submitted, where it led (after redirects), the page's own canonical link. */
export function linksOf(a: Pick<Article, 'url' | 'fetch' | 'extraction'>): Set<string> {
  const out = new Set<string>();
  for (const raw of [a.url, a.fetch?.finalUrl, a.extraction?.canonicalUrl?.raw]) {
    const link = raw ? canonicalLink(raw) : null;
    if (link) out.add(link);
  }
  return out;
}

/** Whether two articles are the same page: a link in common. */
export const sameLink = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((l) => b.has(l));
