import type { Token } from '../text/tokens.ts';
import { arabicForms, inSet, memoByWord, wordSet } from '../text/tokens.ts';
import { normalizeWord } from '../text/normalize.ts';
import { numberWord, NUMBER_WORDS } from './words.ts';
import { at } from '../text/at.ts';

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'at_most' | 'approx' | 'range' | 'vague';

/** A count found in a sentence: tokens [first, last] (inclusive) hold the number and its qualifier. */
export interface Quantity {
  first: number;
  last: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** For a range: the token that joins its two numbers ("to", "إلى", "and"). */
  join?: number;
  /** A qualifier written after the count and its noun ("23 مدنياً على الأقل"): its last token, part of the claim's text. */
  tail?: number;
}

interface RawNumber {
  first: number;
  last: number;
  min: number;
  max: number;
  vague: boolean;
}

const CONJ = wordSet(['و', 'and']);
const PLURAL_SCALES = wordSet(['آلاف', 'ملايين']);
const scaleOf = (w: { type: string; value?: number; scale?: number }) => (w.type === 'scale' ? w.value! : w.scale ?? 1);

function digitsValue(t: string): number {
  if (t.indexOf(',') < 0 && t.indexOf('.') < 0) return +t;
  // "1,200" and "١٬٢٠٠" (normalized to ',') are thousands; "3.5" is a decimal; "1.200.000" is thousands.
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) return Number(t.replace(/\./g, ''));
  // "1,5 مليون", "2,25 million": a comma with one or two digits after it is a decimal comma (no thousands have fewer than three).
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(',', '.'));
  return Number(t.replace(/,/g, ''));
}
/** digitsValue of a number token, once per distinct number (the tokenizer interns numbers too). */
const digitsOf = memoByWord(digitsValue);

/** Reads one number (digits, words, or both, with scales and و-compounds) starting at token i. */
function readNumber(tokens: Token[], i: number): RawNumber | undefined {
  const tok = tokens[i];
  if (!tok) return undefined;
  // Digits that nothing after them continues (no number word, no conjunction: nearly every count) are read here; the
  // rest by readNumberAt, a large function that TurboFan then compiles only where numbers in words are frequent.
  if (tok.kind === 'num') {
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    if (next === undefined || next.kind === 'punct' || (next.kind === 'word' && !CONJ.has(next.t) && numberWord(next) === undefined)) {
      const v = digitsOf(tok);
      return { first: i, last: i, min: v, max: v, vague: false };
    }
  }
  return readNumberAt(tokens, i, tok);
}
function readNumberAt(tokens: Token[], i: number, tok: Token): RawNumber | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  let last = i;
  let j = i;
  // Vague amounts: "عشرات", "المئات", "dozens", "tens of thousands", "عشرات الآلاف".
  if (tok.kind === 'word') {
    const nw = numberWord(tok);
    if (nw?.w.type === 'vague') {
      const { min, max } = nw.w;
      let k = i + 1;
      if (tokens[k]?.t === 'of') k++;
      const next = tokens[k] && numberWord(tokens[k]);
      if (next && !next.conj && (next.w.type === 'scale' || next.w.type === 'vague') && scaleOf(next.w) >= 1000) {
        // "عشرات الآلاف" / "tens of thousands" 20000-99999, "مئات الآلاف" 200000-999999.
        const scale = scaleOf(next.w);
        const low = nw.w.min === 24 ? 20 : nw.w.min;
        return { first: i, last: k, min: low * scale, max: (nw.w.max + 1) * scale - 1, vague: true };
      }
      return { first: i, last: i, min, max, vague: true };
    }
    if (nw && PLURAL_SCALES.has(tok.t)) {
      // "آلاف" alone: thousands, 2000-9999; "ملايين": millions.
      const scale = scaleOf(nw.w);
      const next = tokens[i + 1] && numberWord(tokens[i + 1]);
      if (!(next && next.w.type === 'scale')) return { first: i, last: i, min: 2 * scale, max: 10 * scale - 1, vague: true };
    }
    if (tok.t === 'tens' && tokens[i + 1]?.t === 'of' && tokens[i + 2]?.t === 'thousands') {
      return { first: i, last: i + 2, min: 20000, max: 99999, vague: true };
    }
    if (tok.t === 'half' && tokens[i + 1]?.t === 'a' && tokens[i + 2]?.t === 'dozen') return { first: i, last: i + 2, min: 6, max: 6, vague: false };
    // "a few dozen", "several hundred": as vague as "dozens", "hundreds".
    if ((tok.t === 'few' || tok.t === 'several') && tokens[i + 1] && FEW_OF.has(tokens[i + 1].t)) {
      const [min, max] = FEW_OF.get(tokens[i + 1].t)!;
      return { first: i, last: i + 1, min, max, vague: true };
    }
    if ((tok.t === 'a' || tok.t === 'an') && tokens[i + 1] && A_SCALE.has(tokens[i + 1].t)) {
      j = i + 1;
      current = 1;
      any = true;
      const w = NUMBER_WORDS.get(tokens[j].t)!;
      current = w.type === 'unit' ? w.value : (w as { value: number }).value;
      last = j;
      j++;
    }
  }
  let lastType: string | undefined;
  let lastScale = 0;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    let conj = false;
    let k = j;
    // A standalone conjunction joins two parts: "ثلاثة وثلاثين", "37 ألفا و11", "3 آلاف و215"; in English only
    // after a hundred or a scale ("one hundred and five"): "four and six" are two numbers.
    if (any && t.kind === 'word' && CONJ.has(t.t) && tokens[j + 1] && (tokens[j + 1].kind === 'num' || numberWord(tokens[j + 1]))) {
      if (t.t === 'and' && lastType !== 'hundred' && lastType !== 'scale') break;
      k = j + 1;
      conj = true;
    }
    // "3 آلاف و4 آلاف": a second number of the same scale is the other end of a range, not a part.
    if ((conj || (t.kind === 'word' && numberWord(t)?.conj)) && lastScale && nextScale(tokens, k) >= lastScale) break;
    const u = tokens[k];
    if (u.kind === 'num') {
      if (any && !conj) break;
      if (any && lastType !== 'scale' && lastType !== 'unit' && lastType !== 'ten' && lastType !== 'hundred') break;
      current += digitsOf(u);
      lastType = 'digits';
    } else if (u.kind === 'word') {
      const nw = numberWord(u);
      if (!nw || nw.w.type === 'vague') break;
      const w = nw.w;
      conj = conj || nw.conj;
      if (any && !conj && w.type !== 'scale' && w.type !== 'hundred' && !(w.type === 'teen-base' && lastType === 'unit')) {
        // Two numbers side by side without "و" ("5 ثلاثة") are separate, except "three hundred", "ثلاثة عشر".
        if (!(lastType === 'ten' && w.type === 'unit' && isLatin(u.t))) break;
      }
      // A first word may carry "و" ("وثلاثة مدنيين"): the conjunction joins clauses, not numbers, there.
      if (w.type === 'scale') {
        if (!any && isLatin(u.t)) break; // "thousand" alone is not a count
        total += Math.round((current || 1) * w.value); // "1.2 lakh", "2.5 million"
        current = 0;
        lastScale = w.value;
      } else if (w.type === 'hundred') {
        current = (current || 1) * 100;
      } else if (w.type === 'teen-base' && lastType === 'unit' && !conj) {
        current += 10; // ثلاثة عشر = 13
      } else {
        current += w.value;
      }
      lastType = w.type === 'teen-base' ? 'unit' : w.type;
    } else break;
    any = true;
    last = k;
    j = k;
  }
  if (!any) return undefined;
  const value = total + current;
  // "two dozen"
  if (tokens[last + 1]?.t === 'dozen' && value < 10 && isLatin(tokens[last].t)) return { first: i, last: last + 1, min: value * 12, max: value * 12, vague: false };
  return { first: i, last, min: value, max: value, vague: false };
}

type Phrase = { words: string[]; q: Qualifier };
const phrases = (q: Qualifier, ...list: string[]): Phrase[] =>
  list.map((p) => ({ words: p.split(' ').map((w) => normalizeWord(w).toLowerCase()), q }));

/** The value of the scale word right after a number at token k ("4 آلاف" -> 1000), or 0. */
function nextScale(tokens: Token[], k: number): number {
  const after = tokens[k + 1] && numberWord(tokens[k + 1]);
  const own = tokens[k] && numberWord(tokens[k]);
  if (after && after.w.type === 'scale') return after.w.value;
  if (own && (own.w.type === 'scale' || (own.w.type === 'unit' && own.w.value >= 1000))) return own.w.type === 'scale' ? own.w.value : 1000;
  return 0;
}

/** Qualifiers written before the number, longest first. */
const BEFORE: Phrase[] = [
  ...phrases('at_least', 'at least', 'no fewer than', 'not less than', 'a minimum of', 'ما لا يقل عن', 'لا يقل عن', 'ما لا يقل على', 'على الأقل'),
  ...phrases('more_than', 'more than', 'over', 'upwards of', 'in excess of', 'أكثر من', 'أزيد من', 'ما يزيد عن', 'ما يزيد على', 'يزيد عن', 'يزيد على', 'ما يربو على', 'يربو على', 'ما يفوق', 'يفوق',
    'exceeded', 'has exceeded', 'have exceeded', 'had exceeded', 'exceeds', 'surpassed', 'topped', 'passed', 'has passed', 'have passed', 'crossed',
    'has crossed', 'have crossed', 'tops', 'crosses', 'passes', 'past', 'تجاوز', 'تجاوزت', 'تخطى', 'تخطت', 'فاق', 'فاقت'),
  ...phrases('approx', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'close to', 'نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'يقارب', 'ما يقرب من', 'تقريبا'),
  ...phrases('at_most', 'up to', 'at most', 'no more than', 'not more than', 'fewer than', 'less than', 'as many as', 'did not exceed', 'does not exceed',
    'do not exceed', 'has not exceeded', 'have not exceeded', 'had not exceeded', 'not exceeding', 'أقل من', 'ما لا يزيد عن', 'ما لا يزيد على', 'لا يزيد عن',
    'لا يزيد على', 'لم يزد عن', 'لم يزد على', 'لا يتجاوز', 'لم يتجاوز', 'لا تتجاوز', 'لم تتجاوز', 'ما يصل إلى', 'يصل إلى', 'ما يصل الى', 'يصل الى'),
].sort((a, b) => b.words.length - a.words.length);

const AFTER: Phrase[] = [
  ...phrases('at_least', 'على الأقل', 'or more', 'at least'),
  ...phrases('at_most', 'على الأكثر', 'على أقصى تقدير', 'at most', 'at the most'),
  ...phrases('approx', 'تقريبا', 'or so'),
];

/** Qualifier phrases by their last word, so a number costs one lookup when nothing qualifies it. */
const BEFORE_BY_LAST = new Map<string, Phrase[]>();
for (const p of BEFORE) {
  const last = p.words[p.words.length - 1];
  BEFORE_BY_LAST.set(last, [...(BEFORE_BY_LAST.get(last) ?? []), p]);
}

/** The qualifier phrases that can end with this word, itself or a clitic-stripped form of it (cached per word). */
const phrasesEndingWith = memoByWord((w: string): Phrase[] =>
  BEFORE_BY_LAST.get(w) ?? (w.length > 3 ? arabicForms(w).flatMap((f) => BEFORE_BY_LAST.get(f) ?? []) : []));

function matchPhraseBefore(tokens: Token[], end: number): Phrase | undefined {
  const lastTok = at(tokens, end - 1);
  if (!lastTok || lastTok.kind !== 'word') return undefined;
  const candidates = phrasesEndingWith(lastTok);
  // (Indexed loops here, not for-of: V8 compiles an array iterator into the function for each for-of.)
  for (let c = 0; c < candidates.length; c++) {
    const p = candidates[c];
    const n = p.words.length;
    if (end - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const tok = tokens[end - n + k];
      // A clitic may join the phrase ("وأكثر من", "لأكثر من"), but not a verb's: "ليصل إلى" is "to reach".
      ok = tok.kind === 'word' && (tok.t === p.words[k] || (k === 0 && arabicFirst(tok.t) && cliticJoins(tok.t, p.words[k])));
    }
    if (ok) return p;
  }
  return undefined;
}

/**
 * The word is the phrase's first word with a clitic ("وأكثر", "لأكثر"), but not a verb's ("ليصل" is "to reach"). Asked
 * only of words that start with an Arabic letter (no other word carries a clitic), out of matchPhraseBefore's loop.
 */
function cliticJoins(word: string, first: string): boolean {
  return /^[يت]/.test(first) ? /^[وف]/.test(word) && word.slice(1) === first : arabicForms(word).includes(first);
}
/** The word starts with an Arabic letter, ء to ي (as /^[ء-ي]/): only such a word carries a clitic (see arabicForms). */
const arabicFirst = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 0x621 && c <= 0x64a;
};

/** Qualifier phrases after the number by their first word (in list order), so most numbers cost one lookup. */
const AFTER_BY_FIRST = new Map<string, Phrase[]>();
for (const p of AFTER) AFTER_BY_FIRST.set(p.words[0], [...(AFTER_BY_FIRST.get(p.words[0]) ?? []), p]);

function matchPhraseAfter(tokens: Token[], start: number): Phrase | undefined {
  if (start >= tokens.length) return undefined;
  const list = AFTER_BY_FIRST.get(tokens[start].t);
  if (!list) return undefined;
  for (let k = 0; k < list.length; k++) if (phraseAt(tokens, start, list[k].words)) return list[k];
  return undefined;
}
function phraseAt(tokens: Token[], start: number, words: string[]): boolean {
  if (start + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[start + k].t !== words[k]) return false;
  return true;
}

const RANGE_OPEN = wordSet(['between', 'بين', 'من']);
const RANGE_JOIN = wordSet(['and', 'to', 'و', 'الى', 'إلى', 'حتى']);

/**
 * Reads a count with its qualifier around token i (which must start a number).
 * `norm` is the normalized sentence text, used to see a hyphen between two numbers ("20-30").
 */
export function readQuantity(tokens: Token[], i: number, norm: string): Quantity | undefined {
  const n = readNumber(tokens, i);
  if (!n) return undefined;
  let first = n.first;
  let last = n.last;
  if (n.vague) return { first, last, min: n.min, max: n.max, qualifier: 'vague' };
  // Ranges: "between 20 and 30", "بين 20 و30", "20 to 30", "20-30".
  const join = tokens[last + 1];
  const hyphen = join && join.kind === 'num' && onlyHyphenBetween(norm, tokens[last].e, join.s);
  if (join && (hyphen || (join.kind === 'word' && RANGE_JOIN.has(join.t)))) {
    const second = readNumber(tokens, hyphen ? last + 1 : last + 2);
    const opener = at(tokens, first - 1);
    const needsOpener = join.t === 'and' || join.t === 'و';
    if (second && !second.vague && second.min > n.min && (!needsOpener || (opener && inSet(RANGE_OPEN, opener)))) {
      if (needsOpener && opener) first--;
      return { first, last: second.last, min: n.min, max: second.max, qualifier: 'range', join: last + 1 };
    }
  }
  // The number right after "و" may itself be the second half of a range handled above; qualifiers:
  const before = matchPhraseBefore(tokens, first);
  const after = before ? undefined : matchPhraseAfter(tokens, last + 1);
  // "a dozen", "two dozen", "half a dozen": approximate by nature (DESIGN.md section 4: a dozen → 12, approx).
  const q = before?.q ?? after?.q ?? (tokens[n.last]?.t === 'dozen' ? 'approx' : 'exact');
  if (before) first -= before.words.length;
  if (after) last += after.words.length;
  const v = n.min;
  switch (q) {
    case 'at_least':
    case 'more_than':
      return { first, last, min: v, max: null, qualifier: q };
    case 'at_most':
      return { first, last, min: null, max: v, qualifier: q };
    default:
      return { first, last, min: v, max: v, qualifier: q };
  }
}

/** norm[a, b) is one hyphen with white space around it at most ("20-30", "20 - 30"). */
function onlyHyphenBetween(norm: string, a: number, b: number): boolean {
  let hyphen = false;
  for (let k = a; k < b; k++) {
    const c = norm.charCodeAt(k);
    if (c === 45 && !hyphen) hyphen = true;
    else if (!isWhiteSpace(c)) return false;
  }
  return hyphen;
}

/** White space as /\s/ reads it, by code. */
const isWhiteSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x7f && ((c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680));
/** The word starts with a Latin letter (normalized text is lower case): an English word. */
const isLatin = (w: string) => w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122;
/** "a dozen", "a hundred": the article is the number one. */
const A_SCALE = new Set(['dozen', 'hundred', 'thousand', 'million']);

/** "a few dozen", "several hundred", "a few thousand": the vague range of the plural ("dozens", "hundreds", "thousands"). */
const FEW_OF = new Map<string, [number, number]>([['dozen', [24, 99]], ['hundred', [200, 999]], ['thousand', [2000, 9999]]]);

/** Words that start a number only with the words after them ("a dozen", "half a dozen", "few hundred", "tens of thousands"). */
const STARTS_WITH_NEXT = new Set(['a', 'an', 'half', 'few', 'several', 'tens']);
/**
 * Whether a word starts a number, once per distinct word: 1 yes, 0 no; 2 or 3 it depends on the words after it, and
 * failing those, 3 yes and 2 no (see startsNumber, asked of every word of a sentence with a casualty word).
 */
const startsAlone = memoByWord((w: string): number => (STARTS_WITH_NEXT.has(w) ? 2 : 0) | (startsWithWord(w) ? 1 : 0));
/** "hundred" alone is no count in English ("a hundred" is); "مئة" alone is 100 in Arabic. */
function startsWithWord(w: string): boolean {
  const nw = numberWord(w);
  // "وثلاثة مدنيين": a number word may carry the conjunction (the count after it is read on its own).
  // (a Latin first letter: English)
  return !!nw && !((nw.w.type === 'scale' || nw.w.type === 'hundred') && isLatin(w));
}

/** True when token i can start a number. */
export function startsNumber(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  const alone = startsAlone(t);
  if (alone < 2) return alone === 1;
  return startsWithNext(tokens, i, t.t) || alone === 3;
}
/** A word of STARTS_WITH_NEXT starts a number with the words after it: "a dozen", "half a dozen", "few hundred", "tens of thousands". */
function startsWithNext(tokens: Token[], i: number, w: string): boolean {
  if ((w === 'a' || w === 'an') && i + 1 < tokens.length && A_SCALE.has(tokens[i + 1].t)) return true;
  if (w === 'half' && tokens[i + 1]?.t === 'a' && tokens[i + 2]?.t === 'dozen') return true;
  if ((w === 'few' || w === 'several') && i + 1 < tokens.length && FEW_OF.has(tokens[i + 1].t)) return true;
  return w === 'tens' && tokens[i + 1]?.t === 'of' && tokens[i + 2]?.t === 'thousands';
}

/**
 * A qualifier written after the victims ("ثلاثة أشخاص على الأقل", "20 people or more"): the count at
 * `q` becomes at_least / approx when one starts at token `at`.
 */
export function qualifyAfter(tokens: Token[], at: number, q: Quantity): Quantity {
  if (q.qualifier !== 'exact' || q.min === null) return q;
  const p = matchPhraseAfter(tokens, at);
  if (!p) return q;
  const tail = at + p.words.length - 1;
  if (p.q === 'at_least') return { ...q, max: null, qualifier: 'at_least', tail };
  if (p.q === 'at_most') return { ...q, min: null, qualifier: 'at_most', tail };
  return { ...q, qualifier: p.q, tail };
}
