/**
 * What the table's TTL deletes (ops10, N8), on dynalite (the real DynamoDB protocol, and no TTL: as in AWS
 * before the sweep has run): a delivery that ended (DELIVERED, FAILED) carries `expiresAt` 30 days on, one still
 * PENDING none; a feed's item record 90 days after it was taken. Nothing waits for TTL: a record past its
 * `expiresAt` but still there works as before, and one deleted (as TTL does) brings no second article.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { documentClient } from '../../lambdas/adapters/dynamodb.ts';
import { EXPIRES_AT } from '../../lambdas/adapters/keys.ts';
import { pollFeed, subscribeFeed } from '../../lambdas/app/feeds.ts';
import { createWebhook, deliverDue, webhookDeliveries } from '../../lambdas/app/webhooks.ts';
import { MAX_ATTEMPTS } from '../../lambdas/domain/intake/events.ts';
import { ensureTable, startStore } from '../../lib/local/store.ts';
import { TABLE_SCHEMA } from '../../lib/table-schema.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { intakeDeps } from '../support/intake-deps.ts';

const TABLE = 'retention-test';
const DAY = 86_400;
let site: FixtureSite;
let store: Awaited<ReturnType<typeof startStore>>;
let db: ReturnType<typeof documentClient>;
let deps: Deps;
const starts: string[] = [];

beforeAll(async () => {
  site = await startFixtureSite();
  store = await startStore(join(mkdtempSync(join(tmpdir(), 'retention-')), 'db'));
  Object.assign(process.env, {
    TABLE_NAME: TABLE, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`,
  });
  await ensureTable(new DynamoDBClient({ endpoint: store.endpoint }), TABLE);
  db = documentClient(store.endpoint);
  deps = intakeDeps(store.endpoint, TABLE, site.port, starts);
});
afterAll(async () => {
  await store?.close();
  await site?.close();
});

const partition = async (pk: string) => (await db.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }))).Items ?? [];
const nowSeconds = () => Math.floor(Date.now() / 1000);

it('the attribute the code writes is the one the table expires by', () => {
  expect(TABLE_SCHEMA.timeToLiveAttribute).toBe(EXPIRES_AT);
});

describe('webhook deliveries', () => {
  it('an ended delivery expires 30 days after it ended, delivered or given up; a pending one does not', async () => {
    // Arrange: a receiver that takes /ok and answers 500 on /down; three deliveries due, one at its last attempt.
    site.route('/ret/ok', (req, res) => req.resume().on('end', () => res.writeHead(204).end()));
    site.route('/ret/down', (req, res) => req.resume().on('end', () => res.writeHead(500).end()));
    const ok = await createWebhook(deps, { url: `${site.base}/ret/ok`, events: ['VerdictRecorded'] }, 'ed');
    const down = await createWebhook(deps, { url: `${site.base}/ret/down`, events: ['VerdictRecorded'] }, 'ed');
    const due = new Date(Date.now() - 1000).toISOString();
    const delivery = (webhookId: string, eventId: string, attempts: number) => deps.intake.createDelivery({
      webhookId, eventId, type: 'VerdictRecorded', body: '{}', status: 'PENDING', attempts, dueAt: due, createdAt: due, log: [],
    });
    await delivery(ok.webhookId, 'evt-ret-delivered', 0);
    await delivery(down.webhookId, 'evt-ret-failed', MAX_ATTEMPTS - 1);
    await delivery(down.webhookId, 'evt-ret-pending', 0);
    const before = nowSeconds();
    // Act
    await deliverDue(deps);
    const after = nowSeconds();
    // Assert
    const [delivered] = (await webhookDeliveries(deps, ok.webhookId, { limit: 10 })).items;
    const byId = Object.fromEntries((await webhookDeliveries(deps, down.webhookId, { limit: 10 })).items.map((d) => [d.eventId, d]));
    expect([delivered.status, byId['evt-ret-failed'].status, byId['evt-ret-pending'].status]).toEqual(['DELIVERED', 'FAILED', 'PENDING']);
    for (const d of [delivered, byId['evt-ret-failed']]) {
      expect(d.expiresAt).toBeGreaterThanOrEqual(before + 30 * DAY);
      expect(d.expiresAt).toBeLessThanOrEqual(after + 30 * DAY);
    }
    expect(byId['evt-ret-pending']).not.toHaveProperty('expiresAt');
  });
});

describe("a feed's item records", () => {
  it('expire 90 days after the item was taken; one deleted (as TTL does) while the feed still lists it brings no second article', async () => {
    // Arrange
    site.route('/ret/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(`<rss version="2.0"><channel><title>R</title><item><link>${site.base}/ret/story</link><guid>ret-1</guid></item></channel></rss>`));
    const before = nowSeconds();
    const { feed } = await subscribeFeed(deps, `${site.base}/ret/feed.xml`, 'ed');
    const after = nowSeconds();
    const items = (await partition(`FEED#${feed.feedId}`)).filter((i) => String(i.SK).startsWith('ITEM#'));
    expect(items).toHaveLength(1);
    expect(items[0][EXPIRES_AT]).toBeGreaterThanOrEqual(before + 90 * DAY);
    expect(items[0][EXPIRES_AT]).toBeLessThanOrEqual(after + 90 * DAY);
    const started = starts.length;
    // Act: TTL deletes the record; the feed still lists the story.
    await db.send(new DeleteCommand({ TableName: TABLE, Key: { PK: items[0].PK, SK: items[0].SK } }));
    const poll = await pollFeed(deps, feed.feedId);
    // Assert: the story is the article it was (one link, one article; an article still PROCESSING is asked to start
    // again under its own execution name, a no-op when it runs); the poll says it was stored.
    expect(poll).toMatchObject({ status: 'ok' });
    expect(new Set(starts).size).toBe(new Set(starts.slice(0, started)).size);
    expect((await deps.intake.getFeed(feed.feedId))!.lastPollItems).toEqual({ new: 0, alreadyStored: 1 });
  });
});
