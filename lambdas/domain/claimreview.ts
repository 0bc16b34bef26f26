/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) for a published fact-check, as Google's
 * fact-check guidelines ask: `url` the public page, `claimReviewed` the claim stated (not the sentence),
 * `itemReviewed` a Claim with its author, date and appearance, `reviewRating` with `alternateName` always
 * and numbers only on the ordered scale, `author` the organization from the settings. Built from the public
 * snapshot only (lambdas/domain/publication.ts): internal notes are not there to leak.
 */
import { pageLanguage, statementOf, type PublicReview } from './publication.ts';
import { ratingOf, type PublicationSettings } from './publication-settings.ts';

export interface ClaimReviewContext {
  settings: PublicationSettings;
  /** Where the public pages live (PUBLIC_SITE_URL), without a trailing slash. */
  siteUrl: string;
}

export const factCheckPath = (claimId: string) => `/fact-checks/${encodeURIComponent(claimId)}`;
export const factCheckUrl = (siteUrl: string, claimId: string) => `${siteUrl}${factCheckPath(claimId)}`;

export function organizationOf(ctx: ClaimReviewContext) {
  const org = ctx.settings.organization;
  return {
    '@type': 'Organization' as const,
    name: org.name,
    url: org.url ?? (ctx.siteUrl || undefined),
    ...(org.logo ? { logo: { '@type': 'ImageObject' as const, url: org.logo } } : {}),
  };
}

export function claimReview(review: PublicReview, ctx: ClaimReviewContext) {
  const lang = pageLanguage(review.language);
  const { article } = review;
  // Who made the claim: the attributed source, else the outlet whose article carries it.
  const claimAuthor = review.claim.attribution ?? article.source;
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: factCheckUrl(ctx.siteUrl, review.claimId),
    inLanguage: lang,
    datePublished: day(review.datePublished),
    ...(review.dateModified !== review.datePublished ? { dateModified: day(review.dateModified) } : {}),
    claimReviewed: statementOf(review),
    author: organizationOf(ctx),
    reviewRating: {
      ...ratingOf(ctx.settings.ratingScale, review.rating, lang),
      ...(review.publicExplanation ? { ratingExplanation: review.publicExplanation } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claimAuthor ? { author: { '@type': 'Organization', name: claimAuthor } } : {}),
      ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
      appearance: [{
        '@type': 'CreativeWork',
        ...(article.url ? { url: article.url } : {}),
        ...(article.title ? { headline: article.title } : {}),
        ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
        ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
      }],
    },
    ...(review.evidence.length ? { citation: review.evidence } : {}),
  };
}
export type ClaimReview = ReturnType<typeof claimReview>;
