import { getDeps } from '../adapters/deps.ts';
import { recordVerdict } from '../app/review.ts';
import { config } from '../config.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { count } from './metrics.ts';
import { claimIdParam, verdictBody } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'reviewer');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  const body = parseJsonBody(event, verdictBody(config().publication.ratingScale.map((r) => r.id)));
  const claim = await recordVerdict(getDeps(), id, body, caller.subject);
  count('VerdictsRecorded', 1, { rating: body.rating });
  return json(200, claim);
});
