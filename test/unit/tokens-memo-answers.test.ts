/**
 * memoByWord and lookup cache a token's answer at its id; an undefined answer is cached as a marker symbol, told apart
 * from the answers by its type (see idVals), so an answer that is itself a symbol is not cached but still given.
 */
import { describe, expect, it } from 'vitest';
import { lookup, memoByWord, tokenize } from '../../lambdas/domain/text/tokens.ts';

describe('memoized answers of every type', () => {
  it('are given back as computed, undefined and symbols included, and computed once but for symbols', () => {
    // Arrange: a function whose answers are of every type, counting its calls per word
    const mark = Symbol('mark');
    const answers: Record<string, unknown> = { alpha: undefined, beta: null, gamma: 0, delta: '', epsilon: false, zeta: mark, eta: { n: 1 } };
    const calls = new Map<string, number>();
    const memo = memoByWord((w: string) => {
      calls.set(w, (calls.get(w) ?? 0) + 1);
      return answers[w];
    });
    const text = Object.keys(answers).join(' ');
    // Act: each word asked three times, through tokens of two tokenizations
    const seen: unknown[][] = [];
    for (let pass = 0; pass < 3; pass++) seen.push(tokenize(text).map((t) => memo(t)));
    // Assert
    for (const got of seen) expect(got).toEqual(Object.values(answers));
    for (const w of Object.keys(answers)) expect(calls.get(w), w).toBe(w === 'zeta' ? 3 : 1);
  });

  it('of a map, undefined and symbols included', () => {
    // Arrange
    const mark = Symbol('mark');
    const map = new Map<string, unknown>([['theta', mark], ['iota', 7]]);
    // Act
    const seen = [0, 1].map(() => tokenize('theta iota kappa').map((t) => lookup(map, t)));
    // Assert
    for (const got of seen) expect(got).toEqual([mark, 7, undefined]);
  });
});
