import { getDeps } from '../adapters/deps.ts';
import { reviewQueue } from '../app/review.ts';
import { isStaff } from '../app/visibility.ts';
import { ForbiddenError } from '../domain/errors.ts';
import { json, requireRole, route } from './http.ts';
import { queueQuery } from './schemas.ts';

/** GET /review-queue: open claims, highest priority first. Reviewers and editors see all (DESIGN.md section 9); reviewers decide. */
export const handler = route(async (event) => {
  const caller = requireRole(event, 'submitter');
  if (!isStaff(caller)) throw new ForbiddenError('the review queue needs the reviewer or editor role');
  const q = queueQuery.parse(event.queryStringParameters ?? {});
  return json(200, await reviewQueue(getDeps(), q.language, q.limit, q.cursor));
});
