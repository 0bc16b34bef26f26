import { getDeps } from '../adapters/deps.ts';
import { articleClaimReviews } from '../app/publication.ts';
import { json, route } from './http.ts';
import { articleIdParam, claimReviewQuery } from './schemas.ts';

/**
 * Public: published verdicts as schema.org ClaimReview JSON-LD. When they do not all fit in one answer, the
 * rest is a Link header away (RFC 8288, rel="next", relative to this path so it holds behind a stage prefix).
 */
export const handler = route(async (event, query) => {
  const id = articleIdParam.parse(event.pathParameters?.articleId);
  const { reviews, next } = await articleClaimReviews(getDeps(), id, query.cursor);
  return json(200, reviews, { 'content-type': 'application/ld+json', ...(next ? { link: `<claimreview?cursor=${next}>; rel="next"` } : {}) });
}, { query: claimReviewQuery });
