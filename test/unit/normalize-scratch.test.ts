/**
 * codeUnits and the English fold write through buffers kept from call to call: each answer must be the text's own,
 * whatever longer or shorter text went through the buffer before it.
 */
import { describe, expect, it } from 'vitest';
import { codeUnits, normalizeForMatching, sentences } from '../../lambdas/domain/text/normalize.ts';

/** A text of n characters: ASCII words, curly quotes, a dash, an Arabic letter and a surrogate pair when asked. */
function textOf(n: number, seed: number, wide: boolean): string {
  const parts = ['word', ' ', '\u2019', 'Said', '.', '\n', '\u2014', '12', wide ? '\u0642' : 'q', wide ? '\ud83d\ude00' : 'x'];
  let s = '';
  for (let k = 0; s.length < n; k++) s += parts[(k * 7 + seed) % parts.length];
  return s.slice(0, n);
}

describe('buffers kept from call to call', () => {
  it('give each text its own code units, longer and shorter texts in turn', () => {
    // Arrange: lengths across the first buffer's 4,096 and past its doubling
    const lengths = [0, 1, 5, 4095, 4096, 4097, 3, 9000, 10, 20000, 2];
    for (const [k, n] of lengths.entries()) {
      const text = textOf(n, k, k % 2 === 1);
      // Act
      const units = codeUnits(text);
      // Assert
      expect(units.length).toBe(text.length);
      expect(Array.from(units)).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
    }
  });

  it('fold each English text with curly quotes and dashes on its own, longer and shorter texts in turn', () => {
    const lengths = [7, 5000, 12, 9000, 4096, 1];
    for (const [k, n] of lengths.entries()) {
      // Arrange: ASCII with curly quotes and dashes only (the fold to one byte a character)
      const text = textOf(n, k, false);
      // Act
      const { norm, map, drops } = normalizeForMatching(text);
      // Assert: as the character-by-character reading of the same text
      const expected = text.replace(/[\u2018\u2019]/g, "'").replace(/[\u2013\u2014]/g, '-').toLowerCase();
      expect(norm).toBe(expected);
      expect(map).toBeNull();
      expect(drops).toBeNull();
    }
  });

  it('cut the same sentences after a long text went through the buffer', () => {
    const short = 'One died. Two were hurt.\nA third fled.';
    const before = sentences(short);
    sentences(textOf(20000, 3, true));
    expect(sentences(short)).toEqual(before);
  });
});
