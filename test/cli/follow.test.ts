/**
 * `submit --wait` prints the article's status lines first, then its claims (trial 6, finding 13). A stack of
 * its own where CheckClaims fails (an injected transient fault, retried 6 times 300 ms apart, then the article
 * is FAILED): extraction has stored the claims, so for about two seconds the article is PROCESSING with
 * claims, which is when the order used to depend on which poll saw what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type RunningStack } from '../support/local-stack.ts';
import { cli } from './support.ts';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startStack({ env: { FACTCHECK_FAULTS: 'CheckClaims:transient:1', FACTCHECK_RETRY_INTERVAL_MS: '300' } });
}, 60_000);
afterAll(async () => stack?.stop());

describe('submit --wait', () => {
  it('prints every status line before the claims table, even when the claims are there while still PROCESSING', async () => {
    // Act
    const r = await cli(['submit', '-', '--wait', '--published', '2026-11-20', '--lang', 'en'], {
      env: { FACTCHECK_API: stack.url, FACTCHECK_DATA_DIR: stack.dataDir, FACTCHECK_TOKEN: '' },
      input: 'Seven people were killed when a shell hit the market in Tolvan on Monday, the civil defence said.',
    });
    // Assert
    const lines = r.stdout.split('\n');
    const statuses = lines.flatMap((l, i) => (/^status: /.test(l) ? [i] : []));
    const header = lines.findIndex((l) => /^claim id\s+type\s+value/.test(l));
    expect(lines.filter((l) => /^status: /.test(l)).at(-1), r.stdout).toBe('status: FAILED');
    expect(header, r.stdout).toBeGreaterThan(-1);
    expect(lines[header + 1], r.stdout).toMatch(/^art-[0-9a-f]{20}\.casualty-\d+-\d+\s+casualty\s+killed 7 people/);
    expect(Math.max(...statuses), r.stdout).toBeLessThan(header);
    expect(r.stdout.match(/^claim id/gm), r.stdout).toHaveLength(1);
  });
});
