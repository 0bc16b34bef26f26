import { getDeps } from '../adapters/deps.ts';
import { listArticles } from '../app/desk.ts';
import { isStaff } from '../app/visibility.ts';
import { json, requireRole, route } from './http.ts';
import { articleListQuery } from './schemas.ts';

/** GET /articles: newest first; a submitter sees only their own. */
export const handler = route(async (event, query) => {
  const caller = requireRole(event, 'submitter');
  // Staff see every article; a submitter only their own (stored under the token's sub), without ratings.
  return json(200, await listArticles(getDeps(), query, isStaff(caller) ? undefined : caller.sub));
}, { query: articleListQuery });
