/**
 * The tokenizer's word table: every word is interned once, and every answer cached for it (word sets,
 * memoized functions, word classes) stays that word's own while the table grows and is cleared.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { memoByWord, setWordTableLimit, tokenize, wordClass, wordSet, type Token } from '../../lambdas/domain/text/tokens.ts';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';

const DEFAULT_LIMIT = setWordTableLimit(200_000);
afterEach(() => setWordTableLimit(DEFAULT_LIMIT));

/** A word of its own for every n: letters only, so the tokenizer reads it as one word. */
const wordFor = (n: number) => `w${n.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[+d])}`;

describe('the word table', () => {
  it("keeps each word's answers its own while it grows and clears, whoever adds the word", () => {
    // Arrange: a small table, so 12,000 words make it grow and clear several times; half the words come
    // through the tokenizer, half as tokens made elsewhere (numbers, hand-made tokens), in turn.
    setWordTableLimit(5_000);
    const same = memoByWord((w: string) => `memo:${w}`);
    const odd = wordClass((w: string) => w.length % 2 === 1);
    const listed = wordSet(['wbc', 'wbd']);
    // Act
    const seen: Token[] = [];
    for (let n = 0; n < 12_000; n++) {
      const word = wordFor(n);
      const tok: Token = n % 2 ? tokenize(`${word} ${n}`)[0] : { t: word, s: 0, e: word.length, kind: 'word', c: undefined };
      const num: Token = { t: String(n), s: 0, e: 1, kind: 'num', c: undefined };
      // Assert: the answers are this word's, asked through the token (its cache) and again later
      expect(same(tok)).toBe(`memo:${word}`);
      expect(same(num)).toBe(`memo:${n}`);
      expect(odd(tok)).toBe(word.length % 2 === 1);
      expect(listed.contains(tok)).toBe(word === 'wbc' || word === 'wbd');
      seen.push(tok);
    }
    for (const tok of seen.slice(-3_000)) {
      expect(same(tok)).toBe(`memo:${tok.t}`);
      expect((tok.c as unknown as { word: string }).word).toBe(tok.t);
    }
  });

  it('reads the same tokens without interning them (a search query), sharing no cache', () => {
    const text = "وقال الناطق إن 12 شخصاً قتلوا، and the ministry's toll rose to 1,700.";
    const interned = tokenize(text);
    const plain = tokenize(text, 0, text.length, false);
    expect(plain.map(({ t, s, e, kind }) => ({ t, s, e, kind }))).toEqual(interned.map(({ t, s, e, kind }) => ({ t, s, e, kind })));
    expect(plain.every((t) => t.c === undefined)).toBe(true);
    expect(interned.filter((t) => t.kind === 'word').every((t) => t.c !== undefined)).toBe(true);
  });

  it('gives the same claims before and after the table is cleared under it', () => {
    const text = 'Yesterday five people were killed and 2068 were injured, the ministry said on Monday.';
    const before = extractClaims(text, { language: 'en', publishedAt: '2024-01-10' });
    setWordTableLimit(2_000);
    for (let round = 0; round < 3; round++) {
      tokenize(Array.from({ length: 2_500 }, (_, k) => wordFor(round * 10_000 + k)).join(' '));
      expect(extractClaims(text, { language: 'en', publishedAt: '2024-01-10' })).toEqual(before);
    }
    expect(before.map((c) => c.type)).toEqual(expect.arrayContaining(['casualty', 'date']));
    expect(before.find((c) => c.text.includes('2068'))?.casualty).toMatchObject({ kind: 'injured', min: 2068 });
  });
});
