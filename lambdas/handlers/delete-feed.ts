import { getDeps } from '../adapters/deps.ts';
import { removeFeed } from '../app/feeds.ts';
import { noContent, requireRole, route } from './http.ts';
import { feedIdParam } from './schemas.ts';

/** DELETE /feeds/{feedId}: unsubscribes (204); 404 for a feed that does not exist (or was removed already). */
export const handler = route(async (event) => {
  requireRole(event, 'editor');
  await removeFeed(getDeps(), feedIdParam.parse(event.pathParameters?.feedId));
  return noContent();
});
