import { describe, expect, it } from 'vitest';
import { Flags } from '../../lambdas/domain/extract/flags.ts';

describe('Flags (per-token flags kept from sentence to sentence)', () => {
  it('gives zeroed flags for the next sentence, whatever the last one set', () => {
    const f = new Flags();
    const a = f.take(10);
    a.fill(1, 0, 12); // a scanner may set up to n + 1
    const b = f.take(5);
    for (let k = 0; k < 20; k++) expect(b[k]).toBe(0);
  });

  it('grows for a long sentence, and entries past it read 0', () => {
    const f = new Flags();
    f.take(3).fill(1, 0, 5);
    const long = f.take(1000);
    expect(long.length).toBeGreaterThanOrEqual(1002);
    expect(long.every((x) => x === 0)).toBe(true);
    long[999] = 1;
    long[1001] = 1;
    const next = f.take(999);
    expect(next[999]).toBe(0);
    expect(next[1001]).toBe(0);
  });
});
