import { getDeps } from '../adapters/deps.ts';
import { reviewQueue } from '../app/review.ts';
import { json, requireRole, route } from './http.ts';
import { queueQuery } from './schemas.ts';

export const handler = route(async (event) => {
  requireRole(event, 'reviewer');
  const q = queueQuery.parse(event.queryStringParameters ?? {});
  return json(200, await reviewQueue(getDeps(), q.language, q.limit, q.cursor));
});
