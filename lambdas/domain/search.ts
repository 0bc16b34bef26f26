/**
 * Search terms and postings for the desk's claim search (GET /claims). Pure: no AWS imports.
 *
 * A claim is found by the words of its sentence (which holds the claim's own text) and of its attribution,
 * normalized as the extractor normalizes (normalizeForMatching: digits, hamza and alef forms, diacritics,
 * tatweel, case) and reduced to one canonical form per word: Arabic clitics stripped (و ف ب ل ك ال,
 * as the extractor's arabicForms strips them), then a light Arabic stem (arabicStem: the accusative alef,
 * the sound plurals ين/ون/ات, the dual, the feminine ة), an English plural read as singular.
 * The query goes through the same function, so "والقتلى" finds "قتلى", "مدنيين" finds "مدنياً" and
 * "Soldiers" finds "soldier".
 *
 * The terms are versioned (SEARCH_INDEX_VERSION): postings written under an older version are rewritten
 * by the re-index (lambdas/app/reindex.ts), which deletes the terms only the older version gave.
 *
 * Each article writes one posting per term: the term, the article's day, and the claims of that article
 * whose text holds the term, each with its structured values (type, kind, count range, dates), so filters
 * need no further read. Facet terms list every claim of a type, kind or language, and `*` every claim.
 */
import type { Claim } from './extract/index.ts';
import { normalizeForMatching } from './text/normalize.ts';
import { arabicForms, tokenize } from './text/tokens.ts';

/** One claim as a posting carries it: enough to filter without reading the claim. */
export interface PostingClaim {
  /** The extracted id (the claim id is `<articleId>.<id>`). */
  id: string;
  type: string;
  kind: string | null;
  min: number | null;
  max: number | null;
  /** Days the claim is about: its date values, or the article's day for other claims. */
  days: [string, string][];
}

export const ALL_TERM = '*';
export const facetTerm = (facet: 'type' | 'kind' | 'lang', value: string) => `${facet}:${value}`;

const STOP = new Set([
  // English
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'for', 'by', 'with', 'from', 'as', 'that', 'this', 'is',
  'was', 'were', 'be', 'been', 'are', 'it', 'its', 'he', 'she', 'they', 'their', 'his', 'her', 'has', 'had', 'have', 'not',
  'but', 'which', 'who', 'said', 'says',
  // Arabic (normalized spelling: bare alef, ya for alef maqsura)
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'ان', 'او', 'ما', 'لا', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'كان', 'كانت',
  'قد', 'لم', 'لن', 'ثم', 'حيث', 'بعد', 'قبل', 'منذ', 'حتي', 'عند', 'و', 'ف', 'ب', 'ل', 'ك',
]);
const MAX_TERM = 40;
const ARABIC = /[\u0600-\u06FF]/;

/**
 * The version of the terms below. 1: clitics stripped once, no stem. 2: clitics stripped until none is
 * left (so "وزارة" and "الوزارة" agree), then arabicStem. Raise it with any change to the terms a text
 * gives: the re-index rewrites what older versions wrote.
 */
export const SEARCH_INDEX_VERSION = 2;
export type IndexVersion = 1 | 2;

/** The canonical form of one normalized word or number, or null when it is not worth indexing. */
export function canonicalTerm(word: string, version: IndexVersion = SEARCH_INDEX_VERSION): string | null {
  if (/^\d/.test(word)) return word.replace(/,/g, '').slice(0, MAX_TERM);
  const w = word.toLowerCase();
  if (w.length < 2 || STOP.has(w)) return null;
  let out: string;
  if (ARABIC.test(w)) {
    out = version === 1 ? shortestForm(w).replace(/ة$/, 'ه') : arabicStem(withoutClitics(w));
    if (STOP.has(out) || out.length < 2) return null;
  } else {
    out = w.replace(/'s$/, '');
    if (/[^aeiou]ies$/.test(out) && out.length > 4) out = `${out.slice(0, -3)}y`;
    else if (/[^s]s$/.test(out) && out.length > 3 && !/(us|is)$/.test(out)) out = out.slice(0, -1);
  }
  return out.slice(0, MAX_TERM);
}

const shortestForm = (w: string) => arabicForms(w).reduce((a, b) => (b.length < a.length ? b : a), w);

/** The word with its clitics stripped, again until nothing changes ("الوزارة" → "وزارة" → "زارة", as "وزارة"). */
function withoutClitics(w: string): string {
  for (let i = 0; i < 4; i++) {
    const next = shortestForm(w);
    if (next === w) break;
    w = next;
  }
  return w;
}

/** A stem keeps at least this many letters; shorter, the word is left whole ("سجين" is not "سج"). */
const MIN_STEM = 3;
/**
 * Words a suffix rule would mangle or conflate, left whole: number words ("عشرين" is not "عشر", nor
 * "مئتين" "ميت"), names and places ("فلسطين", "البحرين" is not "بحر"), countries in -يا (not their
 * adjective: "سوريا" stays apart from "سوري"), and words whose stem is another word ("زيتون", "كانون").
 * Written as a reader writes them; normalized and clitic-stripped as the text is, once.
 */
const KEEP_WHOLE_WORDS = [
  'عشرين', 'عشرون', 'ثلاثين', 'ثلاثون', 'أربعين', 'أربعون', 'خمسين', 'خمسون', 'ستين', 'ستون', 'سبعين', 'سبعون',
  'ثمانين', 'ثمانون', 'تسعين', 'تسعون', 'مئتين', 'مئتان', 'مائتين', 'مائتان', 'ألفين', 'ألفان', 'مليونين', 'مليونان',
  'فلسطين', 'البحرين', 'ياسين', 'شيرين', 'نسرين', 'بنيامين', 'هارون', 'شمعون', 'فرعون', 'زيتون', 'كانون', 'تشرين',
  'سوريا', 'روسيا', 'تركيا', 'كينيا', 'نيجيريا', 'إثيوبيا', 'كولومبيا', 'صربيا', 'كرواتيا', 'رومانيا', 'ألمانيا',
  'إسبانيا', 'بريطانيا', 'إيطاليا', 'أوكرانيا', 'ماليزيا', 'إندونيسيا', 'تنزانيا', 'موريتانيا', 'أفريقيا', 'إفريقيا',
  'أستراليا', 'كوريا', 'ألبانيا', 'بلغاريا', 'جورجيا', 'أرمينيا', 'منغوليا', 'كمبوديا', 'زامبيا', 'ليبيريا', 'سلوفينيا',
  'سلوفاكيا', 'ليتوانيا', 'مقدونيا', 'بوليفيا', 'نيقوسيا', 'كاليفورنيا', 'فرجينيا', 'آسيا', 'ليبيا', 'أنطاكيا',
];
let keepWhole: Set<string> | undefined;
const keptWhole = () => (keepWhole ??= new Set(KEEP_WHOLE_WORDS.map((w) => withoutClitics(normalizeForMatching(w).norm))));

/**
 * A light stem of a clitic-stripped Arabic word, for search: one suffix goes, the first rule that applies,
 * if at least MIN_STEM letters stay.
 * - the accusative alef after a nisba ي: "مدنيا" → "مدني" (arabicForms already strips it after other
 *   letters: "قتيلا" → "قتيل"); not in "ضحايا", "قضايا" (-ايا), nor with less than four letters left ("عليا");
 * - the feminine dual تين/تان: "سيارتين" → "سيار" (as "سيارة"); not after س ("باكستان");
 * - the sound masculine plural and the dual ين/ون: "مدنيين", "مدنيون" → "مدني", "طفلين" → "طفل";
 * - the dual ان after a nisba ي: "مدنيان" → "مدني" (elsewhere -ان is too often the word's own: "لبنان", "طيران");
 * - the sound feminine plural ات: "مصابات" → "مصاب";
 * - the feminine ة (read as ه, as users type it), four letters left: "مصابة" → "مصاب", "شرطة" stays.
 * Broken plurals ("جنود", "أطفال", "قتلى") are other words and stay so. A stem that is a common word
 * ("كانون" → "كان") is not taken.
 */
export function arabicStem(w: string): string {
  if (keptWhole().has(w)) return w;
  const stem = stemOnce(w.replace(/ة$/, 'ه'));
  return STOP.has(stem) ? w.replace(/ة$/, 'ه') : stem;
}

function stemOnce(w: string): string {
  const cut = (n: number, min = MIN_STEM) => (w.length - n >= min ? w.slice(0, -n) : w);
  if (/يا$/.test(w)) return /ايا$/.test(w) ? w : cut(1, 4);
  if (/[^س]ت(ين|ان)$/.test(w) && w.length - 3 >= MIN_STEM) return w.slice(0, -3);
  if (/(ين|ون)$/.test(w)) return cut(2);
  if (/يان$/.test(w)) return cut(2, 4);
  if (/ات$/.test(w)) return cut(2);
  // Four letters at least: a three-letter root with ة is mostly a word of its own ("شرطة" is not "شرط", "دولة" not "دول").
  if (/ه$/.test(w)) return cut(1, 4);
  return w;
}

/** The distinct canonical terms of a text, in order of first appearance. */
export function termsOf(text: string, version: IndexVersion = SEARCH_INDEX_VERSION): string[] {
  const { norm } = normalizeForMatching(text);
  const out = new Set<string>();
  for (const tok of tokenize(norm, 0, norm.length, false)) {
    if (tok.kind === 'punct') continue;
    const term = canonicalTerm(tok.t, version);
    if (term) out.add(term);
  }
  return [...out];
}

/** The days a claim is about, for the from/to filter. */
function daysOf(claim: Claim, articleDay: string): [string, string][] {
  if (claim.date?.values.length) return claim.date.values.map((v) => [v.from, v.to]);
  return [[articleDay, articleDay]];
}

export function postingClaim(claim: Claim, articleDay: string): PostingClaim {
  return {
    id: claim.id,
    type: claim.type,
    kind: claim.casualty?.kind ?? null,
    min: claim.casualty ? claim.casualty.min : null,
    max: claim.casualty ? claim.casualty.max : null,
    days: daysOf(claim, articleDay),
  };
}

/** Every term of an article's claims with the claims that hold it (claims in text order). */
export function postingsOf(text: string, claims: Claim[], articleDay: string, language: string, version: IndexVersion = SEARCH_INDEX_VERSION): Map<string, PostingClaim[]> {
  const postings = new Map<string, PostingClaim[]>();
  const add = (term: string, p: PostingClaim) => {
    const list = postings.get(term) ?? [];
    if (list.at(-1) !== p) list.push(p);
    postings.set(term, list);
  };
  const bySentence = new Map<string, string[]>();
  for (const claim of [...claims].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const p = postingClaim(claim, articleDay);
    const sKey = `${claim.sentence.start}:${claim.sentence.end}`;
    let words = bySentence.get(sKey);
    if (!words) bySentence.set(sKey, (words = termsOf(text.slice(claim.sentence.start, claim.sentence.end), version)));
    const terms = new Set(words);
    for (const t of termsOf(claim.text, version)) terms.add(t);
    if (claim.attribution) for (const t of termsOf(claim.attribution.source, version)) terms.add(t);
    for (const t of terms) add(t, p);
    add(ALL_TERM, p);
    add(facetTerm('type', claim.type), p);
    if (p.kind) add(facetTerm('kind', p.kind), p);
    add(facetTerm('lang', language), p);
  }
  return postings;
}

export interface ClaimFilter {
  type?: string;
  kind?: string;
  /** The claim's days overlap [from, to] (ISO days). */
  from?: string;
  to?: string;
  /** The claim's count range overlaps [min, max]. */
  min?: number;
  max?: number;
}

/** Whether a posted claim passes the structured filters. */
export function matchesFilter(p: PostingClaim, f: ClaimFilter): boolean {
  if (f.type && p.type !== f.type) return false;
  if (f.kind && p.kind !== f.kind) return false;
  if (f.from || f.to) {
    const from = f.from ?? '0000-00-00';
    const to = f.to ?? '9999-99-99';
    if (!p.days.some(([a, b]) => a <= to && b >= from)) return false;
  }
  if (f.min !== undefined || f.max !== undefined) {
    if (p.type !== 'casualty') return false;
    const lo = p.min ?? 0;
    const hi = p.max ?? Infinity;
    if (hi < (f.min ?? 0) || lo > (f.max ?? Infinity)) return false;
  }
  return true;
}

/** The terms a search reads: the words of q; without words, the most selective facet asked for, or `*`. */
export function searchTerms(q: string | undefined, f: ClaimFilter & { language?: string }): string[] {
  const words = q ? termsOf(q) : [];
  if (words.length) return words.slice(0, 8);
  if (f.kind) return [facetTerm('kind', f.kind)];
  if (f.type) return [facetTerm('type', f.type)];
  if (f.language) return [facetTerm('lang', f.language)];
  return [ALL_TERM];
}
