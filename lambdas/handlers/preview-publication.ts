import { getDeps } from '../adapters/deps.ts';
import { previewPage } from '../app/publication.ts';
import { requireRole, route, text } from './http.ts';
import { claimIdParam } from './schemas.ts';

/** GET /claims/{claimId}/publication/preview (editor): the public page the current verdict would get. */
export const handler = route(async (event) => {
  requireRole(event, 'editor');
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  return text(200, await previewPage(getDeps(), id), 'text/html; charset=utf-8', { 'cache-control': 'no-store' });
});
