import { getDeps } from '../adapters/deps.ts';
import { rebuildSearchIndexPage } from '../app/reindex.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { rebuildBody } from './schemas.ts';

/**
 * POST /search-index/rebuild: {cursor?, limit?} -> one page of the rebuild with its counts and nextCursor
 * (null at the end). Editors only. An empty body is {} (the first page).
 */
export const handler = route(async (event) => {
  requireRole(event, 'editor');
  const body = rebuildBody.parse(event.body ? parseJsonBody(event, rebuildBody) : {});
  return json(200, await rebuildSearchIndexPage(getDeps(), body));
});
