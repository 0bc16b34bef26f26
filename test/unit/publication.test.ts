/** Publishing, pure: the claim stated, ClaimReview, the public page's escaping, and the settings. */
import { describe, expect, it } from 'vitest';
import { claimReview } from '../../lambdas/domain/claimreview.ts';
import { escapeHtml, jsonForScript, renderFactCheckPage, renderSitemap, renderWithdrawnPage } from '../../lambdas/domain/publication-page.ts';
import {
  DEFAULT_ORGANIZATION, DEFAULT_RATING_SCALE, parseSetting, ratingOf, ratingScaleSchema, type PublicationSettings,
} from '../../lambdas/domain/publication-settings.ts';
import { snapshotOf, statementOf, type PublicReview } from '../../lambdas/domain/publication.ts';
import type { StoredClaim } from '../../lambdas/domain/model.ts';

const settings: PublicationSettings = {
  organization: { name: 'Desk Check', url: 'https://desk.example/', logo: 'https://desk.example/logo.png' },
  ratingScale: DEFAULT_RATING_SCALE,
};
const ctx = { settings, siteUrl: 'https://checks.example' };

function review(over: Partial<PublicReview> = {}): PublicReview {
  return {
    claimId: 'art-0123456789abcdef0123.casualty-0-20', articleId: 'art-0123456789abcdef0123', language: 'en',
    claim: { type: 'casualty', text: '33 Turkish soldiers', casualty: { kind: 'killed', min: 33, max: 33, qualifier: 'exact', group: 'Turkish soldiers' }, attribution: 'the ministry' },
    quote: '33 Turkish soldiers were killed on Thursday, the ministry said.', eventDate: '2020-02-27',
    rating: 'true', publicExplanation: 'The ministry named all 33.', evidence: ['https://example.org/list'], verdictVersion: 1,
    article: { url: 'https://news.example/a', title: 'Strike in Idlib', source: 'News Example', publishedAt: '2020-02-28' },
    datePublished: '2024-05-01T10:00:00.000Z', dateModified: '2024-05-01T10:00:00.000Z', seq: 1,
    ...over,
  };
}

describe('the claim stated (claimReviewed)', () => {
  const casualty = (c: Partial<NonNullable<PublicReview['claim']['casualty']>>, language: 'ar' | 'en', eventDate: string | null = null) =>
    statementOf({ language, eventDate, claim: { type: 'casualty', text: 'x', attribution: null, casualty: { kind: 'killed', min: 33, max: 33, qualifier: 'exact', group: 'Turkish soldiers', ...c } } });

  it.each([
    [{}, 'en', '2020-02-27', '33 Turkish soldiers killed on 27 February 2020'],
    [{ qualifier: 'at_least', min: 20, max: null, group: 'civilians' }, 'en', null, 'At least 20 civilians killed'],
    [{ qualifier: 'more_than', min: 20, max: null, kind: 'injured', group: 'people' }, 'en', null, 'More than 20 people injured'],
    [{ qualifier: 'range', min: 20, max: 30, group: 'fighters' }, 'en', null, 'Between 20 and 30 fighters killed'],
    [{ qualifier: 'at_most', min: null, max: 40, kind: 'missing', group: 'migrants' }, 'en', null, 'Up to 40 migrants missing'],
    [{ qualifier: 'vague', min: 24, max: 99, kind: 'displaced', group: 'families' }, 'en', null, 'Dozens of families displaced'],
    [{ group: 'جندياً تركياً' }, 'ar', '2020-02-27', 'مقتل 33 جندياً تركياً في 27 فبراير 2020'],
    [{ qualifier: 'at_least', min: 20, max: null, kind: 'injured', group: 'مدنياً' }, 'ar', null, 'إصابة ما لا يقل عن 20 مدنياً'],
    [{ qualifier: 'vague', min: 200, max: 999, kind: 'displaced', group: 'عائلة' }, 'ar', null, 'نزوح مئات عائلة'],
  ] as const)('%o in %s on %s', (c, lang, day, expected) => {
    expect(casualty(c, lang, day)).toBe(expected);
  });

  it('states a date claim by its days, alternatives joined, with the words it was given in', () => {
    const claim = { type: 'date' as const, text: 'on 5 or 6 March', attribution: null, date: { values: [{ from: '2020-03-05', to: '2020-03-05' }, { from: '2020-03-06', to: '2020-03-06' }] } };
    expect(statementOf({ language: 'en', eventDate: null, claim })).toBe('Dated 5 March 2020 or 6 March 2020 (“on 5 or 6 March”)');
    expect(statementOf({ language: 'ar', eventDate: null, claim: { ...claim, text: 'يومي 5 أو 6 آذار' } })).toBe('التاريخ: 5 مارس 2020 أو 6 مارس 2020 («يومي 5 أو 6 آذار»)');
  });

  it('differs for two claims of one sentence ("18 killed" and "42 injured")', () => {
    const a = review({ claim: { type: 'casualty', text: '18', attribution: null, casualty: { kind: 'killed', min: 18, max: 18, qualifier: 'exact', group: 'people' } } });
    const b = review({ claim: { type: 'casualty', text: '42', attribution: null, casualty: { kind: 'injured', min: 42, max: 42, qualifier: 'exact', group: 'people' } } });
    expect(claimReview(a, ctx).claimReviewed).not.toBe(claimReview(b, ctx).claimReviewed);
  });
});

describe('ratings on the scale', () => {
  it('numbers the default scale 5..1 as DESIGN.md section 6 says, best first, alternateName always', () => {
    expect(ratingOf(DEFAULT_RATING_SCALE, 'true', 'en')).toEqual({ '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' });
    expect(ratingOf(DEFAULT_RATING_SCALE, 'mostly-true', 'en')).toMatchObject({ ratingValue: 4 });
    expect(ratingOf(DEFAULT_RATING_SCALE, 'misleading', 'en')).toMatchObject({ ratingValue: 3 });
    expect(ratingOf(DEFAULT_RATING_SCALE, 'false', 'ar')).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'خاطئ' });
    expect(ratingOf(DEFAULT_RATING_SCALE, 'unverifiable', 'en')).toEqual({ '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Unverifiable' });
  });

  it('follows a desk scale from the settings, with its own labels', () => {
    const scale = parseSetting('FACTCHECK_RATING_SCALE', JSON.stringify([
      { id: 'correct', labels: { en: 'Correct', ar: 'صحيح' }, numeric: true },
      { id: 'missing-context', labels: { en: 'Missing context', ar: 'ينقصه السياق' }, numeric: false },
      { id: 'wrong', labels: { en: 'Wrong', ar: 'خطأ' }, numeric: true },
    ]), ratingScaleSchema, DEFAULT_RATING_SCALE);
    expect(ratingOf(scale, 'correct', 'en')).toMatchObject({ ratingValue: 2, bestRating: 2, worstRating: 1 });
    expect(ratingOf(scale, 'wrong', 'en')).toMatchObject({ ratingValue: 1 });
    expect(ratingOf(scale, 'missing-context', 'ar')).toEqual({ '@type': 'Rating', alternateName: 'ينقصه السياق' });
  });

  it('refuses a broken setting, naming the variable', () => {
    expect(() => parseSetting('FACTCHECK_RATING_SCALE', '[{"id":"x"}]', ratingScaleSchema, DEFAULT_RATING_SCALE)).toThrow(/FACTCHECK_RATING_SCALE is not valid/);
    expect(() => parseSetting('FACTCHECK_RATING_SCALE', '{', ratingScaleSchema, DEFAULT_RATING_SCALE)).toThrow(/FACTCHECK_RATING_SCALE must be JSON/);
    expect(parseSetting('FACTCHECK_PUBLISHER', undefined, ratingScaleSchema as any, DEFAULT_ORGANIZATION)).toBe(DEFAULT_ORGANIZATION);
  });
});

describe('ClaimReview', () => {
  it('has every field Google asks for, from the settings and the snapshot', () => {
    const r = claimReview(review(), ctx);
    expect(r).toEqual({
      '@context': 'https://schema.org', '@type': 'ClaimReview',
      url: 'https://checks.example/fact-checks/art-0123456789abcdef0123.casualty-0-20',
      inLanguage: 'en', datePublished: '2024-05-01',
      claimReviewed: '33 Turkish soldiers killed on 27 February 2020',
      author: { '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example/', logo: { '@type': 'ImageObject', url: 'https://desk.example/logo.png' } },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True', ratingExplanation: 'The ministry named all 33.' },
      itemReviewed: {
        '@type': 'Claim', author: { '@type': 'Organization', name: 'the ministry' }, datePublished: '2020-02-28',
        appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/a', headline: 'Strike in Idlib', datePublished: '2020-02-28', publisher: { '@type': 'Organization', name: 'News Example' } }],
      },
      citation: ['https://example.org/list'],
    });
  });

  it('takes the outlet as the claim author when nobody is quoted, and dates a republication', () => {
    const r = claimReview(review({ claim: { ...review().claim, attribution: null }, dateModified: '2024-06-02T00:00:00Z' }), ctx);
    expect(r.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'News Example' });
    expect(r.dateModified).toBe('2024-06-02');
  });
});

describe('the snapshot', () => {
  it('copies public fields only: no note, no reviewer', () => {
    const claim = {
      claimId: 'art-0123456789abcdef0123.casualty-0-2', articleId: 'art-0123456789abcdef0123', id: 'casualty-0-2', type: 'casualty', text: '33',
      start: 0, end: 2, sentence: { start: 0, end: 33 }, language: 'en', status: 'DECIDED', version: 1, verdict: null, matchKey: null, createdAt: '',
      checkworthiness: 1, checks: { corroborations: [], conflicts: [], suggestedVerdict: null, priority: 1 },
      casualty: { kind: 'killed', min: 33, max: 33, qualifier: 'exact', group: 'soldiers' },
    } as StoredClaim;
    const snap = snapshotOf({
      article: { articleId: claim.articleId, language: 'en', url: null, title: null, source: null, publishedAt: null, text: '33 soldiers were killed, it said.' },
      claim, verdict: { rating: 'false', note: 'NOTE-7f3a', reviewer: 'REVIEWER-9c1d', evidence: [], at: 'x' }, version: 1, eventDate: null, at: '2024-01-01T00:00:00Z', seq: 1,
    });
    expect(JSON.stringify(snap)).not.toMatch(/NOTE-7f3a|REVIEWER-9c1d/);
    expect(snap.quote).toBe('33 soldiers were killed, it said.');
  });
});

describe('the public page', () => {
  const hostile = '</script><script>alert(1)</script><!-- \u2028 "quoted" & <b>';

  it('escapes every text and keeps the JSON-LD block closed, with the same ClaimReview inside', () => {
    const r = review({ publicExplanation: hostile, claim: { ...review().claim, attribution: hostile }, quote: hostile, article: { ...review().article, title: hostile } });
    const html = renderFactCheckPage(r, ctx);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<!-- ');
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(JSON.parse(block)).toEqual(claimReview(r, ctx));
    expect(html).toContain(escapeHtml(hostile));
  });

  it('is right to left in Arabic and left to right in English', () => {
    expect(renderFactCheckPage(review({ language: 'ar' }), ctx)).toMatch(/<html lang="ar" dir="rtl">/);
    expect(renderFactCheckPage(review(), ctx)).toMatch(/<html lang="en" dir="ltr">/);
    expect(renderWithdrawnPage('ar', ctx)).toMatch(/dir="rtl"/);
  });

  it('shows the claim, rating, explanation, evidence and source; a preview is marked and not indexed', () => {
    const html = renderFactCheckPage(review(), ctx);
    for (const s of ['33 Turkish soldiers killed on 27 February 2020', 'True', 'The ministry named all 33.', 'href="https://example.org/list"', 'href="https://news.example/a"', '<link rel="canonical"']) expect(html).toContain(s);
    const preview = renderFactCheckPage(review(), ctx, { preview: true });
    expect(preview).toContain('noindex');
    expect(preview).not.toContain('rel="canonical"');
  });

  it('writes JSON for a script block without < > & or line separators', () => {
    expect(jsonForScript({ a: '</script>&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });

  it('lists published pages in a sitemap, escaped', () => {
    const xml = renderSitemap([{ url: 'https://checks.example/fact-checks/a&b', lastModified: '2024-05-01T10:00:00Z' }]);
    expect(xml).toContain('<loc>https://checks.example/fact-checks/a&amp;b</loc><lastmod>2024-05-01</lastmod>');
  });
});
