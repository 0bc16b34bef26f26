import { normalizeWord } from './normalize.ts';

/** A token of a normalized sentence: a number, a word or a punctuation mark, with normalized offsets. */
export interface Token {
  t: string;
  s: number;
  e: number;
  kind: 'num' | 'word' | 'punct';
  /** Answers about this word, shared by every token of the same word (see cacheOf). */
  c?: WordCache;
}

/**
 * Per distinct word, the answers of every word set, map and memoized function asked about it so far:
 * the tokenizer interns each word once (see internSlot), then each question is an array read. News
 * vocabulary repeats, so after a few sentences the extractor computes almost nothing twice.
 */
interface WordCache {
  sets: Int8Array; // 0 = not asked yet, 1 = member, -1 = not
  vals: unknown[];
  /** One bit per word class (see wordClass), all answered at the first question; -1 = not yet. */
  classes: number;
  /** How many classes `classes` answers (a class made later is answered again). */
  classCount: number;
  word: string;
}
const MAX_SETS = 128;
/**
 * Memoized functions and maps; their answers sit in a packed array of this size (no holes to read). One made
 * beyond it still answers, uncached per word.
 */
const MAX_VALS = 32;
const UNSET = Symbol('unset');
let nextSetSlot = 0;
let nextValSlot = 0;
const newValSlot = (): number => (nextValSlot < MAX_VALS ? nextValSlot++ : -1);

const newCache = (word: string): WordCache => ({ sets: new Int8Array(MAX_SETS), vals: new Array(MAX_VALS).fill(undefined), classes: -1, classCount: 0, word });

/**
 * The words seen so far, interned: an open-addressing table keyed by a hash the tokenizer computes while it
 * reads the word's letters, so a known word is neither copied out of the text nor hashed again. Cleared
 * when it holds too many words (a long-running process reading endless vocabulary).
 */
let maxWords = 200_000;
let wordSlots = 1 << 12;
let wordKeys: (string | undefined)[] = new Array(wordSlots);
let wordHashes = new Int32Array(wordSlots);
let wordCaches: WordCache[] = new Array(wordSlots);
let wordCount = 0;

/** For tests: a small limit makes the table grow and clear within a few thousand words. Returns the old one. */
export function setWordTableLimit(max: number): number {
  const old = maxWords;
  maxWords = max;
  clearWords();
  return old;
}

const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const HASH_SEED = 0x811c9dc5 | 0;

function sameWord(key: string, norm: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== norm.charCodeAt(start + k)) return false;
  return true;
}

/** The slot of norm[start, end) (hash h) in the word table, added if new. */
function internSlot(norm: string, start: number, end: number, h: number): number {
  let mask = wordSlots - 1;
  let i = h & mask;
  for (let key = wordKeys[i]; key !== undefined; key = wordKeys[i]) {
    if (wordHashes[i] === h && sameWord(key, norm, start, end)) return i;
    i = (i + 1) & mask;
  }
  if (wordCount >= maxWords) clearWords();
  if ((wordCount + 1) * 2 > wordSlots) growWords();
  mask = wordSlots - 1;
  i = h & mask;
  while (wordKeys[i] !== undefined) i = (i + 1) & mask;
  wordKeys[i] = norm.slice(start, end);
  wordHashes[i] = h;
  wordCaches[i] = newCache(wordKeys[i]!);
  wordCount++;
  return i;
}

function growWords() {
  const [keys, hashes, caches] = [wordKeys, wordHashes, wordCaches];
  wordSlots *= 2;
  wordKeys = new Array(wordSlots);
  wordHashes = new Int32Array(wordSlots);
  wordCaches = new Array(wordSlots);
  const mask = wordSlots - 1;
  for (let j = 0; j < keys.length; j++) {
    if (keys[j] === undefined) continue;
    let i = hashes[j] & mask;
    while (wordKeys[i] !== undefined) i = (i + 1) & mask;
    wordKeys[i] = keys[j];
    wordHashes[i] = hashes[j];
    wordCaches[i] = caches[j];
  }
}

function clearWords() {
  wordSlots = 1 << 12;
  wordKeys = new Array(wordSlots);
  wordHashes = new Int32Array(wordSlots);
  wordCaches = new Array(wordSlots);
  wordCount = 0;
}

/** The cache of a token's word: set by the tokenizer, or looked up for tokens made elsewhere. */
function cacheOf(tok: Token): WordCache {
  let c = tok.c;
  if (c) return c;
  let h = HASH_SEED;
  for (let k = 0; k < tok.t.length; k++) h = hashStep(h, tok.t.charCodeAt(k));
  // The slot first: adding the word may grow or clear the table, and so replace the arrays read after.
  const slot = internSlot(tok.t, 0, tok.t.length, h);
  c = wordCaches[slot];
  tok.c = c;
  return c;
}
const wordOf = (x: string | Token) => (typeof x === 'string' ? x : x.t);

/** Character classes of the tokenizer, by UTF-16 code unit below 0x3000: 1 letter, 2 digit, 3 punctuation. */
const CLASS = new Uint8Array(0x3000);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) CLASS[c] = 2;
  else if (/[\p{L}\p{M}]/u.test(ch)) CLASS[c] = 1;
  else if ('،,;:.!?؛()"%٪[]…'.includes(ch)) CLASS[c] = 3;
}
const classOf = (c: number) => (c < 0x3000 ? CLASS[c] : /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 0);
/** Punctuation tokens, one string each (no copy out of the text). */
const PUNCT: string[] = [];
for (let c = 0; c < 0x3000; c++) if (CLASS[c] === 3) PUNCT[c] = String.fromCharCode(c);

/**
 * Numbers ("1,700", "3.5"), words (with inner ' or -: "year's", "thirty-three") and punctuation, in [from, to).
 * Words are interned as they are read: a token of a known word shares its string and its cache. With `intern`
 * false (a search query, whose words no rule asks about) words are only copied out.
 */
export function tokenize(norm: string, from = 0, to = norm.length, intern = true): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c0 = norm.charCodeAt(i);
    const cls = classOf(c0);
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    if (cls === 3) {
      tokens.push({ t: PUNCT[c0], s: i, e: i + 1, kind: 'punct', c: undefined });
      i++;
      continue;
    }
    if (cls === 2) {
      i++;
      for (;;) {
        while (i < to && classOf(norm.charCodeAt(i)) === 2) i++;
        const sep = norm.charCodeAt(i);
        if ((sep === 44 || sep === 46) && i + 1 < to && classOf(norm.charCodeAt(i + 1)) === 2) i++;
        else break;
      }
      tokens.push({ t: norm.slice(start, i), s: start, e: i, kind: 'num', c: undefined });
      continue;
    }
    let h = hashStep(HASH_SEED, c0);
    i++;
    for (;;) {
      for (let c = norm.charCodeAt(i); i < to && classOf(c) === 1; c = norm.charCodeAt(++i)) h = hashStep(h, c);
      const sep = norm.charCodeAt(i);
      if ((sep === 39 || sep === 45) && i + 1 < to && classOf(norm.charCodeAt(i + 1)) === 1) {
        h = hashStep(h, sep);
        i++;
      } else break;
    }
    if (!intern) {
      tokens.push({ t: norm.slice(start, i), s: start, e: i, kind: 'word', c: undefined });
      continue;
    }
    const slot = internSlot(norm, start, i, h);
    tokens.push({ t: wordKeys[slot]!, s: start, e: i, kind: 'word', c: wordCaches[slot] });
  }
  return tokens;
}

/**
 * A set of normalized words that also answers for clitic forms ("والقتلى" is in a set holding "قتلى"),
 * memoizing every answer: news vocabulary repeats, so nearly every question is one Map.get.
 */
export class WordSet extends Set<string> {
  private slot = -1;
  /** `word` or one of its clitic-stripped forms is in the set. */
  contains(x: string | Token): boolean {
    if (this.slot < 0 && nextSetSlot < MAX_SETS) this.slot = nextSetSlot++;
    // Numbers and punctuation carry no clitics: one plain look-up, no cache entry.
    if (typeof x !== 'string' && x.kind !== 'word') return this.has(x.t);
    if (typeof x !== 'string' && this.slot >= 0) {
      const sets = cacheOf(x).sets;
      const a = sets[this.slot];
      if (a !== 0) return a > 0;
      const r = this.compute(x.t);
      sets[this.slot] = r ? 1 : -1;
      return r;
    }
    return this.compute(wordOf(x));
  }
  private compute(word: string): boolean {
    if (this.has(word)) return true;
    for (const f of arabicForms(word)) if (this.has(f)) return true;
    return false;
  }
}

/** A set of words given in plain spelling, matched after normalization. */
export function wordSet(...lists: string[][]): WordSet {
  const set = new WordSet();
  for (const list of lists) for (const w of list) set.add(normalizeWord(w).toLowerCase());
  return set;
}

/**
 * Arabic clitics: a word may carry a conjunction (و/ف), a preposition (ب/ل/ك) and the article (ال).
 * Yields the word and its plausible stripped forms, longest first.
 */
export function arabicForms(word: string): string[] {
  let forms = FORMS.get(word);
  if (forms) return forms;
  forms = [word];
  let w = word;
  if (/^[وف]/.test(w) && w.length > 3) forms.push((w = w.slice(1)));
  if (/^[بلك]/.test(w) && w.length > 3) forms.push(w.slice(1));
  for (const f of [...forms]) {
    if (f.startsWith('ال') && f.length > 4) forms.push(f.slice(2));
    else if (f.startsWith('لل') && f.length > 4) forms.push(f.slice(2));
  }
  // The indefinite accusative's alef: "منزلا" is "منزل", "جنديا" "جندي".
  if (/^[\u0621-\u064A]{3,}ا$/.test(word) && !/(اا|يا|وا)$/.test(word)) for (const f of [...forms]) if (f.endsWith('ا') && f.length > 3) forms.push(f.slice(0, -1));
  if (FORMS.size > 100_000) FORMS.clear();
  FORMS.set(word, forms);
  return forms;
}
/** Memo of arabicForms: news vocabulary repeats, so most lookups are hits. */
const FORMS = new Map<string, string[]>();

/** The value of a word in `map`, clitics stripped as needed, or undefined; cached per word for tokens. */
export function lookup<T>(map: Map<string, T>, x: string | Token): T | undefined {
  if (typeof x !== 'string') {
    let slot = (map as { slot?: number }).slot;
    if (slot === undefined) Object.defineProperty(map, 'slot', { value: (slot = newValSlot()), enumerable: false });
    if (slot < 0) return lookup(map, x.t);
    const vals = cacheOf(x).vals;
    const hit = vals[slot];
    if (hit !== undefined) return (hit === UNSET ? undefined : hit) as T | undefined;
    const v = lookup(map, x.t);
    vals[slot] = v === undefined ? UNSET : v;
    return v;
  }
  const direct = map.get(x);
  if (direct !== undefined) return direct;
  for (const f of arabicForms(x)) {
    const v = map.get(f);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** `word` (or a token's word), or one of its clitic-stripped forms, is in `set`. */
export function inSet(set: Set<string>, x: string | Token): boolean {
  if (set instanceof WordSet) return set.contains(x);
  const word = wordOf(x);
  if (set.has(word)) return true;
  for (const f of arabicForms(word)) if (set.has(f)) return true;
  return false;
}

/**
 * Word classes: the gates that every token of every sentence is asked about ("can this word start a count?").
 * A word's answers to all classes are computed together the first time it is asked and kept as the bits of
 * one number on its cache, so each later question is a field read and a mask.
 */
const CLASS_TESTS: ((word: string) => boolean)[] = [];
const MAX_CLASSES = 30;

function classesOf(c: WordCache): number {
  if (c.classCount === CLASS_TESTS.length) return c.classes;
  let bits = 0;
  for (let k = 0; k < CLASS_TESTS.length; k++) if (CLASS_TESTS[k](c.word)) bits |= 1 << k;
  c.classes = bits;
  c.classCount = CLASS_TESTS.length;
  return bits;
}

/** A class of words, as a predicate on tokens (answered once per distinct word) and on plain strings. */
export function wordClass(test: (word: string) => boolean): (x: Token | string) => boolean {
  if (CLASS_TESTS.length >= MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} word classes`);
  const bit = 1 << CLASS_TESTS.length;
  CLASS_TESTS.push(test);
  return (x: Token | string) => {
    if (typeof x === 'string') return test(x);
    return (classesOf(x.c ?? cacheOf(x)) & bit) !== 0;
  };
}

/** Memoizes a function of one word: per word for tokens (an array read), in a Map for plain strings. */
export function memoByWord<T>(fn: (word: string) => T): (x: string | Token) => T {
  const slot = newValSlot();
  const memo = new Map<string, T>();
  return (x: string | Token) => {
    if (typeof x !== 'string' && slot < 0) x = x.t;
    if (typeof x !== 'string') {
      const vals = cacheOf(x).vals;
      const hit = vals[slot];
      if (hit !== undefined) return (hit === UNSET ? undefined : hit) as T;
      const v = fn(x.t);
      vals[slot] = v === undefined ? UNSET : v;
      return v;
    }
    const hit = memo.get(x);
    if (hit !== undefined || memo.has(x)) return hit as T;
    const v = fn(x);
    if (memo.size > 50_000) memo.clear();
    memo.set(x, v);
    return v;
  };
}
