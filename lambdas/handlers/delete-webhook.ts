import { getDeps } from '../adapters/deps.ts';
import { removeWebhook } from '../app/webhooks.ts';
import { noContent, requireRole, route } from './http.ts';
import { webhookIdParam } from './schemas.ts';

/** DELETE /webhooks/{webhookId}: removes the webhook and its deliveries (204); 404 for one that does not exist (or was removed already). */
export const handler = route(async (event) => {
  requireRole(event, 'editor');
  await removeWebhook(getDeps(), webhookIdParam.parse(event.pathParameters?.webhookId));
  return noContent();
});
