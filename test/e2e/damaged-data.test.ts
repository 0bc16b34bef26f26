/**
 * A damaged data folder (issue #12, item 4): random bytes in DynamoDB's log used to be dropped silently (the
 * banner said "table created", every article answered 404); a truncated MANIFEST crashed with "Database is
 * closed". Now the local stack refuses to start, says what to do, and leaves the folder as it was.
 */
import { createHash } from 'node:crypto';
import { openSync, readdirSync, readFileSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleStatus, call, startStack } from '../support/local-stack.ts';

/** Name and hash of every file of the store, to show it was not changed. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => f !== 'LOG' && f !== 'LOG.old' && f !== 'LOCK')
  .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

async function stackWithAnArticle() {
  const stack = await startStack();
  const submitter = await stack.token('submitter');
  const { articleId } = (await call(stack.url, 'POST', '/articles', {
    token: submitter, body: { text: 'Six workers were killed when the scaffolding fell on Friday.', language: 'en', publishedAt: '2024-10-04' },
  })).body;
  await articleStatus(stack.url, submitter, articleId, ['AWAITING_REVIEW']);
  await stack.stop();
  return { dataDir: stack.dataDir, store: join(stack.dataDir, 'dynamodb'), articleId };
}

async function refused(dataDir: string) {
  const start = await startStack({ dataDir }).then(async (s) => {
    await s.stop();
    return 'started';
  }, (e: Error) => e.message);
  expect(start).toContain('exited with 2');
  expect(start).toContain('cannot be read whole');
  expect(start).toContain('move it aside');
  return start;
}

describe('a damaged data folder', () => {
  it('with random bytes in the DynamoDB log: refused, untouched, and the same again', async () => {
    // Arrange
    const { dataDir, store } = await stackWithAnArticle();
    const logFile = readdirSync(store).filter((f) => f.endsWith('.log')).sort((a, b) => statSync(join(store, b)).size - statSync(join(store, a)).size)[0];
    const fd = openSync(join(store, logFile), 'r+');
    writeSync(fd, Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256)), 0, 300, Math.floor(statSync(join(store, logFile)).size / 3));
    closeSync(fd);
    const before = snapshot(store);
    // Act / Assert: refused with the reason, twice (nothing was "repaired" by the first attempt).
    const first = await refused(dataDir);
    expect(first).toMatch(/LevelDB reports|does not open|is gone/);
    expect(snapshot(store)).toEqual(before);
    await refused(dataDir);
    expect(snapshot(store)).toEqual(before);
  });

  it('with a truncated MANIFEST: refused with what to do, not a crash', async () => {
    const { dataDir, store } = await stackWithAnArticle();
    const manifest = readdirSync(store).find((f) => f.startsWith('MANIFEST-'))!;
    truncateSync(join(store, manifest), Math.floor(statSync(join(store, manifest)).size / 2));
    const before = snapshot(store);
    const message = await refused(dataDir);
    expect(message).not.toContain('Database is closed');
    expect(snapshot(store)).toEqual(before);
  });

  it('whole: starts again with its articles', async () => {
    const { dataDir, articleId } = await stackWithAnArticle();
    const stack = await startStack({ dataDir });
    try {
      expect((await call(stack.url, 'GET', `/articles/${articleId}`, { token: await stack.token('submitter') })).status).toBe(200);
    } finally {
      await stack.stop();
    }
  });
});
