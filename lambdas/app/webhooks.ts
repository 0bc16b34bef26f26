/**
 * Webhooks: editors register a URL for some event types; each event becomes one delivery per matching
 * webhook (written once: the same event twice is delivered once), POSTed through the safe fetcher (the
 * same address rules as pages, no redirects followed), signed with the webhook's secret, tried again with
 * growing pauses (4x) up to MAX_ATTEMPTS, every attempt kept in the delivery's log.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Deps } from '../adapters/deps.ts';
import { config } from '../config.ts';
import { DomainError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { MAX_ATTEMPTS, retryDelayMs, sign, SIGNATURE_HEADER, TIMESTAMP_HEADER, type FactCheckEvent } from '../domain/intake/events.ts';
import type { Delivery, EventType, Webhook } from '../domain/intake/records.ts';
import { deliveryLogPk, expiresAt, WEBHOOKS_PK } from '../adapters/keys.ts';
import { boundedPage, decodeCursor, encodeCursor, itemsThatFit } from './cursor.ts';
import { refuseUnfetchable } from './intake.ts';
import { runBudget, withinBudget, type RunBudget } from './run-budget.ts';

const webhookView = (w: Webhook) => {
  const { secret: _secret, ...rest } = w;
  return rest;
};

export async function createWebhook(deps: Deps, input: { url: string; events: EventType[] }, editor: string) {
  refuseUnfetchable(input.url);
  const createdAt = deps.now();
  const webhook: Webhook = {
    webhookId: `hook-${createHash('sha256').update(JSON.stringify([input.url, createdAt, randomBytes(8).toString('hex')])).digest('hex').slice(0, 20)}`,
    url: input.url, events: [...new Set(input.events)], secret: randomBytes(32).toString('base64url'), createdBy: editor, createdAt,
  };
  await deps.intake.createWebhook(webhook);
  // The secret is shown this once: the receiver keeps it to verify signatures.
  return { ...webhookView(webhook), secret: webhook.secret };
}

/** The one 404 for a webhook id, whether read, listed (deliveries) or removed. */
const webhookNotFound = (webhookId: string) => new NotFoundError(`webhook ${webhookId} does not exist (never registered, or removed already)`);

/** One webhook, without its secret (GET /webhooks/{webhookId}, where POST /webhooks points). */
export async function getWebhookView(deps: Deps, webhookId: string) {
  const hook = await deps.intake.getWebhook(webhookId);
  if (!hook) throw webhookNotFound(webhookId);
  return webhookView(hook);
}

/**
 * Removes a webhook (DELETE /webhooks/{webhookId}) with its deliveries and their log. An event fanned out
 * from then on reads the webhook consistently before writing a delivery, and the sweep drops any delivery
 * whose webhook is gone, so nothing more is sent to its url. A second removal is a 404.
 */
export async function removeWebhook(deps: Deps, webhookId: string): Promise<void> {
  if (!(await deps.intake.removeWebhook(webhookId))) throw webhookNotFound(webhookId);
}

/** GET /webhooks: a page of the webhooks (without secrets), oldest first, under maxResponseBytes; `nextCursor` null on the last. */
export async function listWebhooks(deps: Deps, page: { limit: number; cursor?: string }) {
  const start = decodeCursor(page.cursor, ['GSI1PK', 'GSI1SK'], WEBHOOKS_PK);
  return boundedPage((n) => deps.intake.webhookPage(n, start), webhookView, page.limit);
}

/** A page of a webhook's delivery log, newest first; `nextCursor` (null on the last page) is where the next starts. */
export async function webhookDeliveries(deps: Deps, webhookId: string, page: { limit: number; cursor?: string }) {
  if (!(await deps.intake.getWebhook(webhookId))) throw webhookNotFound(webhookId);
  const start = decodeCursor(page.cursor, ['GSI2PK', 'GSI2SK'], deliveryLogPk(webhookId));
  const read = await deps.intake.deliveryLog(webhookId, page.limit, start);
  const views = read.items.map(({ body, ...d }) => ({ ...d, event: JSON.parse(body) as FactCheckEvent }));
  // Under maxResponseBytes (events carry public explanations): the page ends with the last delivery that fits.
  const items = views.slice(0, itemsThatFit(views));
  const last = read.items[items.length - 1];
  return { items, nextCursor: (read.more || items.length < views.length) && last ? encodeCursor(deps.intake.logKey(last)) : null };
}

/** Deliveries attempted at once by a fan-out or a sweep. */
export const DELIVERY_CONCURRENCY = 8;

/**
 * The bus rule's target: one delivery per webhook that wants this event, each tried at once (a few at a time,
 * within the run's time: one not tried is written as taken until leaseEnd, so the sweep tries it after that).
 */
export async function fanOut(deps: Deps, event: FactCheckEvent, budget: RunBudget = runBudget()) {
  const listed = (await deps.intake.listWebhooks()).filter((w) => w.events.includes(event.type));
  // The list is an index (eventually consistent in AWS): each webhook is read again, so one removed is not sent to.
  const hooks = (await Promise.all(listed.map((w) => deps.intake.getWebhook(w.webhookId)))).filter((w): w is Webhook => !!w);
  const now = deps.now();
  const body = JSON.stringify(event);
  const created: Delivery[] = [];
  for (const w of hooks) {
    // Written already taken for this first attempt: the sweep finds it only if this attempt dies.
    const d: Delivery = { webhookId: w.webhookId, eventId: event.id, type: event.type, body, status: 'PENDING', attempts: 0, dueAt: leaseEnd(), createdAt: now, log: [] };
    if (await deps.intake.createDelivery(d)) created.push(d);
  }
  await withinBudget(created, DELIVERY_CONCURRENCY, budget, (d) => attempt(deps, d, hooks.find((w) => w.webhookId === d.webhookId)!));
  return { webhooks: hooks.length, deliveries: created.length };
}

/** How long an attempt holds its delivery (beyond the fetch's own time cap). */
const leaseEnd = () => new Date(Date.now() + config().fetchTimeoutMs + 30_000).toISOString();

/**
 * The schedule's sweep: deliveries due again (their pause is over), oldest due first, `batch` read at a time and
 * DELIVERY_CONCURRENCY tried at once, for as long as the run's time allows (run-budget.ts). What it did not reach
 * (`left`) stays due, so the next sweep begins with it; one receiver's slowness costs a slot, not the run.
 */
export async function deliverDue(deps: Deps, { budget = runBudget(), batch = 50 }: { budget?: RunBudget; batch?: number } = {}) {
  const hooks = new Map<string, Promise<Webhook | undefined>>();
  const hookOf = (webhookId: string) => {
    if (!hooks.has(webhookId)) hooks.set(webhookId, deps.intake.getWebhook(webhookId));
    return hooks.get(webhookId)!;
  };
  let due = 0;
  let tried = 0;
  for (;;) {
    const page = await deps.intake.dueDeliveries(deps.now(), batch);
    due += page.length;
    const { done, left } = await withinBudget(page, DELIVERY_CONCURRENCY, budget, async (d) => {
      const hook = await hookOf(d.webhookId);
      // Its webhook was removed (this delivery was written while it went): never sent, dropped from the due list.
      if (!hook) {
        await deps.intake.dropDelivery(d);
        return 'dropped';
      }
      // Another sweep (or the first attempt) holds it.
      if (!(await deps.intake.claimAttempt(d, leaseEnd()))) return 'held';
      await attempt(deps, d, hook);
      return 'tried';
    });
    tried += done.filter((r) => r === 'tried').length;
    // Out of time, or nothing more due, or nothing moved (a lagging index showing the same deliveries again): done.
    if (left || page.length < batch || !done.some((r) => r !== 'held')) return { due, tried, left };
  }
}

/** One attempt: POST the signed body; 2xx delivers, anything else waits for the next (or gives up). */
async function attempt(deps: Deps, d: Delivery, hook: Webhook) {
  const started = Date.now();
  const timestamp = Math.floor(started / 1000);
  let status: number | null = null;
  let error: string | undefined;
  try {
    const res = await deps.fetch({
      url: hook.url, method: 'POST', body: d.body, what: 'the webhook', followRedirects: false,
      headers: {
        'content-type': 'application/json', [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: sign(hook.secret, timestamp, d.body),
        'x-factcheck-event': d.type, 'x-factcheck-delivery': d.eventId,
      },
    });
    status = res.status;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    status = /answered (\d{3})/.exec(e.message)?.[1] ? Number(/answered (\d{3})/.exec(e.message)![1]) : null;
    error = e.message.slice(0, 300);
  }
  const attempts = d.attempts + 1;
  const delivered = status !== null && status >= 200 && status < 300;
  const next = delivered ? 'DELIVERED' : attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING';
  const dueAt = next === 'PENDING' ? new Date(Date.now() + retryDelayMs(attempts, config().webhookRetryBaseMs)).toISOString() : d.dueAt;
  const entry = { at: new Date(started).toISOString(), status, ms: Date.now() - started, ...(error ? { error } : {}) };
  // Ended (delivered or given up): kept deliveryRetentionDays with its log, then the table's TTL deletes it.
  const ended = next === 'PENDING' ? {} : { expiresAt: expiresAt(new Date().toISOString(), config().deliveryRetentionDays) };
  await deps.intake.recordAttempt(d, { status: next, attempts, dueAt, log: [...d.log, entry], ...ended });
}

/** What the deliver-webhooks function is given: an event from the bus rule, or nothing from the sweep schedule. */
export async function deliverWebhooks(deps: Deps, input: { detail?: FactCheckEvent }, budget: RunBudget = runBudget()) {
  return input.detail ? fanOut(deps, input.detail, budget) : deliverDue(deps, { budget });
}
