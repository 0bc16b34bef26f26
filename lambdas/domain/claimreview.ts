/** schema.org ClaimReview for decided claims (https://schema.org/ClaimReview), in the article's language. */
import type { Article, Rating, StoredClaim } from './model.ts';

const RATING_VALUE: Record<Rating, number> = { true: 5, 'mostly-true': 4, misleading: 3, false: 2, unverifiable: 1 };
const LABELS: Record<string, Record<Rating, string>> = {
  en: { true: 'True', 'mostly-true': 'Mostly true', misleading: 'Misleading', false: 'False', unverifiable: 'Unverifiable' },
  ar: { true: 'صحيح', 'mostly-true': 'صحيح في معظمه', misleading: 'مضلل', false: 'خاطئ', unverifiable: 'لا يمكن التحقق منه' },
};

export interface ClaimReviewOptions {
  baseUrl: string;
  publisher: string;
}

export function claimReviews(article: Article, claims: StoredClaim[], options: ClaimReviewOptions) {
  const lang = article.language === 'ar' ? 'ar' : 'en';
  return claims
    .filter((c) => c.verdict)
    .map((c) => {
      const v = c.verdict!;
      const sentence = article.text.slice(c.sentence.start, c.sentence.end);
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${options.baseUrl}/claims/${c.claimId}`,
        datePublished: v.at.slice(0, 10),
        inLanguage: lang,
        claimReviewed: sentence,
        author: { '@type': 'Organization', name: options.publisher },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: RATING_VALUE[v.rating],
          bestRating: 5,
          worstRating: 1,
          alternateName: LABELS[lang][v.rating],
          ...(v.note ? { ratingExplanation: v.note } : {}),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(c.attribution ? { author: { '@type': 'Organization', name: c.attribution.source } } : {}),
          ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
          appearance: [{
            '@type': 'CreativeWork',
            ...(article.url ? { url: article.url } : {}),
            ...(article.title ? { headline: article.title } : {}),
            ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
          }],
        },
        ...(v.evidence.length ? { citation: v.evidence } : {}),
      };
    });
}
