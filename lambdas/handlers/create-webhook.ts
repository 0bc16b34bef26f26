import { getDeps } from '../adapters/deps.ts';
import { createWebhook } from '../app/webhooks.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { webhookBody } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'editor');
  return json(201, await createWebhook(getDeps(), parseJsonBody(event, webhookBody), caller.subject));
});
