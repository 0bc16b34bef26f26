/**
 * An editor's commands around the workflow (DESIGN.md section 9), over the HTTP API as it is: feeds
 * (POST/GET /feeds, GET/DELETE /feeds/{feedId}), webhooks (POST/GET /webhooks, GET/DELETE /webhooks/{webhookId}
 * and its deliveries) and the publication queue (GET /publication-queue). Tables by default, --json for the
 * API's own JSON (not on the removals: the API answers them 204, with nothing to print).
 */
import { EVENT_TYPES } from '../../lambdas/domain/intake/records.ts';
import { api, apiRequest, enc } from './api.ts';
import { at, command, moreLine, printJson, str, table, usageError, valueOf, type Parsed } from './common.ts';
import type { CommandSpec } from './spec.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const lines = (rows: [string, string | number | null | undefined][]) =>
  rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => `${k.padEnd(13)} ${v}`).join('\n');

/** A --limit flag checked here (a whole number within the API's bounds), so a typo is a usage error, not a round trip. */
function limitOf(spec: CommandSpec, p: Parsed, max: number): string | undefined {
  const v = str(p.values.limit);
  if (v !== undefined && (!/^\d+$/.test(v) || +v < 1 || +v > max)) usageError(spec, `--limit must be a whole number from 1 to ${max}, not "${v}"`);
  return v;
}

/** A list's path with the page asked for (--limit checked here, --cursor as printed by the previous page). */
function pagePath(spec: CommandSpec, p: Parsed, path: string): string {
  const q = new URLSearchParams();
  const limit = limitOf(spec, p, 100);
  if (limit) q.set('limit', limit);
  const cursor = str(p.values.cursor);
  if (cursor) q.set('cursor', cursor);
  return `${path}${q.size ? `?${q}` : ''}`;
}

/** The line that ends a page when another follows, as the other list commands print it. */
const nextPage = (command: string, limit: string | undefined, next: string) => moreLine([...command.split(' '), ...(limit ? ['--limit', limit] : [])], next);

/** A list the API gives (`items`); with `more`, a page that names the command for the next one (its `nextCursor`). */
async function listOf(p: Parsed, path: string, empty: string, render: (items: any[]) => string, more?: { command: string; limit?: string }): Promise<number> {
  const res = await api('GET', path, 'editor');
  if (p.values.json) printJson(res);
  else out(res.items.length ? render(res.items) : empty);
  if (!p.values.json && more && res.nextCursor) out(nextPage(more.command, more.limit, res.nextCursor));
  return 0;
}

// ---- feeds ------------------------------------------------------------------------------------------

/** The last poll in a few words: "ok 2024-03-12 10:15:30Z", "never polled". */
const pollOf = (f: any) => (f.lastPollAt ? `${f.lastPollStatus ?? '?'} ${at(f.lastPollAt)}` : 'never polled');

export function feedText(f: any): string {
  const text = lines([
    ['feed', f.feedId],
    ['url', f.url],
    ['title', f.title],
    ['added', `${at(f.createdAt)} by ${f.createdBy}`],
    ['last poll', pollOf(f)],
    ['items', `${f.itemsTaken} taken${f.itemsListed === null || f.itemsListed === undefined ? '' : `; the feed listed ${f.itemsListed} at its last read`}`],
    ['last error', f.lastError],
  ]);
  const errors = (f.errors ?? []) as { at: string; message: string }[];
  return errors.length ? `${text}\nerrors (newest first)\n${errors.map((e) => `  ${at(e.at)}  ${e.message}`).join('\n')}` : text;
}

export const feedsList = (spec: CommandSpec, p: Parsed) => listOf(p, pagePath(spec, p, '/feeds'),
  str(p.values.cursor) ? '(no more feeds)' : `(no feeds: subscribe to one with ${command(['feeds', 'add'])} URL)`, (items) => {
    const failing = items.some((f) => f.lastError);
    return table(['feed id', 'last poll', 'taken', 'url', 'title', ...(failing ? ['last error'] : [])],
      items.map((f) => [f.feedId, pollOf(f), String(f.itemsTaken), f.url, f.title ?? '', ...(failing ? [f.lastError ?? ''] : [])]), 60);
  }, { command: 'feeds list', limit: str(p.values.limit) });

/** What a new feed's first poll took: new stories, and links that were articles already (one link, one article). */
function firstPoll(f: any): string {
  const items = f.lastPollItems as { new: number; alreadyStored: number } | null | undefined;
  if (!items) return `${f.itemsTaken} ${f.itemsTaken === 1 ? 'story' : 'stories'} taken`;
  return `${items.new} new ${items.new === 1 ? 'story' : 'stories'} submitted${items.alreadyStored ? `, ${items.alreadyStored} already stored,` : ''}`;
}

export async function feedsAdd(_spec: CommandSpec, p: Parsed): Promise<number> {
  const { status, body: f } = await apiRequest('POST', '/feeds', 'editor', { url: p.positionals[0] });
  if (p.values.json) {
    printJson(f);
    return 0;
  }
  if (status === 200) out(`${f.feedId}: already subscribed (since ${at(f.createdAt)}, by ${f.createdBy})`);
  else if (f.lastPollStatus === 'error') out(`${f.feedId}: subscribed; its first poll failed: ${f.lastError} (it is polled again on schedule)`);
  else out(`${f.feedId}: subscribed and polled: ${firstPoll(f)}${f.itemsListed === null || f.itemsListed === undefined ? '' : ` of ${f.itemsListed} listed`}${f.title ? ` (${f.title})` : ''}`);
  out(`see it: ${command(['feeds', 'show', f.feedId])}`);
  return 0;
}

/** One thing by its id (GET /feeds/{id}, /webhooks/{id}): as text, or the API's JSON. */
async function showOne(p: Parsed, collection: string, text: (x: any) => string): Promise<number> {
  const x = await api('GET', `/${collection}/${enc(p.positionals[0])}`, 'editor');
  if (p.values.json) printJson(x);
  else out(text(x));
  return 0;
}

export const feedsShow = (_spec: CommandSpec, p: Parsed) => showOne(p, 'feeds', feedText);

/**
 * DELETE /{collection}/{id} (204), then one line saying what that did; with --json, `{"<feedId|webhookId>": id,
 * "removed": true}` (the API answers nothing, so a script that adds --json to every call still gets JSON).
 */
async function removeOne(p: Parsed, collection: string, done: string): Promise<number> {
  await apiRequest('DELETE', `/${collection}/${enc(p.positionals[0])}`, 'editor');
  if (p.values.json) printJson({ [collection === 'feeds' ? 'feedId' : 'webhookId']: p.positionals[0], removed: true });
  else out(`${p.positionals[0]}: ${done}`);
  return 0;
}

export const feedsRemove = (_spec: CommandSpec, p: Parsed) =>
  removeOne(p, 'feeds', 'unsubscribed; it is not polled again (the stories it brought in stay)');

// ---- webhooks ---------------------------------------------------------------------------------------

export function webhookText(w: any): string {
  return lines([
    ['webhook', w.webhookId],
    ['url', w.url],
    ['events', (w.events ?? []).join(', ')],
    ['added', `${at(w.createdAt)} by ${w.createdBy}`],
  ]);
}

export const webhooksList = (spec: CommandSpec, p: Parsed) => listOf(p, pagePath(spec, p, '/webhooks'),
  str(p.values.cursor) ? '(no more webhooks)' : `(no webhooks: register one with ${command(['webhooks', 'add'])} URL --event TYPE)`,
  (items) => table(['webhook id', 'events', 'url', 'added', 'by'], items.map((w) => [w.webhookId, w.events.join(','), w.url, at(w.createdAt), w.createdBy]), 60),
  { command: 'webhooks list', limit: str(p.values.limit) });

export async function webhooksAdd(spec: CommandSpec, p: Parsed): Promise<number> {
  const events = (p.values.event as string[] | undefined) ?? [];
  if (!events.length) usageError(spec, `needs --event TYPE (one of ${EVENT_TYPES.join(', ')}; repeat it for several)`);
  for (const e of events) {
    if (!(EVENT_TYPES as readonly string[]).includes(e)) usageError(spec, `--event must be one of ${EVENT_TYPES.join(', ')}, not "${e}"`);
  }
  const w = await api('POST', '/webhooks', 'editor', { url: p.positionals[0], events });
  if (p.values.json) {
    printJson(w);
    return 0;
  }
  out(webhookText(w));
  out(`secret        ${w.secret}`);
  out('The secret is shown this once: keep it to check each delivery\'s X-Factcheck-Signature (sha256= HMAC-SHA256 of "<X-Factcheck-Timestamp>.<body>").');
  return 0;
}

export const webhooksShow = (_spec: CommandSpec, p: Parsed) => showOne(p, 'webhooks', webhookText);

/** The last attempt of a delivery in a few words: "204 in 12 ms", "refused: ...". */
function lastAttempt(d: any): string {
  const last = d.log?.at(-1);
  if (!last) return '';
  return `${at(last.at)} ${last.status ?? ''}${last.error ? ` ${last.error}` : ''}`.replace(/\s+/g, ' ').trim();
}

export function webhooksDeliveries(spec: CommandSpec, p: Parsed): Promise<number> {
  const id = p.positionals[0];
  return listOf(p, pagePath(spec, p, `/webhooks/${enc(id)}/deliveries`), str(p.values.cursor) ? '(no more deliveries)' : '(no deliveries yet)',
    (items) => table(['event id', 'type', 'status', 'attempts', 'created', 'next try', 'last attempt'],
      items.map((d) => [d.eventId, d.type, d.status, String(d.attempts), at(d.createdAt), d.status === 'PENDING' ? at(d.dueAt) : '', lastAttempt(d)]), 60),
    { command: `webhooks deliveries ${id}`, limit: str(p.values.limit) });
}

export const webhooksRemove = (_spec: CommandSpec, p: Parsed) =>
  removeOne(p, 'webhooks', 'removed, with its deliveries\' log; no event is sent to it from now on');

// ---- the publication queue --------------------------------------------------------------------------

export async function publicationQueue(spec: CommandSpec, p: Parsed): Promise<number> {
  const q = new URLSearchParams();
  const limit = limitOf(spec, p, 100);
  if (limit) q.set('limit', limit);
  const cursor = str(p.values.cursor);
  if (cursor) q.set('cursor', cursor);
  const res = await api('GET', `/publication-queue${q.size ? `?${q}` : ''}`, 'editor');
  if (p.values.json) {
    printJson(res);
    return 0;
  }
  const items = res.items as any[];
  if (!items.length) out('(nothing to publish: every decided claim\'s current verdict is published)');
  else {
    out(table(['claim id', 'value', 'verdict', 'decided', 'by', 'text'],
      items.map((c) => [c.claimId, valueOf(c), `${c.verdict?.rating ?? '?'} (v${c.version})`, at(c.verdict?.at), c.verdict?.reviewer ?? '', c.text]), 48));
    out(`read one first (the claim as its public page will state it): ${command(['claim', items[0].claimId])}`);
    out(`publish one: ${command(['publish', items[0].claimId])}`);
  }
  if (res.nextCursor) out(nextPage('publication-queue', limit, res.nextCursor));
  return 0;
}
