/**
 * Webhook delivery: the target of the bus rule (an event: one delivery per matching webhook, tried at
 * once) and of the sweep schedule (nothing: deliveries due again are tried). The local stack calls it the same way.
 */
import { z } from 'zod';
import { getDeps } from '../adapters/deps.ts';
import { runBudget } from '../app/run-budget.ts';
import { deliverWebhooks } from '../app/webhooks.ts';
import type { FactCheckEvent } from '../domain/intake/events.ts';
import { EVENT_TYPES } from '../domain/intake/records.ts';
import { step } from './step.ts';

const input = z.object({
  detail: z.object({ id: z.string().regex(/^evt-[0-9a-f]{32}$/), type: z.enum(EVENT_TYPES), time: z.string().max(40), data: z.record(z.unknown()) }).optional(),
}).passthrough();

export const handler = step('deliver-webhooks', input, (event, context) =>
  deliverWebhooks(getDeps(), { detail: event.detail as FactCheckEvent | undefined }, runBudget(context)));
