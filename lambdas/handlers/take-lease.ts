import { getDeps } from '../adapters/deps.ts';
import { takeLease } from '../app/desk.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { claimIdParam, leaseBody } from './schemas.ts';

/** POST /claims/{claimId}/lease: {ttlSeconds?} -> {leasedBy, until}; 409 with the holder. An empty body is {}. */
export const handler = route(async (event) => {
  const caller = requireRole(event, 'reviewer');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  const body = leaseBody.parse(event.body ? parseJsonBody(event, leaseBody) : {});
  return json(200, await takeLease(getDeps(), id, caller.subject, body.ttlSeconds));
});
