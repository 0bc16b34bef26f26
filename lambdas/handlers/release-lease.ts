import { getDeps } from '../adapters/deps.ts';
import { releaseLease } from '../app/desk.ts';
import { json, requireRole, route } from './http.ts';
import { claimIdParam } from './schemas.ts';

/** DELETE /claims/{claimId}/lease: releases the caller's lease (a no-op without one); 409 when another holds it. */
export const handler = route(async (event) => {
  const caller = requireRole(event, 'reviewer');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  return json(200, await releaseLease(getDeps(), id, caller.subject));
});
