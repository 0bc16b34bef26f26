import { getDeps } from '../adapters/deps.ts';
import { searchClaims } from '../app/desk.ts';
import { isStaff } from '../app/visibility.ts';
import { ForbiddenError } from '../domain/errors.ts';
import { json, requireRole, route } from './http.ts';
import { claimSearchQuery } from './schemas.ts';

/** GET /claims: every claim, decided ones too, by words and structured values; newest first. Staff only. */
export const handler = route(async (event) => {
  const caller = requireRole(event, 'submitter');
  if (!isStaff(caller)) throw new ForbiddenError('searching every claim needs the reviewer or editor role');
  const query = claimSearchQuery.parse(event.queryStringParameters ?? {});
  return json(200, await searchClaims(getDeps(), query));
});
