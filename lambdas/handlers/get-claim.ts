import { getDeps } from '../adapters/deps.ts';
import { getClaimView } from '../app/review.ts';
import { json, requireRole, route } from './http.ts';
import { claimIdParam } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'submitter');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  return json(200, await getClaimView(getDeps(), caller, id));
});
