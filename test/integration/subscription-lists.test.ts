/**
 * GET /feeds and GET /webhooks page as the other lists (limit, cursor, nextCursor) and stay under the response
 * bound whatever their items hold (a feed carries ten errors of 500 characters, a webhook a 2,048-character url),
 * on dynalite (the real DynamoDB protocol). A bound of 6 KB (MAX_RESPONSE_BYTES) here, so a dozen items show what
 * a few hundred would at the default 1 MB.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { listFeeds } from '../../lambdas/app/feeds.ts';
import { listWebhooks } from '../../lambdas/app/webhooks.ts';
import { QueryParameterError } from '../../lambdas/domain/errors.ts';
import { ensureTable, startStore } from '../../lib/local/store.ts';
import { intakeDeps } from '../support/intake-deps.ts';

const TABLE = 'subscription-lists-test';
const BOUND = 6_000;
let store: Awaited<ReturnType<typeof startStore>>;
let deps: Deps;

beforeAll(async () => {
  store = await startStore(join(mkdtempSync(join(tmpdir(), 'lists-')), 'db'));
  Object.assign(process.env, { TABLE_NAME: TABLE, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', MAX_RESPONSE_BYTES: String(BOUND) });
  await ensureTable(new DynamoDBClient({ endpoint: store.endpoint }), TABLE);
  deps = intakeDeps(store.endpoint, TABLE, 1);
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  const hex = (i: number) => i.toString(16).padStart(20, '0');
  // Twelve of each, written out of order: a feed with ten 300-character errors (~3.5 KB), a webhook with a 1,500-character url.
  for (const i of [7, 2, 11, 0, 5, 9, 1, 3, 10, 6, 4, 8]) {
    await deps.intake.createFeed({
      feedId: `feed-${hex(i)}`, url: `https://news.example/feed/${i}.xml`, title: `Feed ${i}`, createdBy: 'ed', createdAt: at(i),
      lastPollAt: at(i), lastPollStatus: 'error', lastError: 'e'.repeat(300), itemsTaken: i, itemsListed: null, lastPollItems: null,
      errors: Array.from({ length: 10 }, (_, k) => ({ at: at(k), message: `${k} ${'x'.repeat(300)}` })), pollingUntil: at(99),
    });
    await deps.intake.createWebhook({
      webhookId: `hook-${hex(i)}`, url: `https://cms.example/hook/${i}?pad=${'p'.repeat(1500)}`, events: ['VerdictPublished'], secret: `secret-${i}`, createdBy: 'ed', createdAt: at(i),
    });
  }
});
afterAll(async () => {
  await store?.close();
});

/** Every page of a list, from no cursor to a null nextCursor, checking each page's size. */
async function pages(list: (page: { limit: number; cursor?: string }) => Promise<{ items: any[]; nextCursor: string | null }>, limit: number) {
  const out: { items: any[]; nextCursor: string | null }[] = [];
  for (let cursor: string | undefined; out.length < 50;) {
    const page = await list({ limit, cursor });
    expect(Buffer.byteLength(JSON.stringify(page))).toBeLessThanOrEqual(BOUND);
    out.push(page);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

describe('GET /feeds', () => {
  it('gives every feed once, oldest subscription first, each page under the bound, with the same fields as before', async () => {
    const all = await pages((p) => listFeeds(deps, p), 100);
    const ids = all.flatMap((p) => p.items.map((f) => f.feedId));
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `feed-${i.toString(16).padStart(20, '0')}`));
    expect(all.length).toBeGreaterThan(1);
    expect(all.at(-1)!.nextCursor).toBeNull();
    const first = all[0].items[0];
    expect(Object.keys(first).sort()).toEqual(['createdAt', 'createdBy', 'errors', 'feedId', 'itemsListed', 'itemsTaken', 'lastError', 'lastPollAt', 'lastPollItems', 'lastPollStatus', 'title', 'url']);
  });

  it('a page of `limit` has no next page when nothing follows, and one that leads to the rest otherwise', async () => {
    const [a, b] = [await listFeeds(deps, { limit: 1 }), await listFeeds(deps, { limit: 1, cursor: (await listFeeds(deps, { limit: 1 })).nextCursor! })];
    expect([a.items.length, b.items.length]).toEqual([1, 1]);
    expect(b.items[0].feedId).not.toBe(a.items[0].feedId);
    const onePerPage = await pages((p) => listFeeds(deps, p), 1);
    expect(onePerPage).toHaveLength(12);
  });

  it('refuses a cursor it did not give out, or one of another list (400)', async () => {
    const hookCursor = (await listWebhooks(deps, { limit: 1 })).nextCursor!;
    await expect(listFeeds(deps, { limit: 5, cursor: hookCursor })).rejects.toThrow(QueryParameterError);
    await expect(listFeeds(deps, { limit: 5, cursor: 'eyJ4IjoxfQ' })).rejects.toThrow(/cursor: is not one this API gave out/);
  });
});

describe('GET /webhooks', () => {
  it('gives every webhook once, oldest first, without secrets, each page under the bound', async () => {
    const all = await pages((p) => listWebhooks(deps, p), 100);
    const items = all.flatMap((p) => p.items);
    expect(items.map((w) => w.webhookId)).toEqual(Array.from({ length: 12 }, (_, i) => `hook-${i.toString(16).padStart(20, '0')}`));
    expect(all.length).toBeGreaterThan(1);
    expect(items.every((w) => !('secret' in w))).toBe(true);
    expect(Object.keys(items[0]).sort()).toEqual(['createdAt', 'createdBy', 'events', 'url', 'webhookId']);
  });

  it('refuses a feeds cursor (400)', async () => {
    const feedCursor = (await listFeeds(deps, { limit: 1 })).nextCursor!;
    await expect(listWebhooks(deps, { limit: 5, cursor: feedCursor })).rejects.toThrow(QueryParameterError);
  });
});
