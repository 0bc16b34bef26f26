/**
 * "Each item once" under overlapping polls, on dynalite (the real DynamoDB protocol): many polls of one
 * feed at the same moment, and polls whose leases are bypassed, take each item once and start one
 * execution per article. The workflow port records starts (no state machine is needed here).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { pollFeed, subscribeFeed } from '../../lambdas/app/feeds.ts';
import { ensureTable, startStore } from '../../lib/local/store.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { intakeDeps } from '../support/intake-deps.ts';

let site: FixtureSite;
let store: Awaited<ReturnType<typeof startStore>>;
let deps: Deps;
const starts: string[] = [];

beforeAll(async () => {
  site = await startFixtureSite();
  store = await startStore(join(mkdtempSync(join(tmpdir(), 'feeds-')), 'db'));
  Object.assign(process.env, {
    TABLE_NAME: 'feeds-test', AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', FACTCHECK_FEED_ITEMS_PER_POLL: '50',
    // As the stack is configured: subscribing checks the url against the same allow list the fetcher uses.
    FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`,
  });
  await ensureTable(new DynamoDBClient({ endpoint: store.endpoint }), 'feeds-test');
  deps = intakeDeps(store.endpoint, 'feeds-test', site.port, starts);
});
afterAll(async () => {
  await store?.close();
  await site?.close();
});

describe('overlapping polls', () => {
  it('lets one of many simultaneous polls read the feed; the others skip it', async () => {
    // Arrange: a feed of 30 items, subscribed (and polled once) then changed to 40.
    let n = 30;
    site.route('/grow.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Grow</title>${Array.from({ length: n }, (_, i) => `<item><link>${site.base}/grow/${i}</link><guid>g-${i}</guid></item>`).join('')}</channel></rss>`);
    });
    const { feed } = await subscribeFeed(deps, `${site.base}/grow.xml`, 'ed');
    expect(feed.itemsTaken).toBe(30);
    n = 40;
    // Act
    const results = await Promise.all(Array.from({ length: 6 }, () => pollFeed(deps, feed.feedId)));
    // Assert
    expect(results.filter((r) => !r.skipped)).toHaveLength(1);
    expect((await deps.intake.getFeed(feed.feedId))!.itemsTaken).toBe(40);
    expect(new Set(starts).size).toBe(40);
    expect(starts).toHaveLength(40);
  });

  it('takes each item once even when polls overlap past their lease (conditional item writes)', async () => {
    // Arrange: the same feed, its lease released before each of 5 simultaneous polls.
    site.route('/burst.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Burst</title>${Array.from({ length: 12 }, (_, i) => `<item><link>${site.base}/burst/${i}</link></item>`).join('')}</channel></rss>`);
    });
    const feedId = (await deps.intake.createFeed({
      feedId: 'feed-00000000000000000001', url: `${site.base}/burst.xml`, title: null, createdBy: 'ed', createdAt: new Date().toISOString(),
      lastPollAt: null, lastPollStatus: null, lastError: null, itemsTaken: 0, itemsListed: null, errors: [],
    })).feed.feedId;
    const noLease = { ...deps, intake: Object.assign(Object.create(deps.intake), { leasePoll: async () => true }) } as Deps;
    const before = starts.length;
    // Act
    await Promise.all(Array.from({ length: 5 }, () => pollFeed(noLease, feedId)));
    // Assert: 12 items taken in all, and one article (one id) per link however many polls submitted it.
    expect((await deps.intake.getFeed(feedId))!.itemsTaken).toBe(12);
    expect(new Set(starts.slice(before)).size).toBe(12);
  });
});

describe('what a poll reports (lastPollItems)', () => {
  it('counts the items this feed took at an earlier poll as already stored (trial 8, finding 34)', async () => {
    let n = 1;
    site.route('/known.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Known</title>${Array.from({ length: n }, (_, i) => `<item><link>${site.base}/known/${i}</link><guid>k-${i}</guid></item>`).join('')}</channel></rss>`);
    });
    const { feed } = await subscribeFeed(deps, `${site.base}/known.xml`, 'ed');
    expect(feed.lastPollItems).toEqual({ new: 1, alreadyStored: 0 });
    // The same one item listed again: 0 new, 1 already stored (it said 0 and 0).
    await pollFeed(deps, feed.feedId);
    expect((await deps.intake.getFeed(feed.feedId))!.lastPollItems).toEqual({ new: 0, alreadyStored: 1 });
    n = 3;
    await pollFeed(deps, feed.feedId);
    const after = (await deps.intake.getFeed(feed.feedId))!;
    expect([after.lastPollItems, after.itemsTaken, after.itemsListed]).toEqual([{ new: 2, alreadyStored: 1 }, 3, 3]);
  });
});
