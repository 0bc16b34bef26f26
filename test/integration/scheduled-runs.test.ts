/**
 * Scheduled runs keep to their time (ops10, N4), on dynalite (the real DynamoDB protocol) and a local site:
 * poll-feeds starts a poll only while its budget has room for one more, oldest-polled feed first, so the next run
 * goes on where this one stopped; the webhook sweep tries due deliveries a few at a time, oldest due first, and
 * leaves what it did not reach due for the next sweep.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { pollAllFeeds, subscribeFeed } from '../../lambdas/app/feeds.ts';
import type { RunBudget } from '../../lambdas/app/run-budget.ts';
import { createWebhook, DELIVERY_CONCURRENCY, deliverDue, fanOut } from '../../lambdas/app/webhooks.ts';
import { ensureTable, startStore } from '../../lib/local/store.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { intakeDeps } from '../support/intake-deps.ts';

const TABLE = 'scheduled-runs-test';
let site: FixtureSite;
let store: Awaited<ReturnType<typeof startStore>>;
let deps: Deps;

beforeAll(async () => {
  site = await startFixtureSite();
  store = await startStore(join(mkdtempSync(join(tmpdir(), 'runs-')), 'db'));
  Object.assign(process.env, {
    TABLE_NAME: TABLE, AWS_ENDPOINT_URL_DYNAMODB: store.endpoint, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`,
  });
  await ensureTable(new DynamoDBClient({ endpoint: store.endpoint }), TABLE);
  deps = intakeDeps(store.endpoint, TABLE, site.port);
});
afterAll(async () => {
  await store?.close();
  await site?.close();
});

/** A run's clock that has room for `n` more starts, then none (as a Lambda near its timeout). */
const roomFor = (n: number): RunBudget => ({ remainingMs: () => (n-- > 0 ? 600_000 : 1_000) });
const hitsOf = (from: number, pattern: RegExp, to?: number) => site.hits.slice(from, to).filter((h) => pattern.test(h)).sort();
const rss = '<rss version="2.0"><channel><title>T</title></channel></rss>';

describe('poll-feeds within its time', () => {
  it('stops when the time is short and the next run begins with the feeds it did not reach', async () => {
    // Arrange: six feeds, each polled once as it was subscribed (f0 longest ago).
    for (let i = 0; i < 6; i++) {
      site.route(`/runs/f${i}.xml`, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss));
      await subscribeFeed(deps, `${site.base}/runs/f${i}.xml`, 'ed');
    }
    // Act: three runs with room for two polls each.
    const marks: number[] = [];
    const runs = [];
    for (let r = 0; r < 3; r++) {
      marks.push(site.hits.length);
      runs.push(await pollAllFeeds(deps, roomFor(2)));
    }
    marks.push(site.hits.length);
    // Assert: each run polled the two polled longest ago and said how many it left; together, every feed once.
    expect(runs).toEqual([{ feeds: 2, taken: 0, left: 4 }, { feeds: 2, taken: 0, left: 4 }, { feeds: 2, taken: 0, left: 4 }]);
    expect(hitsOf(marks[0], /^\/runs\//, marks[1])).toEqual(['/runs/f0.xml', '/runs/f1.xml']);
    expect(hitsOf(marks[1], /^\/runs\//, marks[2])).toEqual(['/runs/f2.xml', '/runs/f3.xml']);
    expect(hitsOf(marks[2], /^\/runs\//, marks[3])).toEqual(['/runs/f4.xml', '/runs/f5.xml']);
  });

  it('polls every feed when the time allows, a few at a time', async () => {
    const mark = site.hits.length;
    const run = await pollAllFeeds(deps, roomFor(100));
    expect(run).toEqual({ feeds: 6, taken: 0, left: 0 });
    expect(hitsOf(mark, /^\/runs\//)).toHaveLength(6);
  });

  it('the handler reads its time from the Lambda context, and has a budget without one (npm start in-process)', async () => {
    const { handler } = await import('../../lambdas/handlers/poll-feeds.ts');
    const mark = site.hits.length;
    // 14 s left: less than one poll may take (a fetch at its 10 s cap and 5 s after it), so none is started.
    expect(await handler({}, { getRemainingTimeInMillis: () => 14_000 })).toEqual({ feeds: 0, taken: 0, left: 6 });
    expect(await handler({}, { getRemainingTimeInMillis: () => 16_000 })).toEqual({ feeds: 6, taken: 0, left: 0 });
    expect(await handler({})).toEqual({ feeds: 6, taken: 0, left: 0 });
    expect(hitsOf(mark, /^\/runs\//)).toHaveLength(12);
  });
});

describe('the webhook sweep within its time', () => {
  let inFlight = 0;
  let most = 0;
  const received: string[] = [];
  beforeAll(() => {
    // A slow receiver: each delivery is answered after 150 ms.
    site.route('/runs/slow', (req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      req.resume();
      req.on('end', () => setTimeout(() => {
        inFlight--;
        received.push(String(req.headers['x-factcheck-delivery']));
        res.writeHead(204).end();
      }, 150));
    });
  });
  const dueDelivery = (webhookId: string, n: number) => {
    const due = new Date(Date.now() - 60_000 + n * 10).toISOString();
    return deps.intake.createDelivery({
      webhookId, eventId: `evt-runs-${String(n).padStart(3, '0')}`, type: 'VerdictRecorded', body: '{}', status: 'PENDING', attempts: 0, dueAt: due, createdAt: due, log: [],
    });
  };

  it('tries due deliveries several at a time, never more than DELIVERY_CONCURRENCY', async () => {
    const hook = await createWebhook(deps, { url: `${site.base}/runs/slow`, events: ['VerdictRecorded'] }, 'ed');
    for (let n = 0; n < 3 * DELIVERY_CONCURRENCY; n++) await dueDelivery(hook.webhookId, n);
    most = 0;
    // Act
    const swept = await deliverDue(deps, { budget: roomFor(1000) });
    // Assert: all delivered; more than one at a time, and no more than the bound.
    expect(swept).toEqual({ due: 3 * DELIVERY_CONCURRENCY, tried: 3 * DELIVERY_CONCURRENCY, left: 0 });
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(DELIVERY_CONCURRENCY);
    expect((await deps.intake.dueDeliveries(new Date().toISOString(), 100)).filter((d) => d.webhookId === hook.webhookId)).toEqual([]);
  });

  it('leaves what it could not reach due, and the next sweep begins with the oldest of it', async () => {
    const hook = await createWebhook(deps, { url: `${site.base}/runs/slow`, events: ['VerdictRecorded'] }, 'ed');
    for (let n = 100; n < 105; n++) await dueDelivery(hook.webhookId, n);
    received.length = 0;
    // Act
    const first = await deliverDue(deps, { budget: roomFor(2) });
    const stillDue = (await deps.intake.dueDeliveries(new Date().toISOString(), 100)).filter((d) => d.webhookId === hook.webhookId).map((d) => d.eventId);
    const sentFirst = [...received].sort();
    const second = await deliverDue(deps, { budget: roomFor(1) });
    // Assert
    expect(first).toMatchObject({ tried: 2, left: 3 });
    expect(sentFirst).toEqual(['evt-runs-100', 'evt-runs-101']);
    expect(stillDue).toEqual(['evt-runs-102', 'evt-runs-103', 'evt-runs-104']);
    expect(second).toMatchObject({ tried: 1, left: 2 });
    expect(received.at(-1)).toBe('evt-runs-102');
    expect(await deliverDue(deps, { budget: roomFor(1000) })).toMatchObject({ tried: 2, left: 0 });
  });

  it('a fan-out out of time leaves its deliveries to the sweep (written taken until their lease ends), not sent twice', async () => {
    await createWebhook(deps, { url: `${site.base}/runs/slow`, events: ['ArticleChecked'] }, 'ed');
    await createWebhook(deps, { url: `${site.base}/runs/slow`, events: ['ArticleChecked'] }, 'ed');
    received.length = 0;
    const out = await fanOut(deps, { id: 'evt-runs-fan', type: 'ArticleChecked', time: new Date().toISOString(), data: {} }, roomFor(1));
    expect(out).toEqual({ webhooks: 2, deliveries: 2 });
    expect(received).toEqual(['evt-runs-fan']);
    // The one not tried is held until its lease ends, so a sweep now does not send it...
    expect(await deliverDue(deps, { budget: roomFor(1000) })).toMatchObject({ tried: 0 });
    // ...and a sweep after the lease does, once.
    const later = { ...deps, now: () => new Date(Date.now() + 120_000).toISOString() };
    expect(await deliverDue(later, { budget: roomFor(1000) })).toMatchObject({ tried: 1 });
    expect(received).toEqual(['evt-runs-fan', 'evt-runs-fan']);
  });
});
