import { getDeps } from '../adapters/deps.ts';
import { listFeeds } from '../app/feeds.ts';
import { json, requireRole, route } from './http.ts';
import { subscriptionsQuery } from './schemas.ts';

export const handler = route(async (event, page) => {
  requireRole(event, 'editor');
  return json(200, await listFeeds(getDeps(), page));
}, { query: subscriptionsQuery });
