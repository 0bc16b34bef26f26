/**
 * Events out on the real local stack: editors register webhooks; reviewers' verdicts, the article's
 * completion and an editor's publication reach a receiver on 127.0.0.1, signed (HMAC-SHA256 over
 * "<timestamp>.<body>", checked here with node:crypto, not with the service's code); a failing receiver
 * is tried again with backoff; a target at an address never fetched is refused at registration.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, startStack, waitFor, type RunningStack } from '../support/local-stack.ts';
import { expectRemoved } from '../support/removal.ts';

interface Received { path: string; headers: Record<string, string>; body: string }
let receiver: Server;
let port = 0;
const received: Received[] = [];
/** Calls per delivery to /flaky: each delivery's first two are answered 500. */
const flakyCalls = new Map<string, number>();
let stack: RunningStack;
let editor: string;
let reviewer: string;
let submitter: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers as Record<string, string>, body });
      const id = `${req.url} ${req.headers['x-factcheck-delivery']}`;
      flakyCalls.set(id, (flakyCalls.get(id) ?? 0) + 1);
      if (req.url === '/flaky' && flakyCalls.get(id)! <= 2) res.writeHead(500).end('try later');
      else res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  port = (receiver.address() as AddressInfo).port;
  stack = await startStack({ env: { FACTCHECK_FETCH_ALLOW: `127.0.0.1:${port}`, FACTCHECK_WEBHOOK_RETRY_BASE_MS: '100', FACTCHECK_WEBHOOK_SWEEP_MS: '100' } });
  editor = await stack.token('editor', 'editor@desk');
  reviewer = await stack.token('reviewer', 'rami@desk');
  submitter = await stack.token('submitter');
});
afterAll(async () => {
  await stack?.stop();
  await new Promise((r) => receiver?.close(r));
});

const hooks: Record<string, { webhookId: string; secret: string }> = {};
const register = async (name: string, url: string, events: string[]) => {
  const r = await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url, events } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  // Location: where the webhook is read (without its secret), as POST /articles points to the article.
  expect(r.location).toBe(`${stack.url}/webhooks/${r.body.webhookId}`);
  const read = await call(stack.url, 'GET', `/webhooks/${r.body.webhookId}`, { token: editor });
  expect(read.status).toBe(200);
  expect(read.body).toEqual({ webhookId: r.body.webhookId, url, events: [...new Set(events)], createdBy: 'editor@desk', createdAt: r.body.createdAt });
  hooks[name] = r.body;
  return r.body;
};
const deliveries = async (name: string) => (await call(stack.url, 'GET', `/webhooks/${hooks[name].webhookId}/deliveries`, { token: editor })).body.items as any[];

describe('webhooks', () => {
  it('are for editors, and refuse a target that could never be fetched', async () => {
    expect((await call(stack.url, 'POST', '/webhooks', { token: reviewer, body: { url: `http://127.0.0.1:${port}/ok`, events: ['ArticleChecked'] } })).status).toBe(403);
    expect((await call(stack.url, 'GET', '/webhooks', { token: submitter })).status).toBe(403);
    const metadata = await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url: 'http://169.254.169.254/hook', events: ['ArticleChecked'] } });
    expect(metadata.status).toBe(422);
    expect(metadata.body.detail).toMatch(/link-local/);
    // A name that is the machine itself is refused as its address would be (a name resolving to a refused
    // address only when an event goes out is never contacted: test/unit/webhook-targets.test.ts).
    const local = await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url: 'http://localhost:9/hook', events: ['ArticleChecked'] } });
    expect(local.status).toBe(422);
    expect(local.body.detail).toMatch(/localhost is the machine itself/);
    const creds = await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url: `http://u:p@127.0.0.1:${port}/ok`, events: ['ArticleChecked'] } });
    // Refused at the edge (the URL schema) or by the fetch rules: never stored.
    expect([400, 422]).toContain(creds.status);
    expect(creds.body.detail).toMatch(/credential|user|password/i);
    expect((await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url: `http://127.0.0.1:${port}/ok`, events: ['Nope'] } })).status).toBe(400);
    expect((await call(stack.url, 'GET', '/webhooks/hook-00000000000000000000', { token: editor })).status).toBe(404);
    expect((await call(stack.url, 'GET', '/webhooks/nope', { token: editor })).status).toBe(400);
    expect((await call(stack.url, 'GET', '/webhooks/hook-00000000000000000000', { token: reviewer })).status).toBe(403);
  });

  it('deliver signed events for verdicts, the checked article and a publication, once each', async () => {
    // Arrange
    await register('all', `http://127.0.0.1:${port}/ok`, ['ArticleChecked', 'VerdictRecorded', 'VerdictPublished']);
    await register('flaky', `http://127.0.0.1:${port}/flaky`, ['VerdictRecorded']);
    const listed = (await call(stack.url, 'GET', '/webhooks', { token: editor })).body.items;
    expect(listed).toHaveLength(2);
    for (const h of listed) expect(h.secret).toBeUndefined();
    // Act: an article, every claim decided, one published.
    const sub = await call(stack.url, 'POST', '/articles', { token: submitter, body: {
      text: 'Nine civilians were killed and 14 wounded in an air strike on Tuesday, the civil defence said.', language: 'en', publishedAt: '2024-03-01',
    } });
    const article = await articleStatus(stack.url, reviewer, sub.body.articleId, ['AWAITING_REVIEW']);
    for (const c of article.claims) {
      const r = await call(stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: reviewer, body: { rating: 'true', note: 'internal: hospital list', expectedVersion: 0 } });
      expect(r.status).toBe(200);
    }
    await articleStatus(stack.url, reviewer, sub.body.articleId, ['CHECKED']);
    const first = article.claims[0].claimId;
    expect((await call(stack.url, 'POST', `/claims/${first}/publication`, { token: editor, body: { expectedVersion: 1 } })).status).toBe(200);
    // Assert
    const types = () => received.filter((r) => r.path === '/ok').map((r) => JSON.parse(r.body).type);
    await waitFor('all three kinds of event', async () => types().includes('ArticleChecked') && types().includes('VerdictPublished'));
    const ok = received.filter((r) => r.path === '/ok');
    for (const r of ok) {
      const ts = Number(r.headers['x-factcheck-timestamp']);
      const expected = `sha256=${createHmac('sha256', hooks.all.secret).update(`${ts}.${r.body}`).digest('hex')}`;
      expect(r.headers['x-factcheck-signature']).toBe(expected);
      expect(Math.abs(Date.now() / 1000 - ts)).toBeLessThan(120);
      expect(r.headers['x-factcheck-delivery']).toBe(JSON.parse(r.body).id);
      expect(r.body).not.toContain('internal: hospital list');
      expect(r.body).not.toContain('rami@desk');
    }
    const events = ok.map((r) => JSON.parse(r.body));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.filter((e) => e.type === 'VerdictRecorded')).toHaveLength(article.claims.length);
    expect(events.find((e) => e.type === 'ArticleChecked').data).toMatchObject({ articleId: sub.body.articleId, status: 'CHECKED', summary: { claims: article.claims.length, decided: article.claims.length } });
    expect(events.find((e) => e.type === 'VerdictPublished').data).toMatchObject({ claimId: first, version: 1, rating: 'true', url: expect.stringContaining(`/fact-checks/${first}`) });
    // A forged signature would not pass the receiver's check.
    const forged = createHmac('sha256', 'not-the-secret').update(`${ok[0].headers['x-factcheck-timestamp']}.${ok[0].body}`).digest('hex');
    expect(ok[0].headers['x-factcheck-signature']).not.toBe(`sha256=${forged}`);
  });

  it('page their delivery log newest first with the nextCursor of each page, as every other list (trial 5, finding 10)', async () => {
    const page = (name: string, query: string) => call(stack.url, 'GET', `/webhooks/${hooks[name].webhookId}/deliveries?${query}`, { token: editor });
    const whole = (await page('all', 'limit=100')).body;
    expect(whole.items.length).toBeGreaterThanOrEqual(4);
    expect(whole.nextCursor).toBeNull();
    const seen: string[] = [];
    const cursors: string[] = [];
    for (let cursor = ''; ;) {
      const r = await page('all', `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...r.body.items.map((d: any) => d.eventId));
      if (!r.body.nextCursor) break;
      cursors.push(cursor = r.body.nextCursor);
    }
    // Every delivery once, in the order of the whole list: newest first.
    expect(seen).toEqual(whole.items.map((d: any) => d.eventId));
    const created = whole.items.map((d: any) => d.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect(cursors).toHaveLength(Math.ceil(whole.items.length / 2) - 1);
    // A cursor is this webhook's, and one the API gave out.
    expect((await page('flaky', `cursor=${cursors[0]}`)).body.detail).toMatch(/^cursor: is not one this API gave out/);
    expect((await page('all', 'cursor=eyJ4IjoxfQ')).status).toBe(400);
  });

  it('are listed a page at a time (limit, cursor, nextCursor) as every other list; a cursor not given out is a 400', async () => {
    const whole = await call(stack.url, 'GET', '/webhooks', { token: editor });
    expect(whole.body.nextCursor).toBeNull();
    expect(whole.body.items.length).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    for (let cursor = '', pages = 0; pages < 20; pages++) {
      const r = await call(stack.url, 'GET', `/webhooks?limit=1${cursor ? `&cursor=${cursor}` : ''}`, { token: editor });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.items).toHaveLength(1);
      seen.push(r.body.items[0].webhookId);
      if (!r.body.nextCursor) break;
      cursor = r.body.nextCursor;
    }
    expect(seen).toEqual(whole.body.items.map((w: any) => w.webhookId));
    const bad = await call(stack.url, 'GET', '/webhooks?cursor=eyJ4IjoxfQ', { token: editor });
    expect([bad.status, bad.type, bad.body.detail]).toEqual([400, expect.stringContaining('application/problem+json'), expect.stringMatching(/^cursor: is not one this API gave out/)]);
    expect((await call(stack.url, 'GET', '/webhooks?limit=0', { token: editor })).status).toBe(400);
    expect((await call(stack.url, 'GET', '/webhooks?page=2', { token: editor })).status).toBe(400);
  });

  it('tries a failing receiver again with growing pauses, and logs every attempt', async () => {
    const log = await waitFor('the flaky receiver to get its first event', async () => {
      const items = await deliveries('flaky');
      const done = items.find((d) => d.log.length >= 3 && d.status === 'DELIVERED');
      return done?.log;
    }, 20_000);
    expect(log.map((a: any) => a.status)).toEqual([500, 500, 204]);
    const gaps = log.slice(1).map((a: any, i: number) => Date.parse(a.at) - Date.parse(log[i].at));
    expect(gaps[0]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeGreaterThanOrEqual(400);
  });

  it('are removed by an editor (204; then 404): gone from the list with their log, and a later event is not sent', async () => {
    // Arrange
    const gone = await register('gone', `http://127.0.0.1:${port}/gone`, ['VerdictRecorded']);
    const kept = await register('kept', `http://127.0.0.1:${port}/kept`, ['VerdictRecorded']);
    // Act, Assert
    await expectRemoved(stack.url, `/webhooks/${gone.webhookId}`, { editor, other: reviewer });
    expect((await call(stack.url, 'GET', `/webhooks/${gone.webhookId}/deliveries`, { token: editor })).status).toBe(404);
    const listed = (await call(stack.url, 'GET', '/webhooks', { token: editor })).body.items.map((h: any) => h.webhookId);
    expect(listed).toContain(kept.webhookId);
    expect(listed).not.toContain(gone.webhookId);
    // A verdict after the removal: the webhook kept gets it, the removed one nothing.
    const sub = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: 'Four fishermen were missing after the storm, the coast guard said on Friday.', language: 'en' } });
    const article = await articleStatus(stack.url, reviewer, sub.body.articleId, ['AWAITING_REVIEW']);
    const claimId = article.claims[0].claimId;
    expect((await call(stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: reviewer, body: { rating: 'true', expectedVersion: 0 } })).status).toBe(200);
    const delivered = await waitFor('the verdict at the webhook kept', async () =>
      (await deliveries('kept')).find((d) => d.status === 'DELIVERED' && d.event.data.claimId === claimId), 20_000);
    expect(delivered.event.type).toBe('VerdictRecorded');
    expect(received.filter((r) => r.path === '/kept').map((r) => JSON.parse(r.body).data.claimId)).toContain(claimId);
    expect(received.filter((r) => r.path === '/gone')).toEqual([]);
  });

  it('tell a webhook subscribed to VerdictWithdrawn that a fact-check was taken down; one not subscribed hears only the publications', async () => {
    // Arrange
    await register('down', `http://127.0.0.1:${port}/down`, ['VerdictWithdrawn']);
    await register('up', `http://127.0.0.1:${port}/up`, ['VerdictPublished']);
    const sub = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: 'Six workers were killed when the mine collapsed on Monday, officials said.', language: 'en' } });
    const article = await articleStatus(stack.url, reviewer, sub.body.articleId, ['AWAITING_REVIEW']);
    const claimId = article.claims[0].claimId;
    expect((await call(stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: reviewer, body: { rating: 'false', note: 'internal: call the mine', expectedVersion: 0 } })).status).toBe(200);
    // Act: publish, withdraw, publish again.
    expect((await call(stack.url, 'POST', `/claims/${claimId}/publication`, { token: editor, body: { expectedVersion: 1 } })).status).toBe(200);
    const withdrawn = await call(stack.url, 'DELETE', `/claims/${claimId}/publication`, { token: editor });
    expect(withdrawn.status).toBe(200);
    expect((await call(stack.url, 'POST', `/claims/${claimId}/publication`, { token: editor, body: { expectedVersion: 1 } })).status).toBe(200);
    // Assert
    const at = (path: string) => received.filter((r) => r.path === path && JSON.parse(r.body).data.claimId === claimId);
    await waitFor('the withdrawal at /down and both publications at /up', async () => at('/down').length >= 1 && at('/up').length >= 2, 20_000);
    const [down] = at('/down');
    const ts = Number(down.headers['x-factcheck-timestamp']);
    expect(down.headers['x-factcheck-signature']).toBe(`sha256=${createHmac('sha256', hooks.down.secret).update(`${ts}.${down.body}`).digest('hex')}`);
    expect(down.headers['x-factcheck-event']).toBe('VerdictWithdrawn');
    const event = JSON.parse(down.body);
    expect(down.headers['x-factcheck-delivery']).toBe(event.id);
    expect(event).toEqual({
      id: expect.stringMatching(/^evt-[0-9a-f]{32}$/), type: 'VerdictWithdrawn', time: withdrawn.body.publication.at,
      data: { articleId: sub.body.articleId, claimId, version: 1, url: expect.stringContaining(`/fact-checks/${claimId}`), withdrawnAt: withdrawn.body.publication.at },
    });
    expect(down.body).not.toMatch(/internal: call the mine|editor@desk|rami@desk/);
    // The url is the page the receiver mirrored from VerdictPublished: the same page, so it knows which copy to take down.
    const published = at('/up').map((r) => JSON.parse(r.body));
    expect(published.map((e) => e.type)).toEqual(['VerdictPublished', 'VerdictPublished']);
    expect(published.map((e) => e.data.url)).toEqual([event.data.url, event.data.url]);
    expect(new Set([...published.map((e) => e.id), event.id]).size).toBe(3);
    // Not subscribed: no delivery of it was ever made to /up (nor to /ok, subscribed to the other three).
    expect((await deliveries('up')).filter((d) => d.event.data.claimId === claimId).map((d) => d.type)).toEqual(['VerdictPublished', 'VerdictPublished']);
    expect(received.filter((r) => r.path !== '/down').map((r) => JSON.parse(r.body).type)).not.toContain('VerdictWithdrawn');
    expect(at('/down')).toHaveLength(1);
  });
});
