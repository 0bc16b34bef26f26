/**
 * Removing a feed or a webhook while the service is working, on dynalite (the real DynamoDB protocol): the
 * races a removal meets, made to happen here rather than waited for. A poll under way when its feed goes
 * records nothing and does not bring the feed back; a run that listed the feed before it went does not
 * fetch it; an event fanned out from a stale list of webhooks (the index lags in AWS) is not sent to a
 * removed one; a delivery written while its webhook went is dropped by the sweep, never sent.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { documentClient } from '../../lambdas/adapters/dynamodb.ts';
import { articleIdFor, linkKeyFor } from '../../lambdas/adapters/ids.ts';
import { IntakeStore } from '../../lambdas/adapters/intake-store.ts';
import { FEED_SUBMITTER, pollAllFeeds, pollFeed, removeFeed, subscribeFeed } from '../../lambdas/app/feeds.ts';
import { createWebhook, deliverDue, fanOut, removeWebhook, webhookDeliveries } from '../../lambdas/app/webhooks.ts';
import { NotFoundError } from '../../lambdas/domain/errors.ts';
import { canonicalLink } from '../../lambdas/domain/intake/link.ts';
import type { Feed, Webhook } from '../../lambdas/domain/intake/records.ts';
import { ensureTable, startStore } from '../../lib/local/store.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { intakeDeps } from '../support/intake-deps.ts';

const TABLE = 'removal-test';
let site: FixtureSite;
let store: Awaited<ReturnType<typeof startStore>>;
let db: ReturnType<typeof documentClient>;
let deps: Deps;

beforeAll(async () => {
  site = await startFixtureSite();
  store = await startStore(join(mkdtempSync(join(tmpdir(), 'removal-')), 'db'));
  Object.assign(process.env, {
    TABLE_NAME: TABLE, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`,
  });
  await ensureTable(new DynamoDBClient({ endpoint: store.endpoint }), TABLE);
  db = documentClient(store.endpoint);
  deps = intakeDeps(store.endpoint, TABLE, site.port);
});
afterAll(async () => {
  await store?.close();
  await site?.close();
});

/** Every item of a partition (the feed or webhook and what hangs under it). */
const partition = async (pk: string) => (await db.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }))).Items ?? [];
const rss = (items: string[]) => `<rss version="2.0"><channel><title>T</title>${items.map((u) => `<item><link>${u}</link><guid>${u}</guid></item>`).join('')}</channel></rss>`;
/** The store as a lagging index would show it: these lists, whatever is stored. */
const stale = (lists: { feeds?: Feed[]; webhooks?: Webhook[] }): Deps => {
  const intake = Object.create(deps.intake) as IntakeStore;
  if (lists.feeds) intake.listFeeds = async () => lists.feeds!;
  if (lists.webhooks) intake.listWebhooks = async () => lists.webhooks!;
  return { ...deps, intake };
};
const hits = (path: string) => site.hits.filter((h) => h === path).length;

describe('removing a feed', () => {
  it('goes with its item records; a second removal is not found', async () => {
    site.route('/r1.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([`${site.base}/r1/a`, `${site.base}/r1/b`])));
    const { feed } = await subscribeFeed(deps, `${site.base}/r1.xml`, 'ed');
    expect(feed.itemsTaken).toBe(2);
    expect(await partition(`FEED#${feed.feedId}`)).toHaveLength(3);
    await removeFeed(deps, feed.feedId);
    expect(await partition(`FEED#${feed.feedId}`)).toEqual([]);
    expect((await deps.intake.listFeeds()).map((f) => f.feedId)).not.toContain(feed.feedId);
    await expect(removeFeed(deps, feed.feedId)).rejects.toThrow(NotFoundError);
  });

  it('while its poll is under way: the poll records nothing and the feed stays gone', async () => {
    let feedId = '';
    let removeOnRead = false;
    site.route('/r2.xml', (_req, res) => {
      const answer = () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([]));
      // The editor's DELETE lands between the poll's lease and its record.
      if (removeOnRead) void removeFeed(deps, feedId).then(answer);
      else answer();
    });
    ({ feed: { feedId } } = await subscribeFeed(deps, `${site.base}/r2.xml`, 'ed'));
    removeOnRead = true;
    const r = await pollFeed(deps, feedId);
    expect(r).toMatchObject({ feedId, removed: true });
    expect(await deps.intake.getFeed(feedId)).toBeUndefined();
    expect(await partition(`FEED#${feedId}`)).toEqual([]);
  });

  it('while its fetch is under way: the new items it lists are not submitted (no article, no execution)', async () => {
    let feedId = '';
    let removeOnRead = false;
    const links = [`${site.base}/r5/a`, `${site.base}/r5/b`, `${site.base}/r5/c`];
    site.route('/r5.xml', (_req, res) => {
      const answer = () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(removeOnRead ? links : links.slice(0, 1)));
      // The feed answers after the editor's DELETE was answered (204), now listing two more stories.
      if (removeOnRead) void removeFeed(deps, feedId).then(answer);
      else answer();
    });
    const started: string[] = [];
    const counting: Deps = { ...deps, workflow: { ...deps.workflow, start: async (articleId: string) => void started.push(articleId) } as unknown as Deps['workflow'] };
    ({ feed: { feedId } } = await subscribeFeed(counting, `${site.base}/r5.xml`, 'ed'));
    expect(started).toHaveLength(1);
    removeOnRead = true;
    // Act
    const r = await pollFeed(counting, feedId);
    // Assert
    expect(r).toMatchObject({ feedId, removed: true, taken: 0 });
    expect(started).toHaveLength(1);
    for (const link of links.slice(1)) {
      expect(await deps.repo.articleOfLink(linkKeyFor(canonicalLink(link)!))).toBeUndefined();
      expect(await deps.repo.getArticle(articleIdFor({ url: link, submitter: FEED_SUBMITTER }))).toBeUndefined();
    }
    expect(await deps.intake.getFeed(feedId)).toBeUndefined();
    expect(await partition(`FEED#${feedId}`)).toEqual([]);
  });

  it('listed by a run before it went: not fetched, and the run goes on with the others', async () => {
    site.route('/r3.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([])));
    site.route('/r4.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([])));
    const gone = (await subscribeFeed(deps, `${site.base}/r3.xml`, 'ed')).feed as Feed;
    const kept = (await subscribeFeed(deps, `${site.base}/r4.xml`, 'ed')).feed as Feed;
    const before = [hits('/r3.xml'), hits('/r4.xml')];
    await removeFeed(deps, gone.feedId);
    const run = await pollAllFeeds(stale({ feeds: [gone, kept] }));
    expect(run.feeds).toBe(2);
    expect([hits('/r3.xml'), hits('/r4.xml')]).toEqual([before[0], before[1] + 1]);
    expect(await deps.intake.getFeed(gone.feedId)).toBeUndefined();
  });
});

describe('removing a webhook', () => {
  const received: string[] = [];
  const event = (n: number) => ({ id: `evt-removal-${n}`, type: 'VerdictRecorded' as const, time: new Date().toISOString(), data: { n } });

  beforeAll(() => {
    for (const path of ['/gone', '/kept']) {
      site.route(path, (req, res) => {
        req.resume();
        req.on('end', () => {
          received.push(`${path} ${req.headers['x-factcheck-delivery']}`);
          res.writeHead(204).end();
        });
      });
    }
  });

  it('goes with its deliveries; an event fanned out from a list that still shows it is not sent to it', async () => {
    const gone = await createWebhook(deps, { url: `${site.base}/gone`, events: ['VerdictRecorded'] }, 'ed');
    const kept = await createWebhook(deps, { url: `${site.base}/kept`, events: ['VerdictRecorded'] }, 'ed');
    await fanOut(deps, event(1));
    expect(received.sort()).toEqual(['/gone evt-removal-1', '/kept evt-removal-1']);
    const listed = await deps.intake.listWebhooks();
    // Act
    await removeWebhook(deps, gone.webhookId);
    const out = await fanOut(stale({ webhooks: listed }), event(2));
    // Assert
    expect(out).toEqual({ webhooks: 1, deliveries: 1 });
    expect(received.filter((r) => r.endsWith('evt-removal-2'))).toEqual(['/kept evt-removal-2']);
    expect(await partition(`WEBHOOK#${gone.webhookId}`)).toEqual([]);
    await expect(webhookDeliveries(deps, gone.webhookId, { limit: 10 })).rejects.toThrow(NotFoundError);
    await expect(removeWebhook(deps, gone.webhookId)).rejects.toThrow(NotFoundError);
    expect((await webhookDeliveries(deps, kept.webhookId, { limit: 10 })).items).toHaveLength(2);
  });

  it('a delivery written while its webhook went is dropped by the sweep, never sent', async () => {
    const hook = await createWebhook(deps, { url: `${site.base}/gone`, events: ['VerdictRecorded'] }, 'ed');
    await removeWebhook(deps, hook.webhookId);
    // As a fan-out that read the webhook just before the removal writes its delivery just after.
    const due = new Date(Date.now() - 1000).toISOString();
    expect(await deps.intake.createDelivery({
      webhookId: hook.webhookId, eventId: 'evt-removal-3', type: 'VerdictRecorded', body: '{}', status: 'PENDING', attempts: 0, dueAt: due, createdAt: due, log: [],
    })).toBe(true);
    const sent = received.length;
    // Act
    const swept = await deliverDue(deps);
    // Assert
    expect(swept).toMatchObject({ tried: 0 });
    expect(received.length).toBe(sent);
    expect(await partition(`WEBHOOK#${hook.webhookId}`)).toEqual([]);
    expect((await deps.intake.dueDeliveries(new Date().toISOString(), 50)).map((d) => d.webhookId)).not.toContain(hook.webhookId);
  });
});
