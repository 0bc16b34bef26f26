/**
 * One link, one article, for articles stored before links were recorded: the search index rebuild, which walks
 * every article, writes the record that the first article stored at a link holds it. On the real local stack: the
 * records are taken out of the table as an older release left it, the editor rebuilds, and staff sending the
 * link again get the first article (200, sameLink) instead of a second one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { LINK_SK, linkPk } from '../../lambdas/adapters/keys.ts';
import { linkKeyFor } from '../../lambdas/adapters/ids.ts';
import { canonicalLink } from '../../lambdas/domain/intake/link.ts';
import { articleStatus, call, startStack, withStore, type RunningStack } from '../support/local-stack.ts';

let stack: RunningStack;
afterAll(async () => stack?.stop());
beforeAll(async () => {
  stack = await startStack();
}, 120_000);

const LINK = 'https://news.example.org/2024/06/02/market-fire';
const key = { TableName: 'factcheck', Key: { PK: linkPk(linkKeyFor(canonicalLink(LINK)!)), SK: LINK_SK } };

describe('link records for articles stored before them', () => {
  it('the rebuild gives the link to the first article stored at it; staff sending the link get that article', async () => {
    // Arrange: an editor's article at the link, then a submitter's own copy of it (same link, later).
    const editor = await stack.token('editor', 'maha@desk');
    const reviewer = await stack.token('reviewer', 'tariq@desk');
    const submitter = await stack.token('submitter', 'stringer');
    const text = 'The fire in the covered market on Sunday killed 4 people and injured 11, the civil defence said.';
    const first = await call(stack.url, 'POST', '/articles', { token: editor, body: { text, url: LINK, publishedAt: '2024-06-02' } });
    expect(first.status).toBe(202);
    await articleStatus(stack.url, editor, first.body.articleId, ['AWAITING_REVIEW', 'CHECKED']);
    const copy = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: `${text} Shops stayed shut on Monday.`, url: LINK, publishedAt: '2024-06-02' } });
    expect(copy.status).toBe(202);
    expect(copy.body.articleId).not.toBe(first.body.articleId);
    await articleStatus(stack.url, editor, copy.body.articleId, ['AWAITING_REVIEW', 'CHECKED']);
    // As an older release left the table: no link record.
    await stack.stop();
    await withStore(stack.dataDir, async (db) => {
      expect((await db.send(new GetCommand(key))).Item?.articleId).toBe(first.body.articleId);
      await db.send(new DeleteCommand(key));
    });
    stack = await startStack({ dataDir: stack.dataDir });

    // Act: the editor rebuilds the search index (newest article first, so the copy is met before the first).
    let cursor: string | undefined;
    do {
      const page = await call(stack.url, 'POST', '/search-index/rebuild', { token: editor, body: cursor ? { limit: 1, cursor } : { limit: 1 } });
      expect(page.status).toBe(200);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);

    // Assert: the first article holds the link again; a reviewer sending it gets that article, not a new one.
    const again = await call(stack.url, 'POST', '/articles', { token: reviewer, body: { url: `${LINK}#comments` } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ articleId: first.body.articleId, sameLink: true });
    await stack.stop();
    await withStore(stack.dataDir, async (db) => {
      expect((await db.send(new GetCommand(key))).Item).toMatchObject({ articleId: first.body.articleId, link: canonicalLink(LINK) });
    });
    stack = await startStack({ dataDir: stack.dataDir });
  }, 120_000);
});
