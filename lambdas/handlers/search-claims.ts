import { getDeps } from '../adapters/deps.ts';
import { searchClaims } from '../app/desk.ts';
import { json, requireRole, route } from './http.ts';
import { claimSearchQuery } from './schemas.ts';

/** GET /claims: every claim, decided ones too, by words and structured values; newest first. Staff only. */
export const handler = route(async (event, query) => {
  requireRole(event, 'staff');
  return json(200, await searchClaims(getDeps(), query));
}, { query: claimSearchQuery });
