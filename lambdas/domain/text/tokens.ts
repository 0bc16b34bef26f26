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
 * a token looks its word up once, then each question is an array read. News vocabulary repeats, so
 * after a few sentences the extractor asks the Map almost nothing.
 */
interface WordCache {
  sets: Int8Array; // 0 = not asked yet, 1 = member, -1 = not
  vals: unknown[];
}
const MAX_SETS = 128;
const CACHES = new Map<string, WordCache>();
const UNSET = Symbol('unset');
let nextSetSlot = 0;
let nextValSlot = 0;

function cacheOf(tok: Token): WordCache {
  let c = tok.c;
  if (c) return c;
  c = CACHES.get(tok.t);
  if (!c) {
    c = { sets: new Int8Array(MAX_SETS), vals: [] };
    if (CACHES.size > 200_000) CACHES.clear();
    CACHES.set(tok.t, c);
  }
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

/** Numbers ("1,700", "3.5"), words (with inner ' or -: "year's", "thirty-three") and punctuation, in [from, to). */
export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const cls = classOf(norm.charCodeAt(i));
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    if (cls === 3) {
      tokens.push({ t: norm[i], s: i, e: i + 1, kind: 'punct' });
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
      tokens.push({ t: norm.slice(start, i), s: start, e: i, kind: 'num' });
      continue;
    }
    i++;
    for (;;) {
      while (i < to && classOf(norm.charCodeAt(i)) === 1) i++;
      const sep = norm.charCodeAt(i);
      if ((sep === 39 || sep === 45) && i + 1 < to && classOf(norm.charCodeAt(i + 1)) === 1) i++;
      else break;
    }
    tokens.push({ t: norm.slice(start, i), s: start, e: i, kind: 'word' });
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
    if (slot === undefined) Object.defineProperty(map, 'slot', { value: (slot = nextValSlot++), enumerable: false });
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

/** Memoizes a function of one word: per word for tokens (an array read), in a Map for plain strings. */
export function memoByWord<T>(fn: (word: string) => T): (x: string | Token) => T {
  const slot = nextValSlot++;
  const memo = new Map<string, T>();
  return (x: string | Token) => {
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
