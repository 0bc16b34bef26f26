import { getDeps } from '../adapters/deps.ts';
import { publishClaim } from '../app/publication.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { claimIdParam, publicationBody } from './schemas.ts';

/** POST /claims/{claimId}/publication (editor): publish the claim's current verdict. */
export const handler = route(async (event) => {
  const caller = requireRole(event, 'editor');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  const body = parseJsonBody(event, publicationBody);
  return json(200, await publishClaim(getDeps(), id, body.expectedVersion, caller.subject));
});
