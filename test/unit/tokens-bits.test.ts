/**
 * The rules' typed-array reads (session 14): per token of the last interning tokenize, its word-class and kind bits
 * (tokenizedBits) and its word's row (tokenizedRows); per row, the answers of the number-valued memos (memoBits, in
 * wordBits). Each must give what the calls they replace give: wordClasses(t) and t.kind, and the memo's answer.
 */
import { describe, expect, it } from 'vitest';
import {
  BITS_WIDTH, TOKEN_NUM, TOKEN_WORD, bitsOf, bitsSlot, classBit, rowBase, rowsOf, memoBits, rowOf, setWordTableLimit, tokenBits, tokenize,
  tokenizedBits, tokenizedRows, wordBits, wordClass, wordClasses, type Token,
} from '../../lambdas/domain/text/tokens.ts';

// Classes true of some words, numbers and marks each (a tokenizer that gave numbers or marks no class bits fails).
const short = wordClass((w: string) => w.length === 1);
const endsInS = wordClass((w: string) => w.endsWith('s') || w.endsWith('5'));
const SHORT = classBit(short);
const ENDS_IN_S = classBit(endsInS);

const KIND = { word: TOKEN_WORD, num: TOKEN_NUM, punct: 0 } as const;

/** What each token's entries must be, from the calls they replace. */
const expected = (tokens: Token[]) => tokens.map((t) => wordClasses(t) | KIND[t.kind]);

const SENTENCES = [
  'Officials said 5 people, 12 soldiers and 1,700 others were killed on Jan. 3 (Reuters).',
  'قال مسؤولون إن 5 أشخاص قتلوا، وأصيب 12 آخرون في غزة؛ "بحسب" الوزارة 25% !',
  'a b c 7 8 9 . , ; : ! ? x-rays year’s it\'s',
];

describe('tokenizedBits and tokenizedRows', () => {
  it("hold each token's word classes and kind, and its row, at its index, for every kind of token", () => {
    for (const sentence of SENTENCES) {
      // Act
      const tokens = tokenize(sentence);
      const bits = Array.from(tokenizedBits().subarray(0, tokens.length));
      const rows = Array.from(tokenizedRows().subarray(0, tokens.length));
      // Assert: the calls they replace answer the same
      expect(bits).toEqual(expected(tokens));
      expect(bits).toEqual(tokens.map(tokenBits));
      expect(rows).toEqual(tokens.map(rowOf));
      expect(rows).toEqual(tokens.map((t) => ((t.c as number) | 0) - rowBase));
      expect(rows.every((r) => r >= 1)).toBe(true);
      for (let k = 0; k < tokens.length; k++) {
        expect((bits[k] & TOKEN_WORD) !== 0, tokens[k].t).toBe(tokens[k].kind === 'word');
        expect((bits[k] & TOKEN_NUM) !== 0, tokens[k].t).toBe(tokens[k].kind === 'num');
        expect((bits[k] & SHORT) !== 0, tokens[k].t).toBe(short(tokens[k].t));
        expect((bits[k] & ENDS_IN_S) !== 0, tokens[k].t).toBe(endsInS(tokens[k].t));
        expect(bits[k] >= 0 && bits[k] < 2 ** 30).toBe(true);
      }
    }
  });

  it('give the same row to the same word, and distinct rows to distinct words', () => {
    // Act
    const tokens = tokenize('the cat , the dog , 12 cat 12 .');
    const rows = Array.from(tokenizedRows().subarray(0, tokens.length));
    // Assert
    const byWord = new Map<string, Set<number>>();
    for (let k = 0; k < tokens.length; k++) byWord.set(tokens[k].t, (byWord.get(tokens[k].t) ?? new Set()).add(rows[k]));
    for (const [w, set] of byWord) expect(set.size, w).toBe(1);
    expect(new Set(rows).size).toBe(byWord.size);
  });

  it('hold a long sentence whole (the arrays grow), and the next sentence replaces the last', () => {
    // Arrange: more tokens than the arrays' first size, words, numbers and marks
    const long = Array.from({ length: 3000 }, (_, k) => (k % 3 === 0 ? `w${String.fromCharCode(97 + (k % 26), 97 + ((k / 26) | 0) % 26)}s` : k % 3 === 1 ? String(k) : ',')).join(' ');
    // Act
    const tokens = tokenize(long);
    const bits = Array.from(tokenizedBits().subarray(0, tokens.length));
    const rows = Array.from(tokenizedRows().subarray(0, tokens.length));
    const next = tokenize('s 5 .');
    const nextBits = Array.from(tokenizedBits().subarray(0, next.length));
    // Assert
    expect(tokens.length).toBe(3000);
    expect(bits).toEqual(expected(tokens));
    expect(rows).toEqual(tokens.map(rowOf));
    expect(nextBits).toEqual([TOKEN_WORD | SHORT | ENDS_IN_S, TOKEN_NUM | SHORT | ENDS_IN_S, SHORT]);
  });
});

describe('bitsOf and rowsOf', () => {
  it("are the last tokenize's arrays for its tokens, and computed for any other array of tokens", () => {
    // Arrange
    const tokens = tokenize(SENTENCES[0]);
    const rebuilt = [...tokens.filter((t) => t.kind !== 'punct'), { t: 'made', s: 0, e: 4, kind: 'word' as const, c: undefined }];
    const shorter = tokens.slice();
    shorter.pop();
    // Act / Assert: the same arrays for tokenize's own tokens
    expect(bitsOf(tokens)).toBe(tokenizedBits());
    expect(rowsOf(tokens)).toBe(tokenizedRows());
    // a rebuilt array, and a copy of tokenize's own (another array, indexed like itself)
    for (const other of [rebuilt, shorter]) {
      expect(bitsOf(other)).not.toBe(tokenizedBits());
      expect(Array.from(bitsOf(other))).toEqual(expected(other));
      expect(Array.from(rowsOf(other))).toEqual(other.map(rowOf));
    }
    // tokenize's own array once it changed length is another array too
    tokens.pop();
    expect(bitsOf(tokens)).not.toBe(tokenizedBits());
    expect(Array.from(bitsOf(tokens))).toEqual(expected(tokens));
  });
});

describe('memoBits', () => {
  it('answers as the function, for tokens and strings, calling it once per word, and keeps the answer at the row', () => {
    // Arrange
    const calls = new Map<string, number>();
    const vowels = memoBits((w: string) => {
      calls.set(w, (calls.get(w) ?? 0) + 1);
      return (/[aeiou]/.test(w) ? 1 : 0) | (w.length << 1);
    });
    const slot = bitsSlot(vowels);
    const truth = (w: string) => (/[aeiou]/.test(w) ? 1 : 0) | (w.length << 1);
    const text = 'the quick brown fox , 42 jumps over the lazy dog 42';
    for (let pass = 0; pass < 3; pass++) {
      // Act
      const tokens = tokenize(text);
      const rows = tokenizedRows();
      const before = tokens.map((_, k) => wordBits[rows[k] * BITS_WIDTH + slot]);
      const got = tokens.map((t) => vowels(t));
      const kept = tokens.map((_, k) => wordBits[rows[k] * BITS_WIDTH + slot]);
      // Assert: not kept before the first question, kept after it, and the function's answer
      if (pass === 0) expect(before.every((v) => v === -1)).toBe(true);
      else expect(before).toEqual(got);
      expect(got).toEqual(tokens.map((t) => truth(t.t)));
      expect(kept).toEqual(got);
    }
    expect(vowels('quick')).toBe(truth('quick'));
    expect(vowels('unseen')).toBe(truth('unseen'));
    for (const [w, n] of calls) expect(n, w).toBe(w === 'quick' ? 2 : 1); // (one for the tokens, one for the string)
  });

  it('answers a token made elsewhere (no id) and keeps it at its row', () => {
    // Arrange
    const len = memoBits((w: string) => w.length);
    const t: Token = { t: 'elsewhere', s: 0, e: 9, kind: 'word', c: undefined };
    const before = ((t.c as number) | 0) - rowBase;
    // Act
    const got = len(t);
    // Assert: no row before the question (rowBase's test fails), its row after
    expect(before).toBeLessThanOrEqual(0);
    expect(((t.c as number) | 0) - rowBase).toBe(rowOf(t));
    expect(got).toBe(9);
    expect(wordBits[rowOf(t) * BITS_WIDTH + bitsSlot(len)]).toBe(9);
  });

  it('refuses an answer that is not an integer in [0, 2 ** 30)', () => {
    // Arrange
    const answers: Record<string, unknown> = { minus: -1, half: 0.5, big: 2 ** 30, yes: true, none: undefined };
    const bad = memoBits((w: string) => (w in answers ? answers[w] : 0) as number);
    // Act / Assert
    for (const w of ['minus', 'half', 'big', 'yes', 'none']) {
      expect(() => bad(w), w).toThrow(/not an integer/);
      expect(() => bad({ t: w, s: 0, e: 0, kind: 'word', c: undefined }), w).toThrow(/not an integer/);
    }
    expect(bad('fine')).toBe(0);
  });

  it('keeps its answers right across clears of the word table, and never writes the blank row', () => {
    // Arrange: a small table, cleared every few hundred words
    const old = setWordTableLimit(300);
    try {
      const code = memoBits((w: string) => w.charCodeAt(w.length - 1));
      const slot = bitsSlot(code);
      let kept: Token = { t: '', s: 0, e: 0, kind: 'word', c: undefined };
      // Act / Assert
      for (let s = 0; s < 40; s++) {
        const text = Array.from({ length: 50 }, (_, k) => `w${(s * 37 + k * 11) % 900}x${k % 7}`).join(' ');
        const tokens = tokenize(text);
        const rows = tokenizedRows();
        // (A token of the sentence before, after a clear: no row by rowBase, its answer by the call.)
        if (s > 0) {
          const row = ((kept.c as number) | 0) - rowBase;
          let r = row > 0 ? wordBits[row * BITS_WIDTH + slot] : -1;
          if (r < 0) r = code(kept);
          expect(r).toBe(kept.t.charCodeAt(kept.t.length - 1));
        }
        for (let k = 0; k < tokens.length; k++) {
          let r = wordBits[rows[k] * BITS_WIDTH + slot];
          if (r < 0) r = code(tokens[k]);
          expect(r, tokens[k].t).toBe(tokens[k].t.charCodeAt(tokens[k].t.length - 1));
        }
        expect(Array.from(wordBits.subarray(0, BITS_WIDTH)).every((v) => v === -1)).toBe(true);
        kept = tokens[s % tokens.length];
      }
    } finally {
      setWordTableLimit(old);
    }
  });
});
