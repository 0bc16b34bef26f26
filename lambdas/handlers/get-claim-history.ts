import { getDeps } from '../adapters/deps.ts';
import { getClaimHistory } from '../app/review.ts';
import { json, requireRole, route } from './http.ts';
import { claimIdParam, historyQuery } from './schemas.ts';

export const handler = route(async (event, page) => {
  requireRole(event, 'staff');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  return json(200, await getClaimHistory(getDeps(), id, page));
}, { query: historyQuery });
