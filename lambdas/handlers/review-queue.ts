import { getDeps } from '../adapters/deps.ts';
import { reviewQueue } from '../app/review.ts';
import { json, requireRole, route } from './http.ts';
import { queueQuery } from './schemas.ts';

/** GET /review-queue: open claims, highest priority first. Reviewers and editors see all (DESIGN.md section 9); reviewers decide. */
export const handler = route(async (event, q) => {
  requireRole(event, 'staff');
  return json(200, await reviewQueue(getDeps(), q.language, q.limit, q.cursor));
}, { query: queueQuery });
