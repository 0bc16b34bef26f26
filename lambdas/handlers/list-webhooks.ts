import { getDeps } from '../adapters/deps.ts';
import { listWebhooks } from '../app/webhooks.ts';
import { json, requireRole, route } from './http.ts';
import { subscriptionsQuery } from './schemas.ts';

export const handler = route(async (event, page) => {
  requireRole(event, 'editor');
  return json(200, await listWebhooks(getDeps(), page));
}, { query: subscriptionsQuery });
