import { getDeps } from '../adapters/deps.ts';
import { createWebhook } from '../app/webhooks.ts';
import { config } from '../config.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { webhookBody } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'editor');
  const hook = await createWebhook(getDeps(), parseJsonBody(event, webhookBody), caller.subject);
  // Where the webhook is read, as POST /articles points to its article.
  return json(201, hook, { location: `${config().publicBaseUrl}/webhooks/${hook.webhookId}` });
});
