import { getDeps } from '../adapters/deps.ts';
import { webhookDeliveries } from '../app/webhooks.ts';
import { json, parseQuery, requireRole, route } from './http.ts';
import { deliveriesQuery, webhookIdParam } from './schemas.ts';

export const handler = route(async (event) => {
  requireRole(event, 'editor');
  const webhookId = webhookIdParam.parse(event.pathParameters?.webhookId);
  return json(200, await webhookDeliveries(getDeps(), webhookId, parseQuery(event, deliveriesQuery)));
});
