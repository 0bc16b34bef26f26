import { getDeps } from '../adapters/deps.ts';
import { publicationQueue } from '../app/publication.ts';
import { json, requireRole, route } from './http.ts';
import { pageQuery } from './schemas.ts';

/** GET /publication-queue (editor): decided claims whose current verdict is not published. */
export const handler = route(async (event, q) => {
  requireRole(event, 'editor');
  return json(200, await publicationQueue(getDeps(), q.limit, q.cursor));
}, { query: pageQuery });
