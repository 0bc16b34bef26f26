/**
 * The claim extractor: (text, {language?, publishedAt?}) -> Claim[] (DESIGN.md section 4, a contract).
 * One pass per sentence over a normalized copy of the text; offsets are mapped back to the original.
 */
import { normalizeForMatching, sentences, toNormalized, toOriginal, type Normalized, type Span } from '../text/normalize.ts';
import { classBit, codeUnits, HAS_NUMBER, lastTokenizedClasses, tokenize } from '../text/tokens.ts';
import { detectLanguage, type Language } from '../language.ts';
import { opensCount, scanCasualties, type CasualtyHit } from './casualties.ts';
import { mayStartDate, scanDates, type DateHit, type DateValue } from './dates.ts';
import { attributionCue, sameSpeaker, scanAttributions, type AttributionHit } from './attribution.ts';
import type { CasualtyKind } from './lexicon.ts';
import type { Qualifier } from '../numbers/quantity.ts';

export type { CasualtyKind, Qualifier, DateValue };

/**
 * Claim types. 'statement' is an attributed sentence that carries no count or date ("The spokesman said the
 * search would go on"): who said what, for the reader of the article. The contract lets consumers ignore
 * types they do not know; the review workflow keeps casualty and date claims (REVIEWED_TYPES).
 */
export type ClaimType = 'casualty' | 'date' | 'statement';
export const REVIEWED_TYPES: ReadonlySet<ClaimType> = new Set(['casualty', 'date']);

export interface Claim {
  id: string;
  type: ClaimType;
  text: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
  attribution?: { source: string; start: number; end: number };
  casualty?: { kind: CasualtyKind; min: number | null; max: number | null; qualifier: Qualifier; group: string };
  date?: { values: DateValue[] };
  checkworthiness: number;
}

export interface ExtractOptions {
  language?: string;
  /** ISO day (or date-time) the article was published; relative dates resolve against it. Default: today. */
  publishedAt?: string;
}

export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const language: Language = options.language === 'ar' || options.language === 'en' ? options.language : detectLanguage(text);
  const pub = (options.publishedAt ?? new Date().toISOString()).slice(0, 10);
  const n = normalizeForMatching(text);
  // Without a single Arabic letter every sentence takes the English rules: no need to look at each one.
  const latinOnly = !n.arabic;
  const units = codeUnits(n.norm);
  const claims: Claim[] = [];
  // The last casualty kind of the paragraph so far: "Four of them are on ventilator support" continues it.
  let previousKind: CasualtyKind | undefined;
  // The last source named in the paragraph so far: "وأضاف أن …" goes on with it.
  const speaker: Speaker = { source: undefined, last: undefined };
  let previousEnd = 0;
  const spans = sentences(text, language);
  for (let k = 0; k < spans.length; k++) {
    const sentence = spans[k];
    if (blankLineIn(text, previousEnd, sentence.start)) {
      previousKind = undefined;
      speaker.source = undefined;
    }
    // The sentence's claims are added to `claims` (no array of its own per sentence).
    previousKind = extractSentence(claims, text, n, units, sentence, language, pub, latinOnly, speaker, previousKind);
    previousEnd = sentence.end;
  }
  return claims;
}

/** A blank line (two line breaks with only white space between) in text[from, to): a new paragraph. */
function blankLineIn(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++breaks === 2) return true;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && !/\s/.test(text[i])) breaks = 0;
  }
  return false;
}

interface Speaker {
  source: string | undefined;
  /** The last source named in the article, whatever the paragraph: a sentence that opens with "وأضاف أن" goes on with it. */
  last: string | undefined;
}

/**
 * The claims of one sentence, added to `out` after the claims of the sentences before it. Returns the casualty kind
 * the paragraph goes on with: that of the sentence's last count claim (in claim order), or `previousKind` without one.
 */
function extractSentence(
  out: Claim[], text: string, n: Normalized, units: Uint16Array, sentence: Span, language: Language, pub: string, latinOnly: boolean,
  speaker: Speaker, previousKind: CasualtyKind | undefined,
): CasualtyKind | undefined {
  // (The usual text, nothing dropped or expanded by normalization: the same offsets, without toNormalized's two calls.)
  const same = !n.map && !n.drops;
  const from = same ? sentence.start : toNormalized(n, sentence.start);
  const to = same ? sentence.end : toNormalized(n, sentence.end);
  const tokens = tokenize(n.norm, from, to, true, units);
  // A sentence's own language decides its rules (an English quote in an Arabic article and vice versa).
  // (`=== true`: a pointer compare; a parameter's plain truth test compiles to the generic one, five checks.)
  const english = latinOnly === true || sentenceIsEnglish(n.norm, from, to, language);
  // This sentence's claims are out[first, out.length).
  const first = out.length;
  // Which scanners can find anything here: one cached answer per word (most sentences hold no reporting verb),
  // OR-ed by the tokenizer as it reads the words. The loops below are indexed, and each reads the arrays of one
  // scanner only (never a `[]` literal in their place): arrays of other elements kinds at one for-of made V8
  // deoptimize this function again and again in some runs.
  const bits = lastTokenizedClasses();
  const may = (bits & COUNT_GATE ? May.COUNT : 0) | (bits & DATE_GATE ? May.DATE : 0) | (bits & ATTRIBUTION_CUE ? May.CUE : 0);
  let attributions = NO_ATTRIBUTIONS;
  if (may & May.CUE) {
    const hits = scanAttributions(tokens, english);
    if (hits.length > 0) attributions = [];
    for (let k = 0; k < hits.length; k++) {
      const a = hits[k];
      const whole = toOriginal(n, a.s, a.e);
      // A sentence that opens with a verb of going on ("وأضاف أن …", "وتابع") goes on with the last speaker even across a
      // paragraph break (news paragraphs are a sentence or two); any other ("وأشار إلى أن", "…, and said", "مؤكدا أن") only
      // within its paragraph.
      let source = speaker.source ?? (a.continues && a.s === tokens[0].s ? (speaker.source = speaker.last) : undefined);
      if (a.ss !== sameSpeaker) {
        const src = toOriginal(n, a.ss, a.se);
        source = speaker.source = speaker.last = text.slice(src.start, src.end);
      }
      if (source !== undefined) {
        attributions.push({ start: whole.start, end: whole.end, source, forward: a.forward, clause: a.clause < 0 ? -1 : toOriginal(n, a.clause, a.clause).start, carried: false });
      }
    }
  }

  // Dates first: a number inside a date ("Jan. 3", "5 أو 6 آذار") is no count.
  const dateHits: DateHit[] = may & May.DATE ? scanDates(tokens, pub, n.norm) : NO_DATES;
  let kind = previousKind;
  if (may & May.COUNT) {
    const hits = scanCasualties(tokens, n.norm, english, dateHits, previousKind, bits);
    // (Only non-empty arrays reach casualtyClaims: the empty one is of another elements kind, and made V8 deoptimize it.)
    if (hits.length > 0) kind = casualtyClaims(out, first, hits, text, n, sentence, attributions) ?? previousKind;
  }
  if (may & May.DATE) dateClaims(out, dateHits, text, n, sentence, attributions);
  // Who said what, where no count or date carries it: at most STATEMENTS_PER_SENTENCE statements, so that what a
  // sentence gives stays in proportion to its length ("he said" 7,000 times in one sentence gave 7,000 copies of it).
  const firstStatement = out.length;
  for (let k = 0; k < attributions.length && out.length - firstStatement < STATEMENTS_PER_SENTENCE; k++) {
    const a = attributions[k];
    if (carried(attributions, a.start)) continue;
    a.carried = true;
    // ", adding that X", "، مضيفة أن X": the statement is the words added, not the whole sentence.
    const start = a.clause >= 0 ? a.clause : sentence.start;
    const end = a.clause >= 0 ? withoutFinalStop(text, start, sentence.end) : sentence.end;
    out.push({
      id: `statement-${a.start}-${a.end}`,
      type: 'statement',
      text: text.slice(start, end),
      start,
      end,
      sentence,
      attribution: { source: a.source, start: a.start, end: a.end },
      checkworthiness: 0.2,
    });
  }
  if (!inOrder(out, first)) sortFrom(out, first);
  return kind;
}

/** No dates (read only): a sentence without a date's word or number allocates no empty array for it. */
const NO_DATES: DateHit[] = [];
/** No attributions (read only), for a sentence without a cue word. */
const NO_ATTRIBUTIONS: Attribution[] = [];

/** Statements a sentence gives at most. */
const STATEMENTS_PER_SENTENCE = 8;

/** A count of the sentence already claimed on these very words ("قتل اثنان جنديان": two words for one two): ids stay unique. */
function countedAlready(out: Claim[], first: number, start: number, end: number): boolean {
  for (let k = first; k < out.length; k++) if (out[k].start === start && out[k].end === end && out[k].type === 'casualty') return true;
  return false;
}

/**
 * The claims of a sentence's casualty counts, added to `out`. Returns the kind of the last of them in claim order (by
 * start, then end: no two have the same both, see countedAlready), or undefined for none.
 */
function casualtyClaims(out: Claim[], first: number, hits: CasualtyHit[], text: string, n: Normalized, sentence: Span, attributions: Attribution[]): CasualtyKind | undefined {
  let kind: CasualtyKind | undefined;
  let lastStart = -1;
  let lastEnd = -1;
  for (let k = 0; k < hits.length; k++) {
    const c = hits[k];
    const { start, end } = toOriginal(n, c.s, c.e);
    if (countedAlready(out, first, start, end)) continue;
    const group = c.group ? toOriginal(n, c.group.s, c.group.e) : null;
    const attribution = nearestAttribution(attributions, start, end);
    const claim: Claim = {
      id: `casualty-${start}-${end}`,
      type: 'casualty',
      text: text.slice(start, end),
      start,
      end,
      sentence,
      casualty: { kind: c.kind, min: c.min, max: c.max, qualifier: c.qualifier, group: group ? text.slice(group.start, group.end) : '' },
      checkworthiness: casualtyWorthiness(c.kind, c.min ?? c.max ?? 1, attribution !== undefined),
    };
    if (attribution) {
      attribution.carried = true;
      claim.attribution = { source: attribution.source, start: attribution.start, end: attribution.end };
    }
    out.push(claim);
    if (start > lastStart || (start === lastStart && end > lastEnd)) {
      kind = c.kind;
      lastStart = start;
      lastEnd = end;
    }
  }
  return kind;
}

/** The claims of a sentence's dates, added to `out`. */
function dateClaims(out: Claim[], hits: DateHit[], text: string, n: Normalized, sentence: Span, attributions: Attribution[]) {
  for (let k = 0; k < hits.length; k++) {
    const d = hits[k];
    const { start, end } = toOriginal(n, d.s, d.e);
    const attribution = nearestAttribution(attributions, start, end);
    const claim: Claim = {
      id: `date-${start}-${end}`,
      type: 'date',
      text: text.slice(start, end),
      start,
      end,
      sentence,
      date: { values: d.values },
      checkworthiness: attribution ? 0.4 : 0.3,
    };
    if (attribution) {
      attribution.carried = true;
      claim.attribution = { source: attribution.source, start: attribution.start, end: attribution.end };
    }
    out.push(claim);
  }
}

/** An attribution in a sentence, on original offsets, and the source it names (or the paragraph's speaker). */
interface Attribution {
  start: number;
  end: number;
  source: string;
  /** It reports only what follows it ("…, while police said X"). */
  forward: boolean;
  /** Where the words it adds mid-sentence begin (", adding that X"); -1 for the whole sentence. */
  clause: number;
  /** A claim of the sentence carries it (see carried). */
  carried: boolean;
}

/** The end of a clause at the sentence's end, its final full stop (and spaces) left out. */
function withoutFinalStop(text: string, start: number, end: number): number {
  while (end > start && /[\s.۔!?؟]/.test(text[end - 1])) end--;
  return end;
}

/** The attribution nearest the claim [start, end) in its sentence: "X said" before it, or ", according to X" after it. */
function nearestAttribution(attributions: Attribution[], start: number, end: number): Attribution | undefined {
  let best: Attribution | undefined;
  let bestDistance = Infinity;
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    // ("bringing the toll to 42, while police said …", "…, adding that …": they report only what follows them.)
    if ((a.forward || a.clause >= 0) && a.start >= end) continue;
    const d = a.end <= start ? start - a.end : a.start >= end ? a.start - end : 0;
    if (d < bestDistance) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * One of the sentence's claims already carries an attribution that starts at `start`: every claim's attribution is
 * one of the sentence's, marked `carried` when a claim takes it (read on the attributions, one shape, and not on
 * the claims, of five).
 */
function carried(attributions: Attribution[], start: number): boolean {
  for (let k = 0; k < attributions.length; k++) if (attributions[k].carried && attributions[k].start === start) return true;
  return false;
}

const byPosition = (a: Claim, b: Claim) => a.start - b.start || a.end - b.end;
/** The claims from `first` on are already in byPosition order (the usual case: one claim, or counts before the dates after them). */
function inOrder(claims: Claim[], first: number): boolean {
  for (let k = first + 1; k < claims.length; k++) if (byPosition(claims[k - 1], claims[k]) > 0) return false;
  return true;
}
/**
 * Sorts claims[first, claims.length) by byPosition, stably (as Array.prototype.sort does: the same order): by
 * insertion for a sentence's few claims, the rest by sort.
 */
function sortFrom(claims: Claim[], first: number) {
  if (claims.length - first > 16) {
    const sorted = claims.slice(first).sort(byPosition);
    for (let k = 0; k < sorted.length; k++) claims[first + k] = sorted[k];
    return;
  }
  for (let k = first + 1; k < claims.length; k++) {
    const c = claims[k];
    let j = k - 1;
    while (j >= first && byPosition(claims[j], c) > 0) {
      claims[j + 1] = claims[j];
      j--;
    }
    claims[j + 1] = c;
  }
}

/**
 * Which scanners can find anything in a sentence (bits). (A const enum: esbuild writes each as its number where it is
 * used; a module `const` is a `var` of the bundle, loaded from the module's context and checked at every use.)
 */
const enum May {
  COUNT = 1,
  DATE = 2,
  CUE = 4,
}
/** The gates' word classes, read together: one array read per word. */
const ATTRIBUTION_CUE = classBit(attributionCue);
/** A word that may open a count, or a number; one that may start a date, or a number (each mask one module variable). */
const COUNT_GATE = classBit(opensCount) | HAS_NUMBER;
const DATE_GATE = classBit(mayStartDate) | HAS_NUMBER;

/** Deaths first, then the injured and missing, then the displaced, arrested and destroyed. */
const KIND_BASE: Record<CasualtyKind, number> = { killed: 0.62, injured: 0.57, missing: 0.57, displaced: 0.52, arrested: 0.52, destroyed: 0.47 };
/**
 * KIND_BASE[kind], by compares of the kind (interned strings: pointer compares); the keyed read of KIND_BASE by a
 * varying name went through V8's megamorphic keyed load, a stub-cache look-up per claim.
 */
const kindBase = (kind: CasualtyKind): number =>
  kind === 'killed' ? KIND_BASE.killed : kind === 'injured' ? KIND_BASE.injured : kind === 'missing' ? KIND_BASE.missing :
  kind === 'displaced' ? KIND_BASE.displaced : kind === 'arrested' ? KIND_BASE.arrested : KIND_BASE.destroyed;

/** Casualties rank above dates; deaths above other kinds; bigger and attributed counts higher. In 0..1. */
function casualtyWorthiness(kind: CasualtyKind, count: number, attributed: boolean): number {
  const magnitude = Math.min(Math.log10(Math.max(count, 1)) / 8, 0.25);
  return Math.round(Math.min(1, kindBase(kind) + magnitude + (attributed ? 0.1 : 0)) * 1000) / 1000;
}

/** A sentence's own script decides its rules: Latin only -> English; any Arabic word -> Arabic; else the article's. */
function sentenceIsEnglish(norm: string, from: number, to: number, language: Language): boolean {
  let latin = false;
  let arabicRun = 0;
  for (let i = from; i < to; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      if (++arabicRun >= 3) return false;
    } else {
      arabicRun = 0;
      if (c >= 97 && c <= 122) latin = true;
    }
  }
  return latin || language === 'en';
}
