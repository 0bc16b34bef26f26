/**
 * The tokenizer finds a word of at most EXACT_LENGTH ASCII code units by its hash and length alone, without
 * comparing its letters: that holds only while FNV-1a maps those strings one to one, checked here over all of them.
 */
import { describe, expect, it } from 'vitest';
import { EXACT_LENGTH, internedWord, tokenize } from '../../lambdas/domain/text/tokens.ts';

/** FNV-1a of code units as the tokenizer computes it (seed 0x811c9dc5, prime 0x01000193). */
function fnv(units: number[]): number {
  let h = 0x811c9dc5 | 0;
  for (const c of units) h = Math.imul(h ^ c, 0x01000193);
  return h;
}

describe('words found by hash and length alone', () => {
  it('have hashes of their own: FNV-1a is one to one on ASCII strings of each length up to EXACT_LENGTH', () => {
    for (let length = 1; length <= EXACT_LENGTH; length++) {
      // Arrange: every string of this length over code units 0-127
      const count = 128 ** length;
      const hashes = new Int32Array(count);
      const units = new Array<number>(length).fill(0);
      // Act
      for (let n = 0; n < count; n++) {
        for (let k = 0, m = n; k < length; k++, m = Math.floor(m / 128)) units[k] = m % 128;
        hashes[n] = fnv(units);
      }
      hashes.sort();
      // Assert: no two equal
      let same = 0;
      for (let n = 1; n < count; n++) if (hashes[n] === hashes[n - 1]) same++;
      expect(same, `length ${length}`).toBe(0);
    }
  });

  it('are the words they read, beside words beyond ASCII of the same hash class and length', () => {
    // Arrange: short ASCII words, numbers and marks beside short words with letters beyond ASCII ("é", Arabic),
    // and longer words that start alike
    const text = "a an and the thé été of off offs 1 12 123 1,2 it's x-y في من عن ما و ab abc abcd é éé ééé";
    // Act: twice, the second time every word is known
    for (let pass = 0; pass < 2; pass++) {
      const tokens = tokenize(text);
      // Assert
      expect(tokens.map((t) => internedWord(t))).toEqual(tokens.map((t) => text.slice(t.s, t.e)));
      expect(tokens.map((t) => t.t)).toEqual(tokens.map((t) => text.slice(t.s, t.e)));
    }
  });
});
