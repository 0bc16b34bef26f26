import { getDeps } from '../adapters/deps.ts';
import { articleClaimReviews } from '../app/publication.ts';
import { json, route } from './http.ts';
import { articleIdParam } from './schemas.ts';

/** Public: published verdicts as schema.org ClaimReview JSON-LD. */
export const handler = route(async (event) => {
  const id = articleIdParam.parse(event.pathParameters?.articleId);
  return json(200, await articleClaimReviews(getDeps(), id), { 'content-type': 'application/ld+json' });
});
