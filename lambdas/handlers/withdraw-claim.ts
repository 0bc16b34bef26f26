import { getDeps } from '../adapters/deps.ts';
import { withdrawClaim } from '../app/publication.ts';
import { json, requireRole, route } from './http.ts';
import { claimIdParam } from './schemas.ts';

/** DELETE /claims/{claimId}/publication (editor): take the public page down. */
export const handler = route(async (event) => {
  const caller = requireRole(event, 'editor');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  return json(200, await withdrawClaim(getDeps(), id, caller.subject));
});
