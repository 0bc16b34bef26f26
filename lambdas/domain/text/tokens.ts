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
  const forms = [word];
  let w = word;
  if (/^[وف]/.test(w) && w.length > 3) forms.push((w = w.slice(1)));
  if (/^[بلك]/.test(w) && w.length > 3) forms.push(w.slice(1));
  for (const f of [...forms]) {
    if (f.startsWith('ال') && f.length > 4) forms.push(f.slice(2));
    else if (f.startsWith('لل') && f.length > 4) forms.push(f.slice(2));
  }
  return forms;
}

/** The form of `word` found in `set`, clitics stripped as needed, or undefined. */
export function lookup<T>(map: Map<string, T>, word: string): T | undefined {
  const direct = map.get(word);
  if (direct !== undefined) return direct;
  for (const f of arabicForms(word)) {
    const v = map.get(f);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function inSet(set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  for (const f of arabicForms(word)) if (set.has(f)) return true;
  return false;
}
