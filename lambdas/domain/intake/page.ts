/**
 * What a news page says about itself: its main text (Mozilla's Readability, the engine of Firefox
 * Reader View, on linkedom's server-side DOM), title, language and publication date, each with where it
 * was taken from, so a reviewer can see (and correct) it. Pure: HTML in, fields out.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detectLanguage } from '../language.ts';

export interface Taken<T> {
  value: T;
  /** Where on the page: 'og:title', '<html lang>', 'JSON-LD NewsArticle.datePublished', ... */
  from: string;
}

export interface Page {
  text: string;
  title: Taken<string> | null;
  language: Taken<'ar' | 'en'>;
  /** YYYY-MM-DD: the publisher's own calendar day (the offset written on the page is kept in `raw`). */
  publishedAt: (Taken<string> & { raw: string }) | null;
  /** <link rel=canonical>, when the page names one. */
  canonicalUrl: string | null;
}

/** Characters a page may hide in text that the API would refuse in a submission (bidi overrides, controls). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u202A-\u202E\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

type Doc = ReturnType<typeof parseHTML>['document'];

export function extractPage(html: string, url: string): Page {
  const { document } = parseHTML(html);
  const meta = readMeta(document, url);
  // Readability changes the document it reads: give it its own copy. It keeps a byline in the text when
  // the metadata already named the author, and a byline's "Updated 13 March" would read as a claim.
  const copy = parseHTML(html).document;
  for (const el of copy.querySelectorAll('[class*="byline"], [class*="dateline"], [rel="author"], [itemprop="author"]')) {
    if ((el.textContent ?? '').length < 300) el.remove();
  }
  const article = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  const text = article?.content ? blocksText(article.content) : '';
  const finalText = (text || article?.textContent || '').replace(UNSAFE, '').trim();
  const title = meta.title ?? (article?.title ? { value: clean(article.title), from: 'Readability' } : null);
  const declared = /^(ar|en)\b/i.exec(document.documentElement?.getAttribute('lang') ?? '')?.[1]?.toLowerCase() as 'ar' | 'en' | undefined;
  const language: Taken<'ar' | 'en'> = declared
    ? { value: declared, from: '<html lang>' }
    : { value: detectLanguage(finalText || (title?.value ?? '')), from: 'content (letters of the text)' };
  return { text: finalText, title, language, publishedAt: meta.publishedAt, canonicalUrl: meta.canonicalUrl };
}

/** The text of Readability's article, one block (paragraph, heading, list item) a paragraph. */
function blocksText(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> in an <li>) count once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const t = clean(el.textContent ?? '');
    if (t) out.push(t);
  }
  return out.join('\n\n');
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function readMeta(document: Doc, url: string) {
  const metaContent = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content') ?? '') || undefined;
  const ld = jsonLdArticles(document);
  let title: Taken<string> | null = null;
  const og = metaContent('meta[property="og:title"]');
  const headline = ld.map((a) => (typeof a.headline === 'string' ? clean(a.headline) : '')).find(Boolean);
  const titleTag = clean(document.querySelector('title')?.textContent ?? '');
  if (headline) title = { value: headline, from: 'JSON-LD NewsArticle.headline' };
  else if (og) title = { value: og, from: 'og:title' };
  else if (titleTag) title = { value: titleTag, from: '<title>' };

  const candidates: [string | undefined, string][] = [
    [metaContent('meta[property="article:published_time"]'), 'article:published_time'],
    [ld.map((a) => a.datePublished).find((d): d is string => typeof d === 'string'), 'JSON-LD NewsArticle.datePublished'],
    [metaContent('meta[itemprop="datePublished"]') ?? document.querySelector('[itemprop="datePublished"][datetime]')?.getAttribute('datetime') ?? undefined, 'itemprop=datePublished'],
    [document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined, '<time datetime>'],
  ];
  let publishedAt: Page['publishedAt'] = null;
  for (const [raw, from] of candidates) {
    const day = raw ? calendarDay(raw) : null;
    if (day) {
      publishedAt = { value: day, from, raw: raw! };
      break;
    }
  }
  let canonicalUrl: string | null = null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) {
    try {
      canonicalUrl = new URL(canonical, url).href;
    } catch {
      canonicalUrl = null;
    }
  }
  return { title, publishedAt, canonicalUrl };
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNews', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting']);

/** Every JSON-LD object typed as a (news) article, including those inside @graph. */
function jsonLdArticles(document: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.has(t))) out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      /* a broken block says nothing */
    }
  }
  return out;
}

/** The publisher's calendar day of an ISO date or date-time ("2024-03-01T23:30:00+03:00" -> 2024-03-01). */
export function calendarDay(raw: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(raw);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCDate() !== +m[3] || +m[1] < 1900 || +m[1] > new Date().getUTCFullYear() + 1) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
