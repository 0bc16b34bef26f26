import { normalizeWord } from './normalize.ts';

/** A token of a normalized sentence: a number, a word or a punctuation mark, with normalized offsets. */
export interface Token {
  t: string;
  s: number;
  e: number;
  kind: 'num' | 'word' | 'punct';
}

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*)|([،,;:.!?؛()"%٪\[\]…])/gu;

export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(norm)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    const kind = m[1] ? 'num' : m[2] ? 'word' : 'punct';
    let t = m[0].slice(0, end - m.index);
    let e = end;
    // "1,000." or "5," : a trailing separator is punctuation, not part of the number.
    if (kind === 'num' && /[.,]$/.test(t)) {
      t = t.slice(0, -1);
      e--;
    }
    tokens.push({ t, s: m.index, e, kind });
  }
  return tokens;
}

/** A set of words given in plain spelling, matched after normalization. */
export function wordSet(...lists: string[][]): Set<string> {
  const set = new Set<string>();
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
  if (FORMS.size > 100_000) FORMS.clear();
  FORMS.set(word, forms);
  return forms;
}
/** Memo of arabicForms: news vocabulary repeats, so most lookups are hits. */
const FORMS = new Map<string, string[]>();

/**
 * Memos of set and map look-ups by word: news vocabulary repeats, so after a few sentences almost every
 * look-up is one Map.get instead of clitic stripping and several probes.
 */
const SET_MEMO = new WeakMap<Set<string>, Map<string, boolean>>();
const MAP_MEMO = new WeakMap<Map<string, unknown>, Map<string, unknown>>();
const MEMO_LIMIT = 50_000;

/** The value of `word` in `map`, clitics stripped as needed, or undefined. */
export function lookup<T>(map: Map<string, T>, word: string): T | undefined {
  let memo = MAP_MEMO.get(map as Map<string, unknown>);
  if (!memo) MAP_MEMO.set(map as Map<string, unknown>, (memo = new Map()));
  const hit = memo.get(word);
  if (hit !== undefined) return (hit === NONE ? undefined : hit) as T | undefined;
  let found: T | undefined = map.get(word);
  if (found === undefined) {
    for (const f of arabicForms(word)) {
      found = map.get(f);
      if (found !== undefined) break;
    }
  }
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(word, found === undefined ? NONE : found);
  return found;
}
const NONE = Symbol('none');

export function inSet(set: Set<string>, word: string): boolean {
  let memo = SET_MEMO.get(set);
  if (!memo) SET_MEMO.set(set, (memo = new Map()));
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  let found = set.has(word);
  if (!found) for (const f of arabicForms(word)) if (set.has(f)) { found = true; break; }
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(word, found);
  return found;
}

/** Memoizes a function of one word (for look-ups that are not a plain set or map). */
export function memoByWord<T>(fn: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word: string) => {
    if (memo.has(word)) return memo.get(word) as T;
    const v = fn(word);
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(word, v);
    return v;
  };
}
