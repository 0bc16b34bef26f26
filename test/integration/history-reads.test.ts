/**
 * A claim's answers read the history they show, not all of it (desk10's "not fixed": every verdict of every claim
 * was read for one answer). On the real store (dynalite): a claim with a long history, published, withdrawn and
 * published again along the way. GET /claims/{id} shows the newest entries that fit and reads about as many; a page
 * of GET /claims/{id}/history read from a cursor deep in the history reads that page, not what lies after the
 * cursor; and the answers are the history as a whole read gives it: the same entries, in the same order, each once.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { Repository, strip } from '../../lambdas/adapters/dynamodb.ts';
import { getClaimHistory, getClaimView } from '../../lambdas/app/review.ts';
import type { Article, StoredClaim, Verdict } from '../../lambdas/domain/model.ts';
import { ensureTable, startStore, type LocalStore } from '../../lib/local/store.ts';
import { countingRepository } from '../support/read-count.ts';

// config() reads these on its first call.
const BOUND = 30_000;
process.env.TABLE_NAME = 'factcheck';
process.env.MAX_RESPONSE_BYTES = String(BOUND);

const ID = 'art-0000000000000000d00d';
const CLAIM = `${ID}.casualty-0-2`;
const staff = { sub: 'rana@desk', groups: ['reviewers'] };
/** What staff get: the claim with its history. */
type Staffed = { history: unknown[]; historyCount: number; historyCursor: string | null };
let store: LocalStore;
let db: DynamoDBDocumentClient;
let repo: Repository;
let claim: StoredClaim;
let clock = Date.UTC(2024, 4, 1);
/** Distinct, increasing times, as verdicts and publications get them one after another. */
const tick = () => new Date((clock += 1000)).toISOString();

/** Deps whose repository counts the items its Queries read. */
function counted() {
  const { repo: counting, seen } = countingRepository(db, 'factcheck');
  return { deps: { repo: counting } as unknown as Deps, seen };
}

let seq = 0;
/** Verdicts from..to of ~3 KB each; an editor publishes at 10 and 50 and withdraws at 30. */
async function revise(from: number, to: number) {
  for (let v = from; v <= to; v++) {
    const verdict: Verdict = { rating: v % 2 ? 'false' : 'misleading', note: `${v} ${'ن'.repeat(1500)}`, evidence: [], reviewer: 'rana@desk', at: tick() };
    await repo.appendVerdict(ID, CLAIM, v, verdict);
    await repo.applyVerdict(claim, v, verdict);
    const event = v === 10 || v === 50 ? 'published' : v === 30 ? 'withdrawn' : undefined;
    if (event) await repo.appendPublication(ID, CLAIM, { event, version: event === 'withdrawn' ? 10 : v, seq: ++seq, editor: 'hala@desk', at: tick() });
  }
}

/** The whole history as one read gives it, oldest first: every verdict and event, by time (a verdict before an event of its time). */
async function wholeHistory() {
  const res = await db.send(new QueryCommand({ TableName: 'factcheck', KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)', ExpressionAttributeValues: { ':pk': `ARTICLE#${ID}`, ':sk': `CLAIM#${CLAIM}#` }, ConsistentRead: true }));
  const items = res.Items ?? [];
  const verdicts = items.filter((i) => i.itemType === 'verdict').map((i) => strip(i)).sort((a: any, b: any) => a.version - b.version);
  const events = items.filter((i) => i.itemType === 'publication').sort((a, b) => a.seq - b.seq).map((i) => ({ event: i.event, version: i.version, editor: i.editor, at: i.at }));
  return [...verdicts, ...events].sort((a: any, b: any) => a.at.localeCompare(b.at));
}

/** Every page of GET /claims/{id}/history from `cursor`, `limit` entries a page. */
async function walk(deps: Deps, cursor: string | null, limit: number) {
  const out: unknown[] = [];
  while (cursor) {
    const page = await getClaimHistory(deps, CLAIM, { limit, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  }
  return out;
}

beforeAll(async () => {
  store = await startStore(join(mkdtempSync(join(tmpdir(), 'history-reads-')), 'db'));
  const client = new DynamoDBClient({ endpoint: store.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, 'factcheck');
  db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  repo = new Repository(db, 'factcheck');
  const now = tick();
  const article: Article = {
    articleId: ID, status: 'CHECKED', language: 'en', publishedAt: '2024-05-01', title: null, url: null, source: null,
    text: '12 civilians were killed, it said.', textHash: 'h', submittedBy: 'wire@desk', createdAt: now, updatedAt: now,
  };
  await repo.createArticle(article);
  claim = {
    id: 'casualty-0-2', type: 'casualty', text: '12', start: 0, end: 2, sentence: { start: 0, end: 34 },
    casualty: { kind: 'killed', min: 12, max: 12, qualifier: 'exact', group: 'civilians' }, checkworthiness: 0.9,
    claimId: CLAIM, articleId: ID, language: 'en', status: 'PENDING_REVIEW', version: 0, verdict: null,
    checks: { corroborations: [], conflicts: [], suggestedVerdict: null, priority: 0.9 }, matchKey: null, createdAt: now,
  };
  await repo.putNewClaims([claim]);
  await revise(1, 60);
}, 120_000);
afterAll(async () => store?.close());

describe("a claim's history", () => {
  it('GET /claims/{id} shows the newest entries that fit and reads about as many, however long the history', async () => {
    const first = counted();
    const view = (await getClaimView(first.deps, staff, CLAIM)) as unknown as Staffed;
    const whole = await wholeHistory();
    expect(whole).toHaveLength(63);
    // The newest entries that fit: one more would pass the bound.
    const k = view.history.length;
    expect(k).toBeGreaterThan(3);
    expect(k).toBeLessThan(whole.length);
    expect(view.history).toEqual(whole.slice(-k));
    expect(view.historyCount).toBe(63);
    const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
    const rest = bytes({ ...view, history: [], historyCursor: 'x'.repeat(2048) });
    const withOneMore = whole.slice(-k - 1).reduce((sum: number, e) => sum + bytes(e) + 1, rest);
    expect(withOneMore).toBeGreaterThan(BOUND);
    expect(withOneMore - bytes(whole.at(-k - 1)) - 1).toBeLessThanOrEqual(BOUND);
    // The older ones, from its cursor, page by page: each once, in order (newest first).
    expect(await walk(first.deps, view.historyCursor, 7)).toEqual(whole.slice(0, -k).reverse());

    const before = counted();
    await getClaimView(before.deps, staff, CLAIM);
    await revise(61, 140);
    const after = counted();
    const longer = (await getClaimView(after.deps, staff, CLAIM)) as unknown as Staffed;
    // 80 more verdicts: the same reads. The answer shows as many entries, and reads fewer than twice as many.
    expect(longer.historyCount).toBe(143);
    expect(longer.history).toHaveLength(k);
    expect(after.seen).toEqual(before.seen);
    expect(after.seen.items).toBeLessThan(2 * k + 5);
  });

  it('a page from a cursor deep in the history reads that page, not the entries after the cursor; every cursor leads on exactly', async () => {
    const whole = await wholeHistory();
    // One entry a page, from the newest: every entry's key is a cursor once (verdicts and events alike).
    const all = await walk(counted().deps, Buffer.from(`${CLAIM}#`).toString('base64url'), 1);
    expect(all).toEqual([...whole].reverse());
    // A page of 5 from a verdict's cursor and from an event's, deep in the history (100 and more entries after
    // them): each reads its page, a few verdicts to find where the cursor is, and the claim.
    const cursorOf = (key: string) => Buffer.from(`${CLAIM}#${key}`).toString('base64url');
    const at = whole.findIndex((e: any) => !e.event && e.version === 25);
    const withdrawal = whole.findIndex((e: any) => e.event === 'withdrawn');
    for (const [key, index] of [['V25', at], ['P2', withdrawal]] as const) {
      const deep = counted();
      const page = await getClaimHistory(deep.deps, CLAIM, { limit: 5, cursor: cursorOf(key) });
      expect(page.items).toEqual(whole.slice(index - 5, index).reverse());
      expect(whole.length - index).toBeGreaterThan(100);
      expect(deep.seen.items).toBeLessThan(30);
    }
  });
});
