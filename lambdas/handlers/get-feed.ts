import { getDeps } from '../adapters/deps.ts';
import { getFeedView } from '../app/feeds.ts';
import { json, requireRole, route } from './http.ts';
import { feedIdParam } from './schemas.ts';

export const handler = route(async (event) => {
  requireRole(event, 'editor');
  return json(200, await getFeedView(getDeps(), feedIdParam.parse(event.pathParameters?.feedId)));
});
