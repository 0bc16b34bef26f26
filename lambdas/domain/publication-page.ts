/**
 * The public fact-check page (GET /fact-checks/{claimId}), its "withdrawn" page and the sitemap. Every
 * value is escaped for where it goes: HTML text and attributes, and the JSON-LD inside <script>, where
 * "</script>", "<!--" and U+2028/2029 are written as JSON escapes so no text can end the block.
 */
import { claimReview, factCheckUrl, type ClaimReviewContext } from './claimreview.ts';
import { dayInWords, statementOf, type PublicReview } from './publication.ts';
import { ratingLabel } from './publication-settings.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** JSON for a <script> block: nothing in it can close the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Only http(s) links are rendered as links (the edges refuse others; this holds even if one slipped in). */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : '#');

const WORDS = {
  en: {
    factCheck: 'Fact-check', claim: 'The claim', rating: 'Our rating', saidBy: 'Said by', quote: 'As reported',
    explanation: 'Why', evidence: 'Evidence', source: 'Where the claim appeared', published: 'Published', updated: 'Updated',
    articleDate: 'published', preview: 'Preview: not published yet. This is how the page will look.', withdrawn: 'This fact-check has been withdrawn.',
    withdrawnTitle: 'Fact-check withdrawn', comma: ', ',
  },
  ar: {
    factCheck: 'تدقيق', claim: 'الادعاء', rating: 'تقييمنا', saidBy: 'على لسان', quote: 'كما ورد',
    explanation: 'لماذا', evidence: 'الأدلة', source: 'أين ورد الادعاء', published: 'نُشر', updated: 'حُدّث',
    articleDate: 'نُشر في', preview: 'معاينة: لم يُنشر بعد. هكذا ستبدو الصفحة.', withdrawn: 'سُحب هذا التدقيق.',
    withdrawnTitle: 'سُحب التدقيق', comma: '، ',
  },
} as const;

const dirOf = (lang: 'ar' | 'en') => (lang === 'ar' ? 'rtl' : 'ltr');

function shell(lang: 'ar' | 'en', title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/fact-check.css">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

export interface PageOptions {
  /** The console's preview of a claim not yet published: a banner, and no indexing. */
  preview?: boolean;
}

export function renderFactCheckPage(review: PublicReview, ctx: ClaimReviewContext, options: PageOptions = {}): string {
  const lang = review.language;
  const w = WORDS[lang];
  const org = ctx.settings.organization;
  const statement = statementOf(review);
  const label = ratingLabel(ctx.settings.ratingScale, review.rating, lang);
  const url = factCheckUrl(ctx.siteUrl, review.claimId);
  const jsonLd = claimReview(review, ctx);
  const { article } = review;
  const time = (iso: string) => `<time datetime="${escapeHtml(iso.slice(0, 10))}">${escapeHtml(dayInWords(iso, lang))}</time>`;
  const head = [
    `<meta name="description" content="${escapeHtml(`${label}: ${statement}`)}">`,
    options.preview ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${safeHref(url)}">`,
    `<meta property="og:title" content="${escapeHtml(`${w.factCheck}: ${statement}`)}">`,
    `<meta property="og:type" content="article">`,
    `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
  ].join('\n');
  const articleName = article.title ?? article.source ?? article.url ?? '';
  const body = `<header class="org">${org.logo ? `<img src="${safeHref(org.logo)}" alt="" height="32">` : ''}<a href="${safeHref(org.url ?? (ctx.siteUrl || '/'))}">${escapeHtml(org.name)}</a></header>
${options.preview ? `<p class="preview-banner" role="note">${escapeHtml(w.preview)}</p>\n` : ''}<main>
<article class="fact-check" data-rating="${escapeHtml(review.rating)}">
<p class="kicker">${escapeHtml(w.factCheck)}</p>
<h1>${escapeHtml(statement)}</h1>
<p class="rating"><span>${escapeHtml(w.rating)}:</span> <strong class="rating-label">${escapeHtml(label)}</strong></p>
<section class="claim"><h2>${escapeHtml(w.claim)}</h2>
<blockquote><p>${escapeHtml(review.quote)}</p></blockquote>
${review.claim.attribution ? `<p class="said-by">${escapeHtml(w.saidBy)}: ${escapeHtml(review.claim.attribution)}</p>` : ''}
</section>
${review.publicExplanation ? `<section class="explanation"><h2>${escapeHtml(w.explanation)}</h2><p>${escapeHtml(review.publicExplanation)}</p></section>` : ''}
${review.evidence.length ? `<section class="evidence"><h2>${escapeHtml(w.evidence)}</h2><ul>${review.evidence.map((e) => `<li><a href="${safeHref(e)}" rel="nofollow noopener" dir="ltr">${escapeHtml(e)}</a></li>`).join('')}</ul></section>` : ''}
<section class="source"><h2>${escapeHtml(w.source)}</h2><p>${article.url ? `<a href="${safeHref(article.url)}" rel="nofollow noopener">${escapeHtml(articleName || article.url)}</a>` : escapeHtml(articleName)}${article.source && article.title ? ` (${escapeHtml(article.source)})` : ''}${article.publishedAt ? `${w.comma}${escapeHtml(w.articleDate)} ${time(article.publishedAt)}` : ''}</p></section>
<footer><p>${escapeHtml(w.published)} ${time(review.datePublished)}${review.dateModified !== review.datePublished ? ` · ${escapeHtml(w.updated)} ${time(review.dateModified)}` : ''}</p></footer>
</article>
</main>`;
  return shell(lang, `${w.factCheck}: ${statement} — ${org.name}`, head, body);
}

export function renderWithdrawnPage(lang: 'ar' | 'en', ctx: ClaimReviewContext): string {
  const w = WORDS[lang];
  return shell(lang, `${w.withdrawnTitle} — ${ctx.settings.organization.name}`, '<meta name="robots" content="noindex">',
    `<main><h1>${escapeHtml(w.withdrawnTitle)}</h1><p>${escapeHtml(w.withdrawn)}</p></main>`);
}

/** The most URLs a sitemap, and the most sitemaps a sitemap index, may list (https://www.sitemaps.org/protocol.html). */
export const SITEMAP_MAX_ENTRIES = 50_000;

export interface SitemapEntry {
  url: string;
  lastModified: string;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const sitemapShell = (tag: 'urlset' | 'sitemapindex', lines: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${tag} xmlns="${SITEMAP_NS}">\n${lines.join('\n')}\n</${tag}>\n`;
/** The bytes of a urlset (or an index) besides its entries; each entry adds its own bytes and a line break. */
export const SITEMAP_OVERHEAD_BYTES = Buffer.byteLength(sitemapShell('sitemapindex', []));

/** One `<url>` of a urlset, as it is written (its bytes bound a sitemap page). */
export const sitemapUrlXml = (e: SitemapEntry) => `<url><loc>${escapeHtml(e.url)}</loc><lastmod>${escapeHtml(e.lastModified.slice(0, 10))}</lastmod></url>`;
/** One `<sitemap>` of a sitemap index. */
export const sitemapRefXml = (e: SitemapEntry) => `<sitemap><loc>${escapeHtml(e.url)}</loc><lastmod>${escapeHtml(e.lastModified.slice(0, 10))}</lastmod></sitemap>`;

/** A sitemap (https://www.sitemaps.org/protocol.html) of the published pages; at most 50,000 URLs. */
export function renderSitemap(entries: SitemapEntry[]): string {
  return sitemapShell('urlset', entries.slice(0, SITEMAP_MAX_ENTRIES).map(sitemapUrlXml));
}

/** A sitemap index: the sitemaps (pages of URLs) a site has more than one of; at most 50,000. */
export function renderSitemapIndex(sitemaps: SitemapEntry[]): string {
  return sitemapShell('sitemapindex', sitemaps.slice(0, SITEMAP_MAX_ENTRIES).map(sitemapRefXml));
}
