/**
 * The local stack's DynamoDB closes every LevelDB iterator it opens. dynalite 4.0.0 ended its query streams
 * with iterator.return(), which abstract-level 3 iterators do not have, so each Query and Scan left one open:
 * each pinned the memtables and table files of its moment in native memory until the store closed, and
 * `npm start` grew past 2 GB RSS over 100 articles (scripts/local-memory.mjs measures it). patches/ fixes
 * dynalite (patch-package, at npm ci); this fails if the fix is lost, e.g. on an upgrade of dynalite.
 * In a process of its own: the count wraps the Level class dynalite uses.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('every iterator a query or scan opens is closed once it is answered', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'test/support/store-iterators.ts')], {
    cwd: root,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const { queries, opened, closed } = JSON.parse(stdout.trim().split('\n').at(-1)!);
  expect(queries).toBeGreaterThan(300);
  // The count saw dynalite's reads (it wraps the class dynalite uses), at least one per query.
  expect(opened).toBeGreaterThanOrEqual(queries);
  expect(closed).toBe(opened);
});
