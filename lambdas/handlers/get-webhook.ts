import { getDeps } from '../adapters/deps.ts';
import { getWebhookView } from '../app/webhooks.ts';
import { json, requireRole, route } from './http.ts';
import { webhookIdParam } from './schemas.ts';

export const handler = route(async (event) => {
  requireRole(event, 'editor');
  return json(200, await getWebhookView(getDeps(), webhookIdParam.parse(event.pathParameters?.webhookId)));
});
