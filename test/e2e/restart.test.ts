/** The local stack survives restarts, also a SIGKILL in the middle of the work, and times out reviews. */
import { describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ARTICLE_SK, articlePk, SEARCH_INDEX_PK, SEARCH_INDEX_SK } from '../../lambdas/adapters/keys.ts';
import { SEARCH_INDEX_VERSION } from '../../lambdas/domain/search.ts';
import { articleStatus, call, startStack, withStore } from '../support/local-stack.ts';

const article = (n: number) => ({
  text: `Officials said ${n + 3} police officers were killed and ${n + 10} injured in an attack on Monday.`,
  language: 'en',
  publishedAt: '2024-05-10',
  url: `https://example.org/e2e/restart/${n}`,
});

describe('restart', () => {
  it('loses nothing across a SIGKILL: verdicts stay, running articles carry on, nothing is duplicated', async () => {
    // Arrange: one article waiting for review with one verdict given, others just submitted.
    let stack = await startStack();
    let submitter = await stack.token('submitter');
    let reviewer = await stack.token('reviewer');
    const first = (await call(stack.url, 'POST', '/articles', { token: submitter, body: article(0) })).body.articleId;
    const waiting = await articleStatus(stack.url, submitter, first, ['AWAITING_REVIEW']);
    const decided = waiting.claims[0].claimId;
    expect((await call(stack.url, 'PUT', `/claims/${decided}/verdict`, { token: reviewer, body: { rating: 'false', note: 'two, not three', expectedVersion: 0 } })).status).toBe(200);
    const batch: string[] = [];
    for (let n = 1; n <= 5; n++) batch.push((await call(stack.url, 'POST', '/articles', { token: submitter, body: article(n) })).body.articleId);

    // Act: kill it mid-batch, start it again on the same data.
    await stack.kill();
    stack = await startStack({ dataDir: stack.dataDir });
    submitter = await stack.token('submitter');
    reviewer = await stack.token('reviewer');

    // Assert
    for (const id of batch) {
      const a = await articleStatus(stack.url, submitter, id, ['AWAITING_REVIEW']);
      expect(a.claims.map((c: any) => c.claimId)).toEqual([...new Set(a.claims.map((c: any) => c.claimId))]);
      expect(a.claims.length).toBe(3);
    }
    const claim = await call(stack.url, 'GET', `/claims/${decided}`, { token: reviewer });
    expect(claim.body).toMatchObject({ status: 'DECIDED', version: 1, verdict: { rating: 'false', note: 'two, not three' } });
    // The resumed article still finishes when its last claims are decided (a new task token after the restart).
    const resumed = await articleStatus(stack.url, submitter, first, ['AWAITING_REVIEW']);
    for (const c of resumed.claims.filter((c: any) => c.status === 'PENDING_REVIEW')) {
      expect((await call(stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: reviewer, body: { rating: 'true', expectedVersion: 0 } })).status).toBe(200);
    }
    const done = await articleStatus(stack.url, reviewer, first, ['CHECKED']);
    expect(done.summary).toMatchObject({ decided: 3, open: 0, ratings: { false: 1, true: 2 } });
    await stack.stop();
  });

  it('a graceful stop (Ctrl-C) in the middle of the work fails no article: the next start carries them all on', async () => {
    // Long articles (many claims each), so that their executions are still running when the stop comes.
    const long = (n: number) => ({
      ...article(n),
      text: Array.from({ length: 120 }, (_, i) => `Rescuers said ${i + n + 2} people were killed and ${i + 7} injured in the floods on Tuesday.`).join(' '),
    });
    let stack = await startStack();
    let submitter = await stack.token('submitter');
    const ids: string[] = [];
    for (let n = 20; n < 24; n++) ids.push((await call(stack.url, 'POST', '/articles', { token: submitter, body: long(n) })).body.articleId);

    await stack.stop(); // SIGTERM, as a Ctrl-C: the stack closes itself
    // A new table is at the current search index version from its first start: nothing to rebuild at the next.
    const marker = await withStore(stack.dataDir, async (db) => (await db.send(new GetCommand({ TableName: 'factcheck', Key: { PK: SEARCH_INDEX_PK, SK: SEARCH_INDEX_SK } }))).Item);
    expect(marker?.version).toBe(SEARCH_INDEX_VERSION);
    stack = await startStack({ dataDir: stack.dataDir });
    try {
      submitter = await stack.token('submitter');
      for (const id of ids) {
        const a = await articleStatus(stack.url, submitter, id, ['AWAITING_REVIEW', 'FAILED']);
        expect({ id, status: a.status, failure: a.failure }).toEqual({ id, status: 'AWAITING_REVIEW', failure: undefined });
        expect(a.summary.claims).toBeGreaterThan(0);
      }
    } finally {
      await stack.stop();
    }
  });

  it('counts the review time from when the article began to wait, not again from a restart', async () => {
    let stack = await startStack({ env: { REVIEW_TIMEOUT_SECONDS: '3600' } });
    const submitter = await stack.token('submitter');
    const id = (await call(stack.url, 'POST', '/articles', { token: submitter, body: article(30) })).body.articleId;
    await articleStatus(stack.url, submitter, id, ['AWAITING_REVIEW']);
    await stack.stop();
    const since = async () => withStore(stack.dataDir, async (db) => (await db.send(new GetCommand({ TableName: 'factcheck', Key: { PK: articlePk(id), SK: ARTICLE_SK } }))).Item?.awaitingSince);
    expect(Date.parse(await since())).toBeGreaterThan(Date.now() - 120_000);
    // It began to wait two hours ago (the laptop was off): its hour is over when the stack starts again.
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    await withStore(stack.dataDir, (db) => db.send(new UpdateCommand({
      TableName: 'factcheck', Key: { PK: articlePk(id), SK: ARTICLE_SK }, UpdateExpression: 'SET awaitingSince = :t', ExpressionAttributeValues: { ':t': twoHoursAgo },
    })));
    stack = await startStack({ dataDir: stack.dataDir, env: { REVIEW_TIMEOUT_SECONDS: '3600' } });
    try {
      await articleStatus(stack.url, await stack.token('submitter'), id, ['PARTIALLY_CHECKED'], 30_000);
    } finally {
      await stack.stop();
    }
    expect(await since()).toBe(twoHoursAgo); // the resumed wait kept when it began
  });

  it('ends the wait with PARTIALLY_CHECKED at the review timeout; later verdicts still complete the article', async () => {
    const stack = await startStack({ env: { REVIEW_TIMEOUT_SECONDS: '2' } });
    try {
      const submitter = await stack.token('submitter');
      const reviewer = await stack.token('reviewer');
      const id = (await call(stack.url, 'POST', '/articles', { token: submitter, body: article(9) })).body.articleId;
      const partial = await articleStatus(stack.url, submitter, id, ['PARTIALLY_CHECKED']);
      expect(partial.summary.open).toBe(3);
      for (const c of partial.claims) {
        expect((await call(stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: reviewer, body: { rating: 'unverifiable', expectedVersion: 0 } })).status).toBe(200);
      }
      const checked = await articleStatus(stack.url, reviewer, id, ['CHECKED']);
      expect(checked.summary).toMatchObject({ decided: 3, open: 0, ratings: { unverifiable: 3 } });
    } finally {
      await stack.stop();
    }
  });
});
