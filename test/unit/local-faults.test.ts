import { describe, expect, it } from 'vitest';
import { hashToUnit, parseFaults } from '../../lib/local/step-functions.ts';

describe('fault injection settings', () => {
  it('parses STATE:mode:rate lists and refuses anything else', () => {
    expect(parseFaults('ExtractClaims:transient:0.3,CheckClaims:permanent:1')).toEqual([
      { state: 'ExtractClaims', mode: 'transient', rate: 0.3 },
      { state: 'CheckClaims', mode: 'permanent', rate: 1 },
    ]);
    expect(parseFaults(undefined)).toEqual([]);
    for (const bad of ['ExtractClaims', 'X:sometimes:0.5', 'X:transient:2', 'X:transient:abc']) expect(() => parseFaults(bad)).toThrow(/FACTCHECK_FAULTS/);
  });

  it('decides faults by a repeatable hash, uniform over [0, 1)', () => {
    const n = 20000;
    const xs = Array.from({ length: n }, (_, i) => hashToUnit(`execution:art-${i}|Normalize|${(i % 7) + 1}|transient`));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const below = xs.filter((x) => x < 0.25).length / n;
    expect(below).toBeGreaterThan(0.23);
    expect(below).toBeLessThan(0.27);
    expect(hashToUnit('same key')).toBe(hashToUnit('same key'));
  });
});
