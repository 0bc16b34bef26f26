/**
 * The tokenizer's word table: every word is interned once, and every answer cached for it (word sets,
 * memoized functions, word classes) stays that word's own while the table grows and is cleared.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classBit, internedWord, memoByWord, setWordTableLimit, tokenize, wordClass, wordClasses, wordSet, type Token } from '../../lambdas/domain/text/tokens.ts';
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
      expect(internedWord(tok)).toBe(tok.t);
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

  it('cuts every text where the interning tokenizer does (two loops of their own: they must not drift apart)', () => {
    // Texts drawn from the characters where the cuts are decided: digits and their separators, the inner ' and -,
    // letters of both scripts, marks, spaces, punctuation and characters past the class table.
    const alphabet = ['1', '7', ',', '.', "'", '-', 'a', 'Z', 'é', 'ق', 'ل', '\u064b', ' ', '\n', '؛', '!', '(', '\u3042', '\u4e00', '٣'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length;
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from({ length: 1 + (n % 23) }, next).map((k) => alphabet[k]).join('');
      const cuts = (tokens: ReturnType<typeof tokenize>) => tokens.map(({ t, s, e, kind }) => `${kind}:${s}-${e}:${t}`);
      expect(cuts(tokenize(text, 0, text.length, false)), JSON.stringify(text)).toEqual(cuts(tokenize(text)));
    }
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

  it('clears only when the next text is tokenized: a sentence in progress keeps its ids, tokens kept from before a clear are asked again', () => {
    setWordTableLimit(100);
    const echo = memoByWord((w: string) => `echo:${w}`);
    const long = wordClass((w: string) => w.length > 3);
    // Arrange: one sentence of 300 new words, three times the limit
    const first = tokenize(Array.from({ length: 300 }, (_, k) => wordFor(1_000 + k)).join(' '));
    // Assert: no clear under it: every token still names its own word, and answers its own
    expect(first.every((t) => internedWord(t) === t.t)).toBe(true);
    expect(first.every((t) => echo(t) === `echo:${t.t}` && long(t) === t.t.length > 3)).toBe(true);
    // Act: the next text clears the table, and its words take the first ids again
    const second = tokenize(Array.from({ length: 50 }, (_, k) => wordFor(5_000 + k)).join(' '));
    expect(second.every((t) => echo(t) === `echo:${t.t}`)).toBe(true);
    // Assert: the first sentence's tokens are of the cleared table: answered again for their own word
    expect(internedWord(first[0])).toBeUndefined();
    expect(first.every((t) => echo(t) === `echo:${t.t}` && long(t) === t.t.length > 3)).toBe(true);
    expect(first.every((t) => internedWord(t) === t.t)).toBe(true);
  });

  it('tells apart words of the same hash and length, and keeps long words whole', () => {
    // Arrange: two words of ten letters whose 32-bit FNV-1a hashes (the table's hash) are equal
    const fnv = (w: string) => { let h = 0x811c9dc5 | 0; for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193); return h; };
    const [a, b] = ['reherrqgkx', 'robosrrrce'];
    expect(fnv(a)).toBe(fnv(b));
    const lengthy = 'internationally-recognized';
    const echo = memoByWord((w: string) => `echo:${w}`);
    // Act
    const tokens = tokenize(`${a} ${b} ${lengthy} ${b} ${a} ${lengthy.toUpperCase().toLowerCase()}`);
    // Assert
    expect(tokens.map((t) => t.t)).toEqual([a, b, lengthy, b, a, lengthy]);
    expect(tokens.map((t) => echo(t))).toEqual([a, b, lengthy, b, a, lengthy].map((w) => `echo:${w}`));
    expect(tokens[0].c).toBe(tokens[4].c);
    expect(tokens[1].c).toBe(tokens[3].c);
    expect(tokens[0].c).not.toBe(tokens[1].c);
    expect(tokens[2].c).toBe(tokens[5].c);
  });

  it('answers several word classes with one read: classBit names a class in wordClasses', () => {
    const short = wordClass((w: string) => w.length < 4);
    const vowel = wordClass((w: string) => /^[aeiou]/.test(w));
    const [cat, apple] = tokenize('cat apple');
    expect(wordClasses(cat) & classBit(short)).not.toBe(0);
    expect(wordClasses(cat) & classBit(vowel)).toBe(0);
    expect(wordClasses(apple) & classBit(short)).toBe(0);
    expect(wordClasses(apple) & classBit(vowel)).not.toBe(0);
    expect(() => classBit((x: Token | string) => !!x)).toThrow();
  });

  it('ends words and numbers at the range end, and at the text end, as anywhere else', () => {
    const cut = (text: string, to = text.length) => tokenize(text, 0, to).map((t) => `${t.kind}:${t.t}`);
    expect(cut("the ministry's")).toEqual(['word:the', "word:ministry's"]);
    expect(cut("the ministry'")).toEqual(['word:the', 'word:ministry']);
    expect(cut('toll: 1,700')).toEqual(['word:toll', 'punct::', 'num:1,700']);
    expect(cut('toll: 1,700,')).toEqual(['word:toll', 'punct::', 'num:1,700', 'punct:,']);
    expect(cut('toll: 1,700.5 dead', 11)).toEqual(['word:toll', 'punct::', 'num:1,700']);
    expect(cut('thirty-three killed', 7)).toEqual(['word:thirty']);
    expect(cut('thirty-three killed', 8)).toEqual(['word:thirty-t']);
    expect(cut('قتل 12 شخصاً', 11)).toEqual(['word:قتل', 'num:12', 'word:شخصا']);
  });

  it('interns numbers as it reads them, as words: one id and one answer per number', () => {
    let calls = 0;
    const twice = memoByWord((w: string) => { calls++; return w.replace(/,/g, '') + '!'; });
    const [a, , b] = tokenize('1,700 and 1,700');
    const [c] = tokenize('1,700 more');
    expect([a.kind, a.t, b.t, c.t]).toEqual(['num', '1,700', '1,700', '1,700']);
    expect(a.c).not.toBeUndefined();
    expect(internedWord(a)).toBe('1,700');
    expect(b.c).toBe(a.c);
    expect(c.c).toBe(a.c);
    expect([twice(a), twice(b), twice(c)]).toEqual(['1700!', '1700!', '1700!']);
    expect(calls).toBe(1);
    expect(tokenize('1,700', 0, 5, false)[0].c).toBeUndefined();
  });
});
