import { getDeps } from '../adapters/deps.ts';
import { webhookDeliveries } from '../app/webhooks.ts';
import { json, requireRole, route } from './http.ts';
import { deliveriesQuery, webhookIdParam } from './schemas.ts';

export const handler = route(async (event, page) => {
  requireRole(event, 'editor');
  const webhookId = webhookIdParam.parse(event.pathParameters?.webhookId);
  return json(200, await webhookDeliveries(getDeps(), webhookId, page));
}, { query: deliveriesQuery });
