/**
 * Honest identities (issue #12): an article is its submitter's; a resubmission never changes what is
 * stored; a FAILED article starts again when sent again; a restart resumes only whole articles; verdicts
 * wait for a checked article; a submitter sees only their own articles, and no internal notes.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../lambdas/adapters/ids.ts';
import * as keys from '../../lambdas/adapters/keys.ts';
import { articleStatus, call, startStack, useStack, waitFor, withStore } from '../support/local-stack.ts';

const ctx = useStack('rana@desk');

const story = {
  text: 'The health ministry said 14 civilians were killed in an air strike on the market on Sunday.',
  language: 'en', publishedAt: '2024-07-08', url: 'https://example.org/identity/market', title: 'Market strike',
};

describe('who an article belongs to', () => {
  it('keeps one submitter\'s article apart from another\'s, and shows each only their own', async () => {
    // Arrange
    const alice = await ctx.stack.token('submitter', 'alice');
    const bob = await ctx.stack.token('submitter', 'bob');
    // Act: the same text and url from two submitters.
    const a = await call(ctx.stack.url, 'POST', '/articles', { token: alice, body: story });
    const b = await call(ctx.stack.url, 'POST', '/articles', { token: bob, body: story });
    // Assert
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body.articleId).not.toBe(b.body.articleId);
    const mine = await articleStatus(ctx.stack.url, alice, a.body.articleId, ['AWAITING_REVIEW']);
    expect(mine.submittedBy).toBe('alice');
    const claimId = mine.claims[0].claimId;
    expect((await call(ctx.stack.url, 'GET', `/articles/${a.body.articleId}`, { token: bob })).status).toBe(404);
    expect((await call(ctx.stack.url, 'GET', `/claims/${claimId}`, { token: bob })).status).toBe(404);
    expect((await call(ctx.stack.url, 'GET', `/articles/${a.body.articleId}`, { token: ctx.reviewer })).body.submittedBy).toBe('alice');
  });

  it('tells a submitter how many other reports agree or disagree with a claim, never which articles they are', async () => {
    // Arrange: two submitters report the same strike, with other counts.
    const carol = await ctx.stack.token('submitter', 'carol');
    const dan = await ctx.stack.token('submitter', 'dan');
    const base = { ...story, text: 'The health ministry said 6 civilians were killed in an air strike on the harbour on Monday.', publishedAt: '2024-09-20', url: 'https://example.org/identity/other-reports' };
    const first = (await call(ctx.stack.url, 'POST', '/articles', { token: carol, body: base })).body.articleId;
    await articleStatus(ctx.stack.url, carol, first, ['AWAITING_REVIEW']);
    const second = (await call(ctx.stack.url, 'POST', '/articles', { token: dan, body: { ...base, text: base.text.replace('6', '9'), url: 'https://news.example.net/identity/other-reports' } })).body.articleId;
    const theirs = await articleStatus(ctx.stack.url, dan, second, ['AWAITING_REVIEW']);
    const claim = theirs.claims.find((c: any) => c.type === 'casualty');
    // Act
    const staff = (await call(ctx.stack.url, 'GET', `/claims/${claim.claimId}`, { token: ctx.reviewer })).body;
    const seen = [
      (await call(ctx.stack.url, 'GET', `/claims/${claim.claimId}`, { token: dan })).body,
      (await call(ctx.stack.url, 'GET', `/articles/${second}`, { token: dan })).body.claims.find((c: any) => c.claimId === claim.claimId),
    ];
    // Assert: the desk sees carol's article; dan sees one conflict, and not whose.
    expect(staff.checks.conflicts.map((r: any) => r.articleId)).toEqual([first]);
    for (const c of seen) {
      expect(c.checks).toMatchObject({ conflicts: [], corroborations: [], conflictCount: 1, corroborationCount: 0 });
      expect(JSON.stringify(c)).not.toContain(first);
    }
  });

  it('never shows a submitter the internal note, the reviewer or the history of a verdict', async () => {
    const alice = await ctx.stack.token('submitter', 'alice');
    const { articleId } = (await call(ctx.stack.url, 'POST', '/articles', { token: alice, body: { ...story, url: 'https://example.org/identity/notes' } })).body;
    const article = await articleStatus(ctx.stack.url, alice, articleId, ['AWAITING_REVIEW']);
    const claimId = article.claims[0].claimId;
    const put = await call(ctx.stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'false', note: 'source: our hospital contact', expectedVersion: 0 } });
    expect(put.status).toBe(200);
    // The reviewer sees everything.
    const staff = (await call(ctx.stack.url, 'GET', `/claims/${claimId}`, { token: ctx.reviewer })).body;
    expect(staff.history).toHaveLength(1);
    expect(staff.verdict).toMatchObject({ note: 'source: our hospital contact', reviewer: 'rana@desk' });
    // The submitter sees neither in the claim nor in the article.
    for (const seen of [
      (await call(ctx.stack.url, 'GET', `/claims/${claimId}`, { token: alice })).body,
      (await call(ctx.stack.url, 'GET', `/articles/${articleId}`, { token: alice })).body,
    ]) {
      const text = JSON.stringify(seen);
      expect(text).not.toContain('hospital contact');
      expect(text).not.toContain('rana@desk');
      expect(text).not.toContain('"history"');
    }
    const own = (await call(ctx.stack.url, 'GET', `/articles/${articleId}`, { token: alice })).body;
    expect(own.summary.ratings.false).toBe(0);
    expect(own.claims.every((c: any) => c.verdict === null && c.checks.suggestedVerdict === null)).toBe(true);
  });

  it('answers 409 with the differences when the same article comes again with other metadata, and keeps what is stored', async () => {
    const alice = await ctx.stack.token('submitter', 'alice');
    const first = await call(ctx.stack.url, 'POST', '/articles', { token: alice, body: { ...story, url: 'https://example.org/identity/dated' } });
    const corrected = await call(ctx.stack.url, 'POST', '/articles', { token: alice, body: { ...story, url: 'https://example.org/identity/dated', publishedAt: '2024-07-09' } });
    const same = await call(ctx.stack.url, 'POST', '/articles', { token: alice, body: { text: story.text, url: 'https://example.org/identity/dated' } });
    expect([first.status, corrected.status, same.status]).toEqual([202, 409, 202]);
    expect(corrected.type).toContain('application/problem+json');
    expect(corrected.body).toMatchObject({ articleId: first.body.articleId, differences: { publishedAt: { stored: '2024-07-08', submitted: '2024-07-09' } } });
    expect(same.body.articleId).toBe(first.body.articleId);
    const stored = (await call(ctx.stack.url, 'GET', `/articles/${first.body.articleId}`, { token: alice })).body;
    expect([stored.publishedAt, stored.text]).toEqual(['2024-07-08', story.text]);
  });
});

describe('failed and broken articles', () => {
  it('refuses verdicts on a FAILED article, restarts it when sent again, and after a restart resumes only whole articles', { timeout: 180_000 }, async () => {
    // Arrange: a stack whose CheckClaims always fails (retried slowly), so the article stays PROCESSING
    // with its claims stored for a while, then FAILS.
    let stack = await startStack({ env: { FACTCHECK_FAULTS: 'CheckClaims:transient:1', FACTCHECK_RETRY_INTERVAL_MS: '1500' } });
    let alice = await stack.token('submitter', 'alice');
    const reviewer = await stack.token('reviewer');
    const failed = (await call(stack.url, 'POST', '/articles', { token: alice, body: story })).body.articleId;
    const verdictOn = async (a: any) => call(stack.url, 'PUT', `/claims/${a.claims[0].claimId}/verdict`, { token: reviewer, body: { rating: 'true', expectedVersion: 0 } });
    const processing = await waitFor('claims while PROCESSING', async () => {
      const a = (await call(stack.url, 'GET', `/articles/${failed}`, { token: reviewer })).body;
      return a.status === 'PROCESSING' && a.claims.length > 0 && a;
    });
    const early = await verdictOn(processing);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ articleStatus: 'PROCESSING', detail: expect.stringContaining('PROCESSING') });
    const dead = await articleStatus(stack.url, reviewer, failed, ['FAILED']);
    const refused = await verdictOn(dead);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ articleStatus: 'FAILED', detail: expect.stringContaining('FAILED') });
    expect((await call(stack.url, 'GET', `/claims/${dead.claims[0].claimId}`, { token: reviewer })).body).toMatchObject({ version: 0, history: [] });
    await stack.stop();
    // ... and an article item without its text, as an older version left it when killed between its writes.
    const broken = { ...story, url: 'https://example.org/identity/broken' };
    const brokenId = articleIdFor({ text: broken.text, url: broken.url, submitter: 'alice' });
    await withStore(stack.dataDir, (db) => db.send(new PutCommand({
      TableName: 'factcheck',
      Item: {
        PK: keys.articlePk(brokenId), SK: keys.ARTICLE_SK, itemType: 'article', articleId: brokenId, status: 'PROCESSING',
        language: 'en', publishedAt: broken.publishedAt, title: broken.title, url: broken.url, source: null, textHash: 'x',
        submittedBy: 'alice', createdAt: '2024-07-08T10:00:00.000Z', updatedAt: '2024-07-08T10:00:00.000Z',
        GSI1PK: keys.ACTIVE_PK, GSI1SK: keys.activeSk('2024-07-08T10:00:00.000Z', brokenId),
      },
    })));

    // Act: start again without faults.
    stack = await startStack({ dataDir: stack.dataDir });
    try {
      alice = await stack.token('submitter', 'alice');
      // Assert: the textless article was not resumed but marked FAILED with what to do.
      const textless = await articleStatus(stack.url, alice, brokenId, ['FAILED']);
      expect(textless.failure).toContain('submit it again');
      // Both start again when submitted again, and reach review.
      for (const [id, body] of [[failed, story], [brokenId, broken]] as const) {
        const again = await call(stack.url, 'POST', '/articles', { token: alice, body });
        expect(again.body).toMatchObject({ articleId: id, status: 'PROCESSING' });
        const done = await articleStatus(stack.url, alice, id, ['AWAITING_REVIEW', 'FAILED']);
        expect(done.status, done.failure).toBe('AWAITING_REVIEW');
        expect(done.text).toBe(body.text);
      }
    } finally {
      await stack.stop();
    }
  });
});
