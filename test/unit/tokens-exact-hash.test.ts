/**
 * The tokenizer finds a word of at most PACKED_LENGTH letters a-z by its packed letters alone (a slot's key and 4th
 * number), without comparing its letters; any other word by its letters. Checked here on words that share hashes'
 * slots, prefixes, lengths and packings' high bits.
 */
import { describe, expect, it } from 'vitest';
import { PACKED_LENGTH, internedWord, setWordTableLimit, tokenize } from '../../lambdas/domain/text/tokens.ts';

/** The packing (see PACKED_LENGTH): two numbers, each a leading 1, then 5 bits a letter (the first 5 letters, the others). */
const half = (letters: string): number => [...letters].reduce((p, ch) => p * 32 + (ch.charCodeAt(0) - 96), 1);
const pack = (word: string): string => `${half(word.slice(0, 5))} ${half(word.slice(5))}`;

describe('words found by their packed letters', () => {
  it('pack one to one: two small integers (below 2 ** 30) for each word of at most PACKED_LENGTH letters a-z', () => {
    // Arrange: every word of up to 3 letters, and long words that differ in one letter only
    const words: string[] = [];
    const az = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of az) {
      words.push(a);
      for (const b of az) {
        words.push(a + b);
        for (const c of az) words.push(a + b + c);
      }
    }
    for (const ch of az) for (let at = 0; at < PACKED_LENGTH; at++) words.push('zzzzzzzzzz'.slice(0, at) + ch + 'zzzzzzzzzz'.slice(at + 1));
    // Act
    const packed = words.map(pack);
    // Assert
    expect(new Set(packed).size).toBe(new Set(words).size);
    expect(packed.every((p) => p.split(' ').every((n) => Number(n) < 2 ** 30))).toBe(true);
  });

  it('are the words they read, beside words of the same letters with others or beyond a-z', () => {
    // Arrange: words of 1 to 12 letters a-z, words of the same letters with a capital, an apostrophe, a hyphen, a letter
    // beyond ASCII, numbers, marks and Arabic, and words whose packings share their high bits
    const text = [
      "a an and the thé été of off offs 1 12 123 1,2 it's x-y في من عن ما و ab abc abcd é éé ééé",
      'abcdefghij abcdefghik abcdefghijk abcdefghijkl zzzzzzzzzz zzzzzzzzzy yzzzzzzzzz said saidx Said said- sa-id',
      'aaaaa aaaab baaaa aaaaaa aaaaab aaaaaaaaaa aaaaaaaaab aaaaaaaaaaa baaaaaaaaa killed kılled killéd',
    ].join(' ');
    // Act: twice, the second time every word is known; then again in a table small enough to grow and clear
    const seen = (limit: number) => {
      const old = setWordTableLimit(limit);
      try {
        for (let pass = 0; pass < 2; pass++) {
          const tokens = tokenize(text);
          // Assert
          expect(tokens.map((t) => internedWord(t))).toEqual(tokens.map((t) => text.slice(t.s, t.e)));
          expect(tokens.map((t) => t.t)).toEqual(tokens.map((t) => text.slice(t.s, t.e)));
        }
      } finally {
        setWordTableLimit(old);
      }
    };
    seen(200_000);
    seen(20);
  });
});
