/**
 * Casualty counts in one tokenized sentence, in two passes:
 *
 * 1. Candidates: every mention of a count — digits or number words (with scales, compounds and ranges),
 *    a number in parentheses or a number word restated in digits ("Nine (9)"), a dual ("جنديان"), one
 *    unnamed victim ("a woman", "قتل أب", "وأصيب آخر"), "both" — minus what is a count of something else
 *    by what it is (an age, a measure, a year, a decimal, a part of a name or a date).
 * 2. Roles: what happened to them (the kind), who they are (the group) and how sure the count is (the
 *    qualifier), from the clause around the candidate: a predicate before or after it (verbs, verbal nouns,
 *    participles, multi-word predicates), a toll it is the value of, and, for a candidate with no predicate of
 *    its own, the claim it continues: an enumeration, a breakdown by place, a subset, a restated toll.
 */
import type { Token } from '../text/tokens.ts';
import { bitsOf, classBit, inSet, lookup, memoByWord, TOKEN_NUM, TOKEN_WORD, wordClass, wordClasses, wordSet } from '../text/tokens.ts';
import { qualifyAfter, readQuantity, startsNumber, type Quantity, type Qualifier } from '../numbers/quantity.ts';
import { numberWord } from '../numbers/words.ts';
import * as L from './lexicon.ts';
import type { CasualtyKind } from './lexicon.ts';
import { nounForms, verbForms } from './lexicon/ar.ts';
import { isMonthWord } from './dates.ts';
import { at } from '../text/at.ts';
import { normalizeWord } from '../text/normalize.ts';

/**
 * A fixed word list the rules compare a whole token with. Asked of tokens (`is`), every list is one bit of a number kept
 * per distinct word (two numbers: 30 lists each), answered at the word's first question: a Set look-up per question
 * (hashing, then comparing the token's string) cost more than most of the tests it serves. `has` still answers strings.
 */
class ExactWords extends Set<string> {
  private readonly bit: number;
  private readonly high: boolean;
  /** It holds a member that is no word of letters ("-"): only then can a punctuation token be one of its words. */
  private readonly marks: boolean;
  constructor(words: Iterable<string>) {
    super(words);
    this.marks = [...this].some((w) => !/^[\p{L}\p{M}'-]*\p{L}/u.test(w));
    const n = EXACT_LISTS.push(this) - 1;
    this.high = n >= 30;
    this.bit = 1 << n % 30;
  }
  /** The token is one of these words. */
  is(t: Token | undefined): boolean {
    if (t === undefined) return false;
    // A punctuation token has no id of its own (it would be interned at its first question).
    if (t.kind === 'punct') return this.marks && this.has(t.t);
    return ((this.high ? exactHigh(t) : exactLow(t)) & this.bit) !== 0;
  }
}
const EXACT_LISTS: ExactWords[] = [];
const exactBits = (w: string, from: number) => {
  let bits = 0;
  for (let n = from; n < from + 30 && n < EXACT_LISTS.length; n++) if (EXACT_LISTS[n].has(w)) bits |= 1 << n % 30;
  return bits;
};
const exactLow = memoByWord((w: string) => exactBits(w, 0));
const exactHigh = memoByWord((w: string) => exactBits(w, 30));
const exact = (words: Iterable<string>) => new ExactWords(words);
/**
 * The lists asked most often (several times per token near a count) are word classes instead: one bit of the word's
 * class number, a typed-array read (see wordClass in tokens.ts).
 */
function classOfWords(words: Set<string>): (t: Token | undefined) => boolean {
  const bit = classBit(wordClass((w: string) => words.has(w)));
  const is = (t: Token | undefined) => t !== undefined && (wordClasses(t) & bit) !== 0;
  WORDS_BIT.set(is, bit);
  return is;
}
/** The class bit of each classOfWords (for a rule that reads a word's classes once and asks several). */
const WORDS_BIT = new Map<(t: Token | undefined) => boolean, number>();
const wordsBit = (is: (t: Token | undefined) => boolean): number => WORDS_BIT.get(is)!;

/** Fixed word lists the rules compare a whole word with (a Set look-up: a regular expression per call costs far more). */
const AGE_AR = exact(['عمره', 'عمرها', 'العمر', 'عمرهم']);
const FIRE_OR_WATER = exact(['burnt', 'burned', 'احترقت', 'احترق', 'away',
  // "The landslide buried at least 15 houses": buried buildings are destroyed (buried people are dead).
  'buried', 'burying', 'buries']);
const HAVE_DO = exact(['has', 'have', 'had', 'did', 'does']);
const HUNDRED_AR = exact(['المئة', 'المائة', 'مئة', 'المية']);
const IN = exact(['في', 'in']);
const OF = exact(['of', 'من']);
const OF_THEM_AR = exact(['منهم', 'منهن']);
const OF_THEM_OR_IT_AR = exact(['منهم', 'منها']);
const ONE_WITH_NOUN = exact(['family', 'day', 'time', 'point', 'tribe', 'clan', 'community', 'village', 'town', 'area', 'place', 'side', 'occasion']);
const ON_BOARD = exact(['في', 'in', 'on', 'aboard', 'onboard']);
const ORDINAL_VICTIM = exact(['death', 'fatality', 'victim', 'body', 'casualty']);
const OR_AND = exact(['أو', 'او', 'or', 'و', 'and', '-']);
const OWN_FATE = exact(['died', 'dies', 'perished', 'drowned', 'succumbed', 'disappeared', 'fled', 'vanished']);
const PARENT = exact(['father', 'mother', 'parent']);
const RELATIVE_WORDS = exact(['where', 'which', 'when', 'حيث']);
const THE_HUNDRED_AR = exact(['المئة', 'المائة', 'المية']);
const THE_THOSE_THEM = exact(['the', 'those', 'them']);
const TOLL_NOUNS = exact(['toll', 'tally', 'حصيلة', 'الحصيلة']);
const VICTIM_OF = exact(['body', 'bodies', 'death', 'deaths', 'killing', 'murder', 'corpse', 'remains']);
const YEAR_WORDS = exact(['year', 'years']);
/** The lexicon's fixed lists that are compared with a whole token here (its sets also answer clitic forms). */
const ANAPHORA_SAME = classBit(wordClass((w: string) => L.ANAPHORA_SAME.has(w)));
const isAnaphoraSame = (t: Token | undefined) => t !== undefined && (wordClasses(t) & ANAPHORA_SAME) !== 0;
const EXACT_WAW_NOUNS = exact(L.WAW_NOUNS);
const EXACT_THAT_CLAUSE = exact(L.THAT_CLAUSE);
const EXACT_PHRASE_ENDS = exact(L.PHRASE_ENDS);
const EXACT_OTHERS_NOMINATIVE = exact(L.OTHERS_NOMINATIVE);
const EXACT_NOT_VICTIMS = exact(L.NOT_VICTIMS);
const EXACT_NEGATIONS = exact(L.NEGATIONS);
const EXACT_DUALS = exact(L.DUALS);
const EXACT_ADVERBS_A = exact(L.ADVERBS_A);

/** A casualty found in one sentence; offsets are normalized-text offsets. */
export interface CasualtyHit {
  s: number;
  e: number;
  kind: CasualtyKind;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  group: { s: number; e: number } | null;
}

interface Group {
  s: number;
  e: number;
  last: number;
}

/** A count mention. `noun` is the victim word of a count written without a number. */
interface Candidate {
  q: Quantity;
  noun: number;
  group: Group | null;
  /** Joined to what comes before by "and" / "و": a new member of a list or a new clause. */
  conj: boolean;
  /** The second value of a toll that rose ("from 61 to 64"): it takes the first one's kind. */
  risen: boolean;
}

/**
 * Candidates and their quantities are made of one shape each (every field present): the rules read `c.q.first`,
 * `c.group` everywhere, and quantities of several shapes (with or without `join`, `tail`) made those reads generic.
 */
function candidate(q: Quantity, noun: number, group: Group | null, conj: boolean, risen: boolean): Candidate {
  return { q: shaped(q), noun, group, conj, risen };
}
/** A quantity of the one shape (a spread, as qualifyAfter's, is an object of another hidden class: see token()). */
const shaped = (q: Quantity): Quantity => ({ first: q.first, last: q.last, min: q.min, max: q.max, qualifier: q.qualifier, join: q.join, tail: q.tail });

interface Found {
  c: Candidate;
  kind: CasualtyKind;
  trigger: number;
}

/** (One shape, { kind, trigger, d }, for every role: a fourth field on the toll's roles, never read, made a second one.) */
interface Role {
  kind: CasualtyKind | null;
  trigger: number;
  d: number;
}

const LEFT_WINDOW = 6;
const RIGHT_WINDOW = 6;
const TOLL_WINDOW = 9;
/**
 * How far "rose to N", "إلى N" reach back to their toll, past the event it is of ("The death toll from Sunday's collision
 * between a passenger bus and a fuel tanker on the Kano-Zaria highway has risen to 14"): within the clause (no
 * punctuation) and to a toll noun only.
 */
const REACH_WINDOW = 28;

/** Words between a count and a predicate after it that do not count toward the distance. */
const AUX = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'also', 'reportedly', 'later', 'all', 'seriously', 'critically',
  'slightly', 'badly', 'severely', 'fatally', 'confirmed', 'now', 'still', 'since', 'believed', 'feared', 'said', 'to', 'who', 'got', 'reported',
]);
const isAux = classOfWords(AUX);

function triggerKind(tok: Token | undefined): CasualtyKind | undefined {
  if (!tok || tok.kind !== 'word') return undefined;
  return triggerKindOf(tok);
}
/** The predicate's kind of a word, one cached answer per word (asked of nearly every token). */
const triggerKindOf = memoByWord((w: string): CasualtyKind | undefined => lookup(L.TRIGGER_KIND, w) ?? (L.BY_GROUP.contains(w) ? 'killed' : undefined));

/** The token is one of these words (up to eight; no array is made per call: this runs for every token). */
// (A word is compared only with the words given: a comparison of a string with `undefined` compiles to a generic one.)
function isWord(t: Token | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string, h?: string): boolean {
  if (!t) return false;
  const w = t.t;
  if (w === a) return true;
  if (b === undefined) return false;
  if (w === b) return true;
  if (c === undefined) return false;
  if (w === c) return true;
  if (d === undefined) return false;
  if (w === d) return true;
  if (e === undefined) return false;
  return w === e || (f !== undefined && (w === f || (g !== undefined && (w === g || (h !== undefined && w === h)))));
}
/**
 * An aside opens right before token i: "including", "بينهم", "among them", "including them". (Asked of the scanner's
 * tokens only, i < tokens.length: most words before a count are none of ASIDE_CUE's, answered by their tokenBits.)
 */
const asideBefore = (tokens: Token[], i: number) => i >= 1 && (tb[i - 1] & ASIDE_CUE) !== 0 &&
  (L.ASIDE.contains(tokens[i - 1]) || (isWord(tokens[i - 1], 'them', 'whom') && isWord(at(tokens, i - 2), 'among', 'including')));
/** A word of L.ASIDE, "them" or "whom": asideBefore's and rightRole's gate. */
const ASIDE_CUE = classBit(wordClass((w: string) => L.ASIDE.contains(w) || w === 'them' || w === 'whom'));
const isComma = (w: string) => w === ',' || w === '،';
/** A dash with spaces on both sides ("five people - including two children - were killed"; en and em dashes fold to "-"). */
const isDash = (tokens: Token[], k: number) => tokens[k]?.t === '-' && tokens[k].kind === 'punct';
/** The closing spaced dash of an aside opened by the dash at k, within `limit` tokens and before any other punctuation; -1 when none. */
function dashAfter(tokens: Token[], k: number, limit: number): number {
  for (let j = k + 1; j <= k + limit && j < tokens.length; j++) {
    if (isDash(tokens, j)) return j;
    if (tokens[j].kind === 'punct' && !isComma(tokens[j].t)) return -1;
  }
  return -1;
}
/** "11 of them", "two of whom" at k: a count that opens an aside on the count before. */
function countOfThem(tokens: Token[], k: number): boolean {
  if (!tokens[k] || !startsNum(tokens, k)) return false;
  const q = readQuantity(tokens, k, '');
  return !!q && isWord(tokens[q.last + 1], 'of') && isWord(tokens[q.last + 2], 'them', 'whom');
}
/** Words before "of the N": the N is the whole set a part is taken from ("none of the 30 passengers", "three of the five people"). */
const PART_OF = exact(['none', 'neither', 'some', 'most', 'many', 'several', 'few', 'half', 'one']);
const isConj = classOfWords(new Set(['and', 'و', 'or']));
/** Words besides number words that startsNumber reads as the start of a number ("a hundred", "half a dozen", "few of", "tens of thousands"). */
const NUMBER_OPENERS = exact(['a', 'an', 'half', 'few', 'several', 'tens']);
/** A word that can start a number: one cached answer per word, so startsNumber looks at the words after it only for these. */
const mayStartNumber = wordClass((w: string) => NUMBER_OPENERS.has(w) || !!numberWord(w));
/** startsNumber (quantity.ts), asked of most tokens near a count: a number, or a word that can start one. */
function startsNum(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'num') return true;
  return t.kind === 'word' && mayStartNumber(t) && startsNumber(tokens, i);
}
/** A predicate carrying the conjunction "و" as a clitic ("وإصابة", not "وفيات"): it opens a clause. */
// (A cached bit of countContext: the question made a token and interned its word at every call.)
const conjoined = (t: Token) => t.kind === 'word' && (countContext(t) & C_CONJOINED) !== 0;
/**
 * A token made here, in the tokenizer's shape (its fields in its order): a spread ({ ...t, e }) made objects of another
 * hidden class, with `c` out of the object, and every rule that reads tokens then met two kinds of token (polymorphic).
 */
const token = (t: string, s: number, e: number, kind: Token['kind'], c: Token['c']): Token => ({ t, s, e, kind, c });

/**
 * Tokens for counting: a number in parentheses loses them ("(12)" reads as 12), and a number word restated in
 * digits is one token ("Nine (9)", "اثني عشر (12)"), so every rule sees one count.
 */
function withoutParentheses(tokens: Token[], norm: string): Token[] {
  // Most sentences hold no "(": one native search of the text answers for them (see NextIn).
  if (tokens.length === 0) return tokens;
  const paren = NEXT_PAREN.find(norm, tokens[0].s);
  if (paren < 0 || paren >= tokens[tokens.length - 1].e) return tokens;
  return numbersOutOfParentheses(tokens);
}
/**
 * withoutParentheses past its gate, for the few sentences with a "(": out of line, so that V8 compiles only the gate into
 * the scanner (this part runs too rarely to be optimized at all).
 */
function numbersOutOfParentheses(tokens: Token[]): Token[] {
  // The first "(" around a number alone: with none ("(AP)", "(PDLs)", most sentences with a "("), the tokens as they are
  // (a copy of every token, as before, changed nothing). The tokens before it are copied as they are.
  let open = 0;
  while (open < tokens.length && !(tokens[open].t === '(' && tokens[open + 1]?.kind === 'num' && tokens[open + 2]?.t === ')')) open++;
  if (open === tokens.length) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < open; i++) out[i] = tokens[i];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.t === '(' && tokens[i + 1]?.kind === 'num' && tokens[i + 2]?.t === ')') {
      const num = tokens[i + 1];
      const prev = at(out, out.length - 1);
      const pv = prev && prev.kind === 'word' ? numberWord(prev) : undefined;
      if (pv && pv.w.type !== 'vague' && 'value' in pv.w && (pv.w.value === Number(num.t) || wordsValue(out) === Number(num.t))) {
        out[out.length - 1] = token(prev!.t, prev!.s, tokens[i + 2].e, prev!.kind, prev!.c);
      } else out[out.length] = token(num.t, t.s, tokens[i + 2].e, num.kind, num.c);
      i += 2;
      continue;
    }
    out[out.length] = t;
  }
  return out;
}
/**
 * The tokenizer drops dashes; an English dash with white space on both sides (" - ", " – ", " — ") sets off an aside
 * like commas ("At least five people - including two children - were killed"), so it becomes a token here. A dash
 * between two numbers stays out: "20 - 30" is a range.
 */
function withDashes(tokens: Token[], norm: string, english: boolean): Token[] {
  if (!english || tokens.length === 0) return tokens;
  // A spaced dash stands between two tokens: with no " - " before the last token starts, none (see NextIn).
  const dash = NEXT_SPACED_DASH.find(norm, tokens[0].s);
  if (dash < 0 || dash >= tokens[tokens.length - 1].s) return tokens;
  let out: Token[] | undefined;
  // Each token's offsets and kind read once (this runs over every token of every sentence).
  let prevEnd = 0;
  let prevNum = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const num = t.kind === 'num';
    if (k > 0 && t.s - prevEnd >= 3 && !(prevNum && num)) {
      for (let x = prevEnd + 1; x < t.s - 1; x++) {
        if (norm.charCodeAt(x) !== 45 || norm.charCodeAt(x - 1) !== 32 || norm.charCodeAt(x + 1) !== 32) continue;
        out ??= tokens.slice(0, k);
        out.push({ t: '-', s: x, e: x + 1, kind: 'punct', c: undefined });
        break;
      }
    }
    if (out !== undefined) out.push(t);
    prevEnd = t.e;
    prevNum = num;
  }
  return out ?? tokens;
}

/**
 * Where a character next occurs in the text at or after an offset (-1: nowhere), remembered for the text in hand: the
 * sentences of an article come in order, so one native search answers for every sentence up to the next occurrence.
 * (A token-by-token scan for a rare mark read every token of every sentence.)
 */
class NextIn {
  private text = '';
  private from = 0;
  private at = -1;
  /** `spaced`: a character with a space on both sides (" - "); searched for alone, as a space is too common to search for. */
  constructor(private readonly char: string, private readonly spaced: boolean) {}
  find(text: string, from: number): number {
    if (from < this.from || (this.at >= 0 && this.at < from) || text !== this.text) {
      this.text = text;
      this.from = from;
      let at = text.indexOf(this.char, from);
      if (this.spaced) while (at >= 0 && !(text.charCodeAt(at - 1) === 32 && text.charCodeAt(at + 1) === 32)) at = text.indexOf(this.char, at + 1);
      this.at = at;
    }
    return this.at;
  }
}
const NEXT_PAREN = new NextIn('(', false);
const NEXT_SPACED_DASH = new NextIn('-', true);

/** The value of the number words that end `tokens` ("twenty-one", "اثني عشر"), for "(21)" restating them. */
function wordsValue(tokens: Token[]): number | undefined {
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 4); k--) {
    if (!startsNum(tokens, k)) continue;
    const q = readQuantity(tokens, k, '');
    if (q && q.last === tokens.length - 1) return q.min ?? undefined;
  }
  return undefined;
}

/**
 * The scanner's flags per token (in a date), one typed array kept from sentence to sentence: zero but for the tokens of
 * the last sentence's dates, [inDateFrom, inDateTo), which the next sentence clears (most sentences have none). Entries
 * past the sentence read 0. (Flags.take cleared the last sentence's whole span with TypedArray.prototype.fill: a call
 * into C++ for every sentence.) Only scanCasualties writes it; the rules it calls read it.
 */
let inDateFlags = new Uint8Array(256);
let inDateFrom = 0;
let inDateTo = 0;
function takeInDate(n: number): Uint8Array {
  if (n + 2 > inDateFlags.length) inDateFlags = new Uint8Array(2 * n + 2);
  else for (let k = inDateFrom; k < inDateTo; k++) inDateFlags[k] = 0;
  inDateFrom = 0;
  inDateTo = 0;
  return inDateFlags;
}
/**
 * The words that the rare rules below need to see before they can fire (a hostage, a hospital receiving, a transfer, a
 * denial, a verb of exceeding or estimating): a sentence with none of them (the tokenizer ORs every word's classes,
 * see lastTokenizedClasses) skips those rules for every count. They read a few tokens around each count, most of them
 * through Set look-ups, and found nothing in almost every sentence. Keep in step with takenHostage, receivedAt,
 * transportedTo, denied, tollQualifier, exceedsAt and estimatedAt: each returns its "none" unless one of its tokens is
 * a word of this class.
 */
export const rareCue = wordClass((w: string) =>
  HOSTAGE.contains(w) || RECEIVE.contains(w) || L.TRANSPORT_ACTIVE.contains(w) || L.DENIAL.contains(w) || isExceed(w) || ESTIMATE.contains(w));
const RARE_CUE = classBit(rareCue);
/** The sentence in hand holds a word of rareCue (set by scanCasualties for the rules it calls). */
let rare = true;
/** The sentence in hand holds a word of isPersonOrAge (set by scanCasualties): else no "the", "a", "his" opens a count. */
let persons = true;
/**
 * The scanner's tokens' kinds and word classes (tokenBits), indexed like its tokens (set by scanCasualties: the
 * tokenizer's own array, or a new one where withoutParentheses or withDashes made new tokens). The rules' token loops
 * read a token's classes there, without a call. Entries past the last token are not the sentence's: read only at
 * k < tokens.length.
 */
let tb: Int32Array = new Int32Array(0);
/** No count in the sentence: one array for every such sentence (the callers only read its length). */
const NO_HITS: CasualtyHit[] = [];
/**
 * Casualty counts in one tokenized sentence; extractClaims calls it only for a sentence with a number or a word of
 * opensCount. `previousKind`: the kind of the last count before it in its paragraph ("two of them", "two more").
 * `classes`: the word classes of the sentence's words, OR-ed (lastTokenizedClasses after its tokenize; -1 when unknown).
 */
export function scanCasualties(sentenceTokens: Token[], norm: string, english: boolean, dates: { s: number; e: number }[], previousKind?: CasualtyKind, classes = -1): CasualtyHit[] {
  rare = (classes & RARE_CUE) !== 0;
  persons = (classes & PERSON_OR_AGE) !== 0;
  const tokens = withDashes(withoutParentheses(sentenceTokens, norm), norm, english);
  tb = bitsOf(tokens);
  const inDate = takeInDate(tokens.length);
  // (Indexed loops here, not for-of: V8 compiles an iterator's protocol into the scanner for each.)
  for (let n = 0; n < dates.length; n++) {
    const d = dates[n];
    let k = firstFrom(tokens, d.s);
    if (inDateFrom === inDateTo || k < inDateFrom) inDateFrom = k;
    for (; k < tokens.length && tokens[k].s < d.e; k++) inDate[k] = 1;
    if (k > inDateTo) inDateTo = k;
  }
  const found: Found[] = [];
  // The last count that is no claim ("تم إنقاذ أسرة مكونة من 5 أفراد"): an aside right after it is its subset.
  let unclaimed: Candidate | undefined;
  const counts = candidates(tokens, norm, english, inDate);
  for (let n = 0; n < counts.length; n++) {
    const c = counts[n];
    if (rare && denied(tokens, c.q.first)) continue;
    const role = roleOf(tokens, c, english, found, inDate, previousKind);
    // "..., حيث تم إنقاذ أسرة مكونة من 5 أفراد، بينهم 3 أطفال": the subset of a count that is no claim is none either.
    if (role && role.trigger < 0 && unclaimed && asideBefore(tokens, c.q.first) && (unclaimed.group?.last ?? unclaimed.q.last) === c.q.first - 3) continue;
    // "Some 1,210 houses were damaged, 86 of them totally": a part of a count that is no claim is none, whatever came before.
    if (role && role.trigger < 0 && unclaimed && unclaimed.q.last < c.q.first && countOfThem(tokens, c.q.first) && !found.length) continue;
    if (!role || !role.kind) {
      unclaimed = c;
      continue;
    }
    let kind = role.kind;
    // "the elimination of 55 tanks": a predicate that depends on its victim becomes "destroyed" for equipment.
    if (role.trigger >= 0 && L.BY_GROUP.contains(tokens[role.trigger]) && c.group) {
      if (groupIs(tokens, c.group, L.EQUIPMENT)) kind = 'destroyed';
    }
    // Things are destroyed, people are not: "15 motorcycles burnt down", not "two motor vehicles injured".
    if (c.group && kind === 'destroyed' && (groupIs(tokens, c.group, L.PERSONS) || (groupIs(tokens, c.group, L.PERSON_PLURALS) && !groupIs(tokens, c.group, L.OTHERS)))) continue;
    if (c.group && kind !== 'destroyed' && groupIs(tokens, c.group, L.EQUIPMENT)) {
      if (!isFireOrCollapse(tokens[role.trigger])) continue;
      kind = 'destroyed';
    }
    // "none of the 30 passengers was hurt", "three of the five people on board": the whole set is no claim of its own,
    // unless its noun says what happened to it ("two of the 15 injured").
    if (partOf(tokens, c.q.first) && (role.trigger < 0 || role.trigger > (c.group?.last ?? c.q.last) + 1)) continue;
    // The tests of a missing or an arrested count (a few counts: out of line).
    if (kind === 'missing' || kind === 'arrested') {
      const kept = missingOrArrested(tokens, c, kind, role.trigger);
      if (kept === undefined) continue;
      kind = kept;
    }
    if (rare) {
      const q = tollQualifier(tokens, c.q);
      if (q !== c.q) c.q = shaped(q);
    }
    found[found.length] = { c, kind, trigger: role.trigger };
  }
  if (found.length === 0) return NO_HITS;
  // Stored one by one at the end of a literal, the hits are always one elements kind: found.map() gave PACKED arrays
  // before this function was optimized and HOLEY ones after it, and each change made V8 deoptimize the callers that read
  // them. (A store at the length, here and for `found` and candidates' `out`: TurboFan made each push a call of the
  // ArrayPrototypePush builtin; a store is inlined. Math.min with Infinity was float arithmetic.)
  const hits: CasualtyHit[] = [];
  for (let n = 0; n < found.length; n++) {
    const f = found[n];
    // The claim spans the count, its qualifier after the noun, its predicate and its group.
    let first = f.c.q.first;
    let last = f.c.q.last;
    const tail = f.c.q.tail ?? -1;
    const end = f.c.group ? f.c.group.last : -1;
    if (tail >= 0 && tail < first) first = tail;
    if (tail > last) last = tail;
    if (f.trigger >= 0 && f.trigger < first) first = f.trigger;
    if (f.trigger > last) last = f.trigger;
    if (end >= 0 && end < first) first = end;
    if (end > last) last = end;
    const group = f.c.group ? { s: f.c.group.s, e: f.c.group.e } : null;
    const s = group !== null && group.s < tokens[first].s ? group.s : tokens[first].s;
    hits[n] = { s, e: tokens[last].e, kind: f.kind, min: f.c.q.min, max: f.c.q.max, qualifier: f.c.q.qualifier, group };
  }
  return hits;
}

/**
 * scanCasualties' tests of a count that is missing or arrested by its predicate at `trigger`: its kind after them, or
 * undefined when it is no claim. (It may narrow c.group.)
 */
function missingOrArrested(tokens: Token[], c: Candidate, kind: CasualtyKind, trigger: number): CasualtyKind | undefined {
  // "Bandits snatched 15 passengers" (missing), "police seized 3 suspects" (arrested), "seized 12 rifles" (none).
  if (kind === 'missing' && trigger >= 0 && L.SEIZE_PEOPLE.contains(tokens[trigger])) {
    if (!c.group || !(groupIs(tokens, c.group, L.PERSONS) || groupIs(tokens, c.group, L.PERSON_PLURALS))) return undefined;
    if (groupIs(tokens, c.group, L.SOUGHT)) kind = 'arrested';
  }
  // "وفقدت 40 عائلة منازلها": the home lost after the group makes the loss a displacement.
  if (kind === 'missing' && trigger >= 0 && trigger < c.q.first && L.LOSE.contains(tokens[trigger]) && c.group) {
    const home = lostHome(tokens, c.group);
    if (home > 0) {
      kind = 'displaced';
      c.group = home - 1 >= c.q.last + 1 ? { s: c.group.s, e: tokens[home - 1].e, last: home - 1 } : null;
    }
  }
  // "searching for 3 suspects": whom a search is for are missing only when they are no fugitives.
  if (kind === 'missing' && c.group && groupIs(tokens, c.group, L.SOUGHT)) return undefined;
  // "ضبط 12 متهما" is an arrest, "ضبط 5 بنادق" a seizure; "لضبط 4 متهمين", "لاعتقال": in order to, not done.
  if (kind === 'arrested' && trigger >= 0 && ((L.SEIZE.contains(tokens[trigger]) && !(c.group && personGroup(tokens, c.group))) || purpose(tokens[trigger]) || ordered(tokens, trigger))) return undefined;
  // "إيقاف سائق القطار ومساعده عن العمل": suspended from work, not arrested.
  if (kind === 'arrested' && suspended(tokens, c.group?.last ?? c.q.last)) return undefined;
  return kind;
}

/** The first token that starts at or after offset `s` (tokens.length when none): tokens are in the order of the text. */
function firstFrom(tokens: Token[], s: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].s < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token of a home with a possessive ending in the group, or right after it ("عائلة منازلها"); -1 when none. */
function lostHome(tokens: Token[], g: Group): number {
  for (let k = g.last + 1; k >= 0 && tokens[k] && (k > g.last || tokens[k].s >= g.s); k--) if (tokens[k].kind === 'word' && L.HOMES.contains(tokens[k])) return k;
  return -1;
}

/** The count at `first` follows "N of the", "none of the": it is the set a part is taken from. */
function partOf(tokens: Token[], first: number): boolean {
  if (!isWord(at(tokens, first - 1), 'the', 'those') || !isWord(at(tokens, first - 2), 'of')) return false;
  const head = at(tokens, first - 3);
  return !!head && (head.kind === 'num' || PART_OF.is(head) || (!!numberWord(head) && numberWord(head)!.w.type !== 'vague'));
}

/** An Arabic group of people: a person noun with a sound ending ("متهمين", "متهما") or a plural of people ("أشخاص"). */
function personGroup(tokens: Token[], g: Group): boolean {
  return groupIs(tokens, g, L.PERSONS) || groupIs(tokens, g, L.AR_PERSON_PLURALS) || personPlural(tokens[g.last]) || personPlural(tokens[tokens.findIndex((t) => t.s === g.s)]);
}
const personPlural = memoByWord((w: string) => /(ين|ون)$/.test(w) && w.length > 4 && L.PERSONS.contains(w.slice(0, -2)));
/** "لضبط", "لاعتقال", "للقبض": an arrest predicate with the "ل" of purpose (in order to arrest). */
const purpose = memoByWord((w: string) => w.length > 3 && w.startsWith('ل') && (triggerKind({ t: w.startsWith('لل') ? `ال${w.slice(2)}` : w.slice(1), s: 0, e: 0, kind: 'word', c: undefined }) === 'arrested'));

/**
 * Predicates that depend on the count's group. "عشرات العائلات غادرت منازلها": leaving is displacement for families and
 * residents, not for a delegation or a patient. "انهيار 12 مبنى", "فجّر الجيش 7 منازل", "burnt 11 houses": collapse,
 * blowing up and fire destroy buildings and vehicles counted by a number ("انهيار مبنى" is the event, no tally; "جراء
 * انهيار سد" after "بينهم 4 أطفال" is no predicate of the children).
 */
function groupPredicate(tokens: Token[], k: number, c: Candidate): CasualtyKind | undefined {
  if (L.LEAVE.contains(tokens[k])) return c.group && groupIs(tokens, c.group, L.RESIDENTS) ? 'displaced' : undefined;
  // "وفر 300 شخص" (and fled): the same letters as "وفّر" (provided), so only with people ("وفر 300 خيمة" is none).
  if (tokens[k].t === 'وفر') return c.group && (personGroup(tokens, c.group) || groupIs(tokens, c.group, L.RESIDENTS)) ? 'displaced' : undefined;
  if (!L.THINGS_ONLY.contains(tokens[k]) || !c.group || !groupIs(tokens, c.group, L.EQUIPMENT) || (c.noun >= 0 && c.q.min === 1)) return undefined;
  // "أضرموا النيران في منزلين … فجر أمس": after its object, a bare "فجر" is dawn (the verb comes before it).
  return k > c.q.first && DAWN.is(tokens[k]) ? undefined : 'destroyed';
}
const DAWN = exact(['فجر', 'وفجر']);

/**
 * "وأمرت النيابة بضبط سائق": an arrest ordered, not made ("ب" and its verbal noun of apprehension after a verb of
 * ordering). An order to keep in custody ("أمرت بالاحتفاظ بأربعة") is about people already held: an arrest.
 */
function ordered(tokens: Token[], trigger: number): boolean {
  if (!tokens[trigger].t.startsWith('ب') || !L.APPREHEND.contains(tokens[trigger])) return false;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 3); k--) if (L.ORDER.contains(tokens[k])) return true;
  return false;
}

/** "عن العمل", "from duty" within a few words after the count: a suspension. */
function suspended(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 4 && tokens[k]; k++) if (isWord(tokens[k], 'عن', 'from') && tokens[k + 1] && L.DUTY.contains(tokens[k + 1])) return true;
  return false;
}

/** "dismissing reports of dozens dead as rumours": a count that is reported only to be denied. */
function denied(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) if (L.DENIAL.contains(tokens[k])) return true;
  return false;
}

/** Predicates that destroy the things they name: fire, and water that carries them off ("washed away 35 houses"). */
const isFireOrCollapse = (t: Token | undefined) => !!t && (FIRE_OR_WATER.is(t) || L.SWEPT.contains(t));
function groupIs(tokens: Token[], g: Group, set: Set<string>): boolean {
  for (let k = g.last; k >= 0 && tokens[k].s >= g.s; k--) if (inSet(set, tokens[k])) return true;
  return false;
}

// ---- 1. candidates --------------------------------------------------------------------------------

/** The count at i is joined to what comes before: "and 30", "و3", "وثلاثة". */
function joinedCount(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return isConj(at(tokens, i - 1)) || (t.kind === 'word' && t.t.startsWith('و') && !!numberWord(t)?.conj);
}

function candidates(tokens: Token[], norm: string, english: boolean, inDate: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const bits = tb;
  // (The class bits in a local, read once: a module-level binding is loaded and checked at every use in the loop. The
  // kind bits are written out: TOKEN_WORD, TOKEN_NUM.)
  const mayStartCount = MAY_START_COUNT;
  for (let i = 0; i < tokens.length; i++) {
    // One read of the token's kind and classes (tb) answers both gates (startsNum's, then mayStartCount's); a token in
    // a date is skipped too, asked last (most words fail the first gate).
    const classes = bits[i];
    if ((classes & (536870912 satisfies typeof TOKEN_WORD)) !== 0) {
      if ((classes & mayStartCount) === 0) continue;
      // "the", "his": in English an opener only before a person noun (implicitCount): with none in the sentence, none.
      if ((classes & DETERMINER) !== 0 && english && !persons) continue;
    } else if ((classes & (268435456 satisfies typeof TOKEN_NUM)) === 0) continue;
    if (inDate[i]) continue;
    const t = tokens[i];
    if ((classes & (268435456 satisfies typeof TOKEN_NUM)) !== 0 || ((classes & MAY_START_NUMBER) !== 0 && startsNumber(tokens, i))) {
      let q = readQuantity(tokens, i, norm);
      if (!q) continue;
      if (english) q = abbreviatedMillions(tokens, q);
      else q = dottedThousands(tokens, q);
      const next = q.last + 1;
      if (!notACount(tokens, q, norm, english, inDate)) {
        const conj = joinedCount(tokens, i);
        // (Only a range can be a toll that rose: no array of parts for any other quantity.)
        if (q.qualifier !== 'range') out[out.length] = candidate(q, -1, groupAfter(tokens, q.last + 1, english, inDate), conj || isConj(at(tokens, q.first - 1)), false);
        else {
          const parts = risingParts(tokens, q);
          for (let n = 0; n < parts.length; n++) {
            const part = parts[n];
            out[out.length] = candidate(part, -1, groupAfter(tokens, part.last + 1, english, inDate), conj || isConj(at(tokens, part.first - 1)), n > 0);
          }
        }
      }
      i = Math.max(i, next - 1);
      continue;
    }
    // "وأصيب مثلهم": as many again as the count just before.
    if ((classes & ANAPHORA_SAME) !== 0 && out.length && triggerKind(at(tokens, i - 1))) {
      out.push(candidate({ ...out[out.length - 1].q, first: i, last: i }, -1, null, false, false));
      continue;
    }
    // Every English count without a number opens with a word of OPENERS (implicitCount answers nothing for any other).
    if (english && (classes & OPENER) === 0) continue;
    const last = at(out, out.length - 1);
    const lastEnd = last ? (last.group?.last ?? last.q.last) : -2;
    // "Two of them, both women, ...": "both" restates the count before it, an apposition, no count of its own.
    if (t.t === 'both' && at(tokens, i - 1)?.t === ',' && last && (lastEnd === i - 2 || (isWord(at(tokens, i - 2), 'them') && last.q.last === i - 4))) continue;
    // (The distance to the count before asked first, placeOf's too: most words are far from it, and isConj is a call.)
    const implicit = implicitCount(tokens, i, english, i === lastEnd + 1 || (english && (i === lastEnd + 2 || (i - lastEnd >= 4 && i - lastEnd <= 6 && placeOf(tokens, lastEnd + 1, i - 1))) && (isConj(at(tokens, i - 1)) || at(tokens, i - 1)?.t === ',')));
    if (implicit) i = implicitCandidate(tokens, out, i, implicit, last, english);
  }
  withKin(tokens, out, english);
  // "قتل شخص واحد على الأقل": an Arabic victim's qualifier follows its adjective "one"; "30 قتيلا على الأقل", "12 dead at
  // least": after the kind noun that follows the number.
  for (let n = 0; n < out.length; n++) {
    const c = out[n];
    const q = c.group ? qualifyAfter(tokens, (!english && c.noun >= 0 && AR_ONE.is(tokens[c.noun + 1]) ? c.noun + 1 : c.group.last) + 1, c.q)
      : triggerKind(tokens[c.q.last + 1]) ? qualifyAfter(tokens, c.q.last + 2, c.q) : c.q;
    if (q !== c.q) c.q = shaped(q);
  }
  return out;
}

/**
 * A count without a number that implicitCount found at token i, added to `out` (a thirtieth of the tokens candidates()
 * asks about): out of line, so that V8 compiles less into candidates(). Returns the token to go on after.
 */
function implicitCandidate(tokens: Token[], out: Candidate[], i: number, implicit: { q: Quantity; noun: number }, last: Candidate | undefined, english: boolean): number {
  const t = tokens[i];
  // "جثتي شقيقين", "جثماني طفلة": the victims of a body noun in the dual are its complement, not a count.
  if (last && last.noun === i - 1 && L.BODIES.contains(tokens[i - 1]) && !t.t.startsWith('و')) return i;
  // "وطفلين شقيقين": a dual right after a dual describes it (an adjective in agreement), no second count.
  if (last && last.noun === i - 1 && last.q.min === 2 && implicit.q.min === 2 && !t.t.startsWith('و')) return i;
  const joined = joinedCount(tokens, i) || (t.t.startsWith('و') && !L.PERSONS.contains(t.t) && !EXACT_DUALS.is(t));
  // "قتل شرطي وطفلاه": the group is the kin, without the "و" that joins them.
  const noun = tokens[implicit.noun];
  const clitic = !english && noun.t.startsWith('و') && (L.possessiveDual(noun.t.slice(1)) || L.possessiveOne(noun.t.slice(1)) || L.PERSONS.contains(noun.t.slice(1)) || L.EQUIPMENT.contains(noun.t.slice(1)) || L.DUALS.contains(noun.t.slice(1))) ? 1 : 0;
  // "جثتي طفلين", "جثتي صيادين": the people after a body noun in the dual are its group (two children).
  const of = at(tokens, implicit.noun + 1);
  const g = !english && L.BODIES.contains(noun) && of && !of.t.startsWith('و') && (L.AR_PERSON_PLURALS.contains(of) || personPlural(of)) ? implicit.noun + 1 : -1;
  out.push(candidate(implicit.q, implicit.noun, g >= 0 ? { s: tokens[g].s, e: tokens[g].e, last: g } : { s: noun.s + clitic, e: noun.e, last: implicit.noun }, joined, false));
  return Math.max(i, implicit.q.last);
}

/**
 * A sound dual or plural of a person noun, indefinite ("عاملين", "وطالبان"): the same letters are a plural
 * ("عاملين") or a name ("طالبان"), so it counts two only when the word after it agrees in the dual.
 */
/**
 * The victims of an Arabic verbal noun, one person and their kin, are one count: "مقتل رجل وابنه" (2), "وفاة سيدة وطفلها"
 * (2), "إصابة مواطن وطفليه" (3). Merges the kin's candidate into the person's, in place: a verbal noun of a casualty, a
 * singular person named without a number right after it, then "و" + kin with a possessive ending. With a verb, the
 * annotated sets count each of them ("لقيت امرأة وطفلتها حتفهما": 1 and 1), and so in English ("a woman and her two
 * daughters": 1 and 2).
 */
function withKin(tokens: Token[], out: Candidate[], english: boolean): void {
  if (english) return;
  for (let n = out.length - 1; n > 0; n--) {
    const p = out[n - 1];
    const k = out[n];
    if (p.noun < 0 || p.q.min !== 1 || p.q.max !== 1 || !p.group || !k.group || k.q.qualifier !== 'exact' || k.q.min === null || k.q.max === null) continue;
    const end = p.group.last;
    const kin = k.noun === end + 1 && tokens[k.noun].t.startsWith('و') && (possessiveOne(tokens[k.noun]) || possessiveDual(tokens[k.noun])) &&
      p.q.first > 0 && L.AR_EVENT_NOUNS.contains(tokens[p.q.first - 1]);
    if (!kin || !L.PERSONS.contains(tokens[p.noun])) continue;
    out[n - 1] = { ...p, q: { ...p.q, min: 1 + k.q.min, max: 1 + k.q.max, last: Math.max(p.q.last, k.q.last) }, group: { s: p.group.s, e: k.group.e, last: k.group.last } };
    out.splice(n, 1);
  }
}

/** "ابنتيها", "طفليه": two of one's kin (lexicon.ts possessiveDual), once per word. */
const possessiveDual = memoByWord(L.possessiveDual);
/** "والدتهما", "وطفلتها": one of one's kin (lexicon.ts possessiveOne), once per word. */
const possessiveOne = memoByWord(L.possessiveOne);
const agreeingDualForm = memoByWord((w: string) => {
  if (!/(ان|ين)$/.test(w) || /^(و?ال|لل)/.test(w) || w.length < 5) return false;
  return L.PERSONS.contains(w.slice(0, -2));
});
/** "عاملين لا يزالان مفقودين" (a verb in the dual), "طالبان جامعيان" (an adjective in the dual). */
function dualAgreement(tokens: Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[i].t.endsWith('ان')) return !!tokens[j] && /^[يت].{2,}ان$|..يان$/.test(tokens[j].t);
  while (tokens[j] && EXACT_NEGATIONS.is(tokens[j])) j++;
  if (tokens[j] && /^[يت].{2,}ان$|^اللذ(ين|ان)$/.test(tokens[j].t)) return true;
  // "اعتقل مواطنين لبنانيين اجتازا الخط": a verb in the past dual after the noun and its adjective ("ين" too).
  // ("عاملين اثنين اختناقا": a number word is no adjective here, and a manner of death no verb.)
  while (tokens[j] && tokens[j].kind === 'word' && /..ين$/.test(tokens[j].t) && !tokens[j].t.startsWith('ال') && !numberWord(tokens[j]) && j - i <= 2) j++;
  return j > i + 1 && !!tokens[j] && tokens[j].kind === 'word' && /^.{3,}[^و]ا$/.test(tokens[j].t) && !EXACT_ADVERBS_A.is(tokens[j]) && !numberWord(tokens[j]) && !L.MANNER.contains(tokens[j]);
}

/** "a woman from Kisumu and her son": a short phrase of origin or place between two members of a list. */
function placeOf(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4 || !isWord(tokens[from], 'from', 'of', 'in')) return false;
  for (let k = from + 1; k < to; k++) if (tokens[k].kind !== 'word' || triggerKind(tokens[k]) || L.GROUP_STOP.contains(tokens[k])) return false;
  return true;
}

/**
 * A sentence holds a count only if one of its tokens is a number or one of these words: the words that start
 * a count, less the articles and possessives, which start one ("a woman", "the two guards", "her son") only
 * before such a word (a person noun).
 */
export const opensCount = wordClass((w: string) => !/^(a|an|the|his|her|their|its|few|several)$/.test(w) && mayStartCount(w));

/**
 * A noun after a number that makes it no count of victims ("3 hours", "5 قرى"); a noun with a preposition
 * attached is no counted noun but a place ("و11 بمستشفى ساقلتة": 11 at the hospital).
 */
const notVictims = memoByWord((w: string) => L.NOT_VICTIMS.has(w) || (L.NOT_VICTIMS.contains(w) && !(/^[بل]/.test(w) && L.NOT_VICTIMS.contains(w.slice(1)))));
/** "بمستشفى", "بالمستشفى": a place with its preposition, where a breakdown's group would start. */
const placeWithPreposition = memoByWord((w: string) => /^[بل]/.test(w) && (L.NOT_VICTIMS.contains(w.slice(1)) || L.HOSPITAL.contains(w.slice(1))));

const ORDINAL = exact(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** One body: "Another body was recovered". */
const BODY = exact(['body', 'corpse']);
/** Deaths that follow another predicate of their subject: "were overcome by fumes and died". */
const DIED = exact(['died', 'perished', 'drowned', 'succumbed']);
/** "left a woman dead", "leaving the driver injured": a predicate after the object of "left". */
const LEFT = exact(['left', 'leaving', 'leaves', 'leave']);
const PASSIVE_AUX = exact(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got']);
/** The object of an active verb in a relative clause: "the two nurses who treated him" are no victims. */
const OBJECT_START = exact(['him', 'her', 'them', 'it', 'a', 'an', 'the', 'his', 'their', 'its']);

/** Cheap gate, one cached answer per word: only these words can start a count. */
const mayStartCount = wordClass((w: string) =>
  !!numberWord(w) || L.ANAPHORA_SAME.has(w) || L.DUALS.contains(w) || L.PERSONS.contains(w) || L.ANOTHER.contains(w) ||
  /^(a|an|the|both|half|tens|his|her|their|its|few|several)$/.test(w) || BODY.has(w) || ORDINAL.has(w) || agreeingDualForm(w) || possessiveDual(w) || possessiveOne(w) || L.ONE_OF_THEM.contains(w) || (w.startsWith('و') && L.PERSONS.contains(w.slice(1))) ||
  L.EQUIPMENT_ONE.contains(w) || oneCasualty(w) || (w.startsWith('و') && AR_ONE_CASUALTY.has(w.slice(1))));

const MAY_START_COUNT = classBit(mayStartCount);
/**
 * "the", "his", "her", "their", "its" (no number's start, no anaphora): an English count opens with one of them only
 * before a person noun or "year-old" (implicitCount asks personWithin only when the sentence holds one, `persons`).
 */
const DETERMINER = classBit(wordClass((w: string) =>
  (w === 'the' || w === 'his' || w === 'her' || w === 'their' || w === 'its') && !mayStartNumber(w) && !L.ANAPHORA_SAME.has(w)));
const MAY_START_NUMBER = classBit(mayStartNumber);

/**
 * "1.4m people", "2mn refugees": "m" joined to the digits is millions when people follow it ("a 10m wall" is metres,
 * and stays what it was).
 */
function abbreviatedMillions(tokens: Token[], q: Quantity): Quantity {
  const num = tokens[q.last];
  const m = tokens[q.last + 1];
  if (num.kind !== 'num' || !m || (m.t !== 'm' && m.t !== 'mn') || m.s !== num.e || q.min === null || q.max === null) return q;
  const after = tokens[q.last + 2];
  if (!after || !(L.PERSON_PLURALS.contains(after) || L.PERSONS.contains(after))) return q;
  return { ...q, last: q.last + 1, min: Math.round(q.min * 1e6), max: Math.round(q.max * 1e6) };
}

/**
 * "إيواء نحو 1.200 شخص": in Arabic text a point before groups of three digits separates thousands (1.200 is 1200); a
 * scale word after it makes it a decimal ("1.500 مليون" stays 1.5 million).
 */
function dottedThousands(tokens: Token[], q: Quantity): Quantity {
  const num = tokens[q.last];
  if (num.kind !== 'num' || q.min === null || Number.isInteger(q.min) || !/^\d{1,3}(\.\d{3})+$/.test(num.t)) return q;
  const value = Number(num.t.replace(/\./g, ''));
  return { ...q, min: value, max: q.max === null ? null : value };
}

/** "rose from 61 to 64", "ارتفع من 18 إلى 26": a toll that changed gives two counts, not a range. */
function risingParts(tokens: Token[], q: Quantity): Quantity[] {
  if (q.qualifier !== 'range' || q.join === undefined || !TO.contains(tokens[q.join])) return [q];
  let rising = false;
  for (let k = q.first - 1; k >= Math.max(0, q.first - 8); k--) if (L.RISE.contains(tokens[k])) rising = true;
  // "The death toll rose by 12 to 85": the toll is the second number, the first is how much it rose.
  if (rising && isWord(at(tokens, q.first - 1), 'by')) return [{ first: q.join + 1, last: q.last, min: q.max, max: q.max, qualifier: 'exact' }];
  if (!rising || !FROM.contains(tokens[q.first - 1])) return [q];
  return [
    { first: q.first - 1, last: q.join - 1, min: q.min, max: q.min, qualifier: 'exact' },
    { first: q.join, last: q.last, min: q.max, max: q.max, qualifier: 'exact' },
  ];
}

/** "في حينه", "آنذاك": at the time, a time phrase without a date. */
const THEN = new Set(['حينه', 'حينها', 'آنذاك', 'انذاك', 'وقتها', 'وقتئذ']);
const isThen = classOfWords(THEN);
const TO = wordSet(['to', 'إلى']);
/** An indefinite Arabic person noun: one victim ("لقي مواطن مصرعه"). */
const oneVictim = (t: Token) => t.kind === 'word' && L.PERSONS.contains(t) && !/^(و?ال|لل|بال)/.test(t.t);
/** Prepositions of time before a date: "خلال الأسبوع الماضي", "منذ", "في". */
const TIME_PREP = exact(['خلال', 'منذ', 'في', 'حتى']);
/** "أن", "إن", "بأن" (and with "و"): a complementizer before a clause's subject. */
const THAT_AR = wordSet(['أن', 'إن', 'بأن', 'وأن', 'وإن']);
/** "واحد", "واحدة": one, as an adjective after a noun. */
const AR_ONE = exact(['واحد', 'واحدة', 'واحدا']);
/** "أحد", "إحدى": one of (a set named after it, "أحد الحراس"), never an adjective. */
const ONE_OF = L.ONE_OF;
/** The set after "أحد": definite ("الكوادر") or a plural of people in construct ("عناصر الأمن"); "واحد" (one) has none. */
const oneOfSet = (t: Token | undefined) => !!t && t.kind === 'word' && (t.t.startsWith('ال') || L.AR_PERSON_PLURALS.contains(t) || personPlural(t));
/** "بتهمة", "للاشتباه في", "بتورطهم في": the charge a verbal noun at k is the crime of. */
const CHARGE = wordSet(['بتهمة', 'بتهم', 'تهمة', 'بجريمة', 'جريمة']);
const SUSPICION = wordSet(['للاشتباه', 'الاشتباه', 'اشتباه', 'بالاشتباه', 'تورطهم', 'تورطه', 'تورطها', 'بتورطهم', 'بتورطه', 'قضية']);
function chargeBefore(tokens: Token[], k: number): boolean {
  const a = at(tokens, k - 1);
  if (!a || a.kind !== 'word') return false;
  if (CHARGE.contains(a)) return true;
  const b = at(tokens, k - 2);
  return a.t === IN_AR && !!b && SUSPICION.contains(b);
}
const IN_AR = normalizeWord('في');
/** "هم", "هما", "هن": "the victims are …". Exact words. */
const COPULA_AR = exact(['هم', 'هما', 'هن'].map((w) => normalizeWord(w)));
/** "متأثرا بجروحه": (died) of his wounds. */
const OF_WOUNDS = wordSet(['متأثرا', 'متأثرة', 'متأثرين', 'متأثر']);
/** "ولا يزال عامل في عداد المفقودين": still (the subject follows). */
const STILL = wordSet(['يزال', 'تزال', 'زال', 'مازال', 'مازالت', 'زالت', 'يزالان', 'تزالان']);
/** "بأكثر من", "بنحو", "ب", "at": the value a toll is estimated at, after a verb of estimating ("قدر", "يقدر", "estimated", "put"). */
const AT_VALUE = wordSet(['ب', 'بأكثر', 'بنحو', 'بحوالي', 'بما', 'at']);
const ESTIMATE = wordSet(['قدرت', 'قدر', 'يقدر', 'تقدر', 'قدروا', 'estimated', 'estimates', 'estimate', 'put', 'puts', 'putting']);
function estimatedAt(tokens: Token[], first: number): boolean {
  const value = AT_VALUE.contains(tokens[first]) ? first : at(tokens, first - 1) && AT_VALUE.contains(tokens[first - 1]) ? first - 1 : -1;
  if (value < 0) return false;
  for (let k = value - 1; k >= Math.max(0, value - 12); k--) if (ESTIMATE.contains(tokens[k])) return true;
  return false;
}
const ON = wordSet(['على']);
const COMPARED = wordSet(['compared', 'مقارنة', 'بالمقارنة']);
const CONSUME = wordSet(['أتت', 'أتى', 'تأتي', 'يأتي']);
/** Prepositions of a short phrase between an Arabic verb and its subject ("وأصيب في الحادث 5 أشخاص"): exact words. */
const ARABIC_AFTER = exact(['في', 'خلال', 'بعد'].map((w) => normalizeWord(w)));
/** "ثلاث أسر": families, not captivity, right after a number. */
const FAMILIES = wordSet(['أسر']);
/** Words that open a clause of its own after an aside: "، فيما أصيب 43 آخرون". */
const CLAUSE_OPENERS = wordSet(['فيما', 'بينما', 'while', 'whereas']);
const FROM = wordSet(['from', 'من']);

/** "$", "€", "£", "¥", "₹" (by code unit: the text's characters are read as numbers, no string made per question). */
const isMoney = (c: number) => c === 36 || c === 8364 || c === 163 || c === 165 || c === 8377;
const CARRYING = exact(['carrying', 'carried', 'ferrying', 'transporting']);
const CLOCK = /\s?(am|pm|a\.m|p\.m)\b/y;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The word ends in these two letters (read as code units: a test before a regular expression, which costs far more). */
const endsWith2 = (w: string, a: string, b: string) => w.length >= 2 && w.charCodeAt(w.length - 2) === a.charCodeAt(0) && w.charCodeAt(w.length - 1) === b.charCodeAt(0);
/** The sticky pattern matches at norm[at]. */
function startsAt(pattern: RegExp, norm: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(norm);
}
/** "am", "p.m" (after a space or not) at norm[at]: CLOCK, tried only when an "a" or a "p" opens it. */
function clockAt(norm: string, at: number): boolean {
  const c = norm.charCodeAt(at);
  const next = norm.charCodeAt(at + 1);
  return (c === 97 || c === 112 || next === 97 || next === 112) && startsAt(CLOCK, norm, at);
}

/**
 * What a word next to a number can say about it in notACount, one cached number per word (bits below): the rules ask
 * the words before and after each number (two or three answers instead of a dozen list look-ups), and most words are
 * none of these.
 */
const NX_DIRECT = 1; // a month or a noun of no victims: "3 hours", "5 قرى", "12 March"
const C_OF = 1 << 1;
const C_MIN = 1 << 2; // "من"
const C_PERCENT = 1 << 3;
const C_OR_AND = 1 << 4;
const C_IN = 1 << 5;
const C_YEAR = 1 << 6;
const C_S = 1 << 7;
const C_M = 1 << 8; // "m", "mn", "bn"
const C_ONE_NOUN = 1 << 9;
const C_CARRYING = 1 << 10;
const C_MONTH = 1 << 11;
const C_NOT_COUNT_BEFORE = 1 << 12;
const C_FI = 1 << 13; // "في" as written in the rule below (exactly)
const C_AND_TO = 1 << 14;
const C_THE_NO = 1 << 15;
const C_COMMA = 1 << 16; // "," (exactly)
const C_EXACT_NOT_VICTIMS = 1 << 17;
const C_NOT_VICTIMS = 1 << 18; // L.NOT_VICTIMS, clitics stripped
const C_HUNDRED_AR = 1 << 19;
const C_AGE_AR = 1 << 20;
const C_OLD = 1 << 21;
const C_OPENS_PHRASE = 1 << 22; // L.opensPhrase: phraseAt's gate
// leftRole's (past its quietLeft gate; with roleWords' bits):
const C_WAW_WORD = 1 << 23; // "و" and two letters or more, no number word
const C_WAW_CLAUSE = 1 << 24; // C_WAW_WORD, and no toll, rising, "was", reaching verb nor noun of WAW_NOUNS: "وأنقذت"
const C_RISING = 1 << 25; // L.RISE, L.REACH, isExceed
const C_ON = 1 << 26; // ON
const C_PHRASE_END = 1 << 27; // phraseEndingAt's gate
const C_TOLL = 1 << 28; // L.TOLL
const C_CONJOINED = 1 << 29; // conjoined: "و" and a predicate ("وإصابة")
const countContext = memoByWord((w: string): number =>
  (isMonthWord(w) || notVictims(w) ? NX_DIRECT : 0) | (w === 'of' ? C_OF : 0) | (w === 'من' ? C_MIN : 0) | (w === '%' || w === '٪' ? C_PERCENT : 0) |
  (OR_AND.has(w) ? C_OR_AND : 0) | (IN.has(w) ? C_IN : 0) | (YEAR_WORDS.has(w) ? C_YEAR : 0) | (w === 's' ? C_S : 0) | (w === 'm' || w === 'mn' || w === 'bn' ? C_M : 0) |
  (ONE_WITH_NOUN.has(w) ? C_ONE_NOUN : 0) | (CARRYING.has(w) ? C_CARRYING : 0) | (isMonthWord(w) ? C_MONTH : 0) | (L.NOT_COUNT_BEFORE.contains(w) ? C_NOT_COUNT_BEFORE : 0) |
  (w === 'في' ? C_FI : 0) | (w === 'and' || w === 'to' ? C_AND_TO : 0) | (w === 'the' || w === 'no' ? C_THE_NO : 0) | (w === ',' ? C_COMMA : 0) |
  (EXACT_NOT_VICTIMS.has(w) ? C_EXACT_NOT_VICTIMS : 0) | (L.NOT_VICTIMS.contains(w) ? C_NOT_VICTIMS : 0) | (HUNDRED_AR.has(w) ? C_HUNDRED_AR : 0) | (AGE_AR.has(w) ? C_AGE_AR : 0) |
  (w === 'old' ? C_OLD : 0) | (L.opensPhrase(w) ? C_OPENS_PHRASE : 0) | leftWords(w));
const leftWords = (w: string): number => {
  const waw = w.length > 2 && w.startsWith('و') && !numberWord(w);
  return (waw ? C_WAW_WORD : 0) |
    (waw && !L.TOLL.contains(w) && !L.RISE.contains(w) && !L.WAS.contains(w) && !L.REACH.contains(w) && !EXACT_WAW_NOUNS.has(w) ? C_WAW_CLAUSE : 0) |
    (L.RISE.contains(w) || L.REACH.contains(w) || isExceed(w) ? C_RISING : 0) | (ON.contains(w) ? C_ON : 0) |
    (EXACT_PHRASE_ENDS.has(w) || w === 'death' ? C_PHRASE_END : 0) | (L.TOLL.contains(w) ? C_TOLL : 0) |
    (w.length > 3 && w.startsWith('و') && !!triggerKindOf(w.slice(1)) ? C_CONJOINED : 0);
};

/** Why a number cannot be a casualty count: it is part of a date or a name, an age, a time, a measure. */
// (Every test says "true": in any order, one answer. The hot path reads the words' bits and the characters next to the
// digits once; the tests a few numbers reach run out of line, in notACountRarely, so V8 compiles little into this one.)
function notACount(tokens: Token[], q: Quantity, norm: string, english: boolean, inDate: Uint8Array): boolean {
  const first = tokens[q.first];
  const lastTok = tokens[q.last];
  const next = tokens[q.last + 1];
  const prev = at(tokens, q.first - 1);
  const after = tokens[q.last + 2];
  // The words around the number, as countContext's bits (a token's list look-ups answer by its word alone).
  const nx = next ? countContext(next) : 0;
  const pv = prev ? countContext(prev) : 0;
  const af = after ? countContext(after) : 0;
  if (q.min !== null && !Number.isInteger(q.min)) return true; // "a magnitude-6.4 quake", "3.5 metres"
  if ((nx & NX_DIRECT) !== 0 && next.kind === 'word') return true;
  if ((nx & C_PERCENT) !== 0 && next.kind === 'punct') return true;
  // The characters joined to the digits: "Care4Calais", "COVID-19", "22:15", "$5,000" (before), "4:30", "24/7", "5pm" (after).
  if (first.kind === 'num' && first.s > 0 && norm.charCodeAt(first.s - 1) !== 32 && joinedBefore(norm, first.s)) return true;
  if (lastTok.kind === 'num') {
    // (CLOCK's letters, "am", "pm", "a.m", "p.m", start at the digits' end or one space after.)
    const c = norm.charCodeAt(lastTok.e);
    if ((c === 58 || c === 47 || clockLetters(c, norm.charCodeAt(lastTok.e + 1)) || clockLetters(norm.charCodeAt(lastTok.e + 1), norm.charCodeAt(lastTok.e + 2))) &&
      joinedAfter(norm, lastTok.e)) return true;
  }
  // money after a qualifier ("up to $5,000"), or after a space ("$ 5"): the number token itself
  let numTok = first;
  for (let k = q.first; k < q.last && numTok.kind !== 'num'; k++) numTok = tokens[k + 1];
  if (numTok.kind === 'num' && (isMoney(norm.charCodeAt(numTok.s - 1)) || isMoney(norm.charCodeAt(numTok.s - 2)))) return true;
  // "22 relief camps", "12 evacuation centres": a place of the displaced, not a count of them.
  if (english && (nx & C_OPENS_PHRASE) !== 0 && next.kind === 'word') {
    const place = L.phraseAt(tokens, q.last + 1);
    if (place && place.kind === 'displaced' && notVictims(tokens[place.last])) return true;
  }
  // "hundreds of hectares", "عشرات من الدونمات"
  if ((nx & (C_OF | C_MIN)) !== 0 && (af & C_NOT_VICTIMS) !== 0) return true;
  if ((nx & C_IN) !== 0 && next.kind === 'word' && (af & C_HUNDRED_AR) !== 0) return true;
  if ((nx & C_YEAR) !== 0 && (af & C_OLD) !== 0) return true;
  if ((nx & C_MIN) !== 0 && (af & C_AGE_AR) !== 0) return true; // age
  // The other tests, each with a word its rule needs: a gate of those words' bits (a "one" is a word of its own).
  if ((nx & NX_RARE) !== 0 || (pv & PV_RARE) !== 0 || (af & AF_RARE) !== 0 || (pv & nx & C_COMMA) !== 0 ||
    (q.min === 1 && (!english || (nx & (C_OF | C_MIN | C_ONE_NOUN)) !== 0 || (pv & C_THE_NO) !== 0)) || ((pv & C_AND_TO) !== 0 && at(tokens, q.first - 2)?.kind === 'num')) {
    if (notACountRarely(tokens, q, english, inDate, nx, pv, af)) return true;
  }
  return isYearLike(tokens, q);
}
/** Words next to a number that a test of notACountRarely needs. */
const NX_RARE = C_OR_AND | C_S | C_M;
const PV_RARE = C_CARRYING | C_MONTH | C_NOT_COUNT_BEFORE | C_OF | C_FI;
const AF_RARE = C_EXACT_NOT_VICTIMS;
/** "am", "pm", "a.", "p.": the letters that open CLOCK. */
const clockLetters = (a: number, b: number) => (a === 97 || a === 112) && (b === 109 || b === 46);
/** A character right before a number's digits that can make it part of a name, a time or a sum (a space never does). */
function joinedBefore(norm: string, s: number): boolean {
  const c = norm.charCodeAt(s - 1);
  // Digits joined to a Latin letter before them are part of a name: "Care4Calais", "the G7", "the M4".
  if (isLatinLetter(c)) return true;
  if (c === 45 && /\p{L}/u.test(norm[s - 2] ?? '')) return true; // COVID-19, F-16
  // ... and the digits after a colon or slash: the 15 of "at 22:15 killed 9", the 4 of "3/4".
  return (c === 58 || c === 47) && isDigit(norm.charCodeAt(s - 2));
}
/** The characters right after a number's digits: "4:30", "24/7", "5 pm", "5a.m". */
function joinedAfter(norm: string, e: number): boolean {
  const c = norm.charCodeAt(e);
  if ((c === 58 || c === 47) && isDigit(norm.charCodeAt(e + 1))) return true; // 4:30, 24/7
  return clockAt(norm, e);
}
/** notACount's tests that few numbers reach, past their words' bits (out of line). */
function notACountRarely(tokens: Token[], q: Quantity, english: boolean, inDate: Uint8Array, nx: number, pv: number, af: number): boolean {
  const first = tokens[q.first];
  const lastTok = tokens[q.last];
  const next = tokens[q.last + 1];
  const prev = at(tokens, q.first - 1);
  const after = tokens[q.last + 2];
  // "one of the worst massacres", "واحدة من أسوأ الكوارث": one of a superlative's set is no count.
  if (q.min === 1 && q.max === 1 && (nx & (C_OF | C_MIN)) !== 0 && superlativeAt(tokens, isWord(after, 'the') ? q.last + 3 : q.last + 2)) return true;
  // "evacuated from three nearby hamlets", "two remote villages": an adjective, then a noun of no victims.
  if (english && (af & C_EXACT_NOT_VICTIMS) !== 0 && next.kind === 'word' && after.kind === 'word' && !personWord(next) && !triggerKind(next) && !L.GROUP_STOP.contains(next)) return true;
  // "a bus carrying 55 passengers": passengers, not victims.
  if (english && (pv & C_CARRYING) !== 0) return true;
  if ((nx & C_OR_AND) !== 0 && next.kind === 'word' && tokens[q.last + 3] && isMonthWord(tokens[q.last + 3])) return true;
  if ((pv & (C_MONTH | C_NOT_COUNT_BEFORE)) !== 0 && prev!.kind === 'word' && (((pv & C_MONTH) !== 0 && !inDate[q.first - 1]) || ((pv & C_NOT_COUNT_BEFORE) !== 0 && !numberAsVerb(tokens, q)))) return true;
  // "a father of three", "أب لثلاثة أطفال"
  if ((pv & C_OF) !== 0 && at(tokens, q.first - 2) && PARENT.is(tokens[q.first - 2])) return true;
  // "80 في المئة من الإصابات": the hundred of a percentage is no count of its own.
  if ((pv & C_FI) !== 0 && THE_HUNDRED_AR.is(first)) return true;
  // "in his 70s", "the 1990s": a decade of age or of years, written "70s" (an "s" joined to the digits).
  if ((nx & C_S) !== 0 && lastTok.kind === 'num' && next.s === lastTok.e) return true;
  // "fell 10m to his death", "a 5m wall": metres (or millions of something other than people) joined to the digits.
  if ((nx & C_M) !== 0 && lastTok.kind === 'num' && next.s === lastTok.e) return true;
  // "The boy, 12, drowned", "Ramesh Kumar, 34, died": digits alone between commas after a word are an age.
  if (english && q.first === q.last && first.kind === 'num' && (pv & C_COMMA) !== 0 && (nx & C_COMMA) !== 0 && at(tokens, q.first - 2)?.kind === 'word' && (q.min ?? 0) < 120) return true;
  // "under the age of 10", "aged between 20 and 30": ages.
  if (english && (pv & C_OF) !== 0 && isWord(at(tokens, q.first - 2), 'age')) return true;
  if (english && (pv & C_AND_TO) !== 0 && isWord(at(tokens, q.first - 3), 'between', 'aged') && at(tokens, q.first - 2)?.kind === 'num') return true;
  // "one of the residents said": a speaker; "عائلة واحدة", "one family": an adjective.
  if (english && q.min === 1 && first.t === 'one' && ((pv & C_THE_NO) !== 0 || ((pv & C_OF) !== 0 && !phraseEndingAt(tokens, q.first - 1)) || (nx & C_ONE_NOUN) !== 0)) return true;
  // "عائلة واحدة", "شخص واحد على الأقل": "one" after a noun is its adjective (the noun is the count, if any).
  // ("وأحد الكوادر التمريضية", "بينهم أحد عناصر الأمن": "one of the", no adjective.)
  return !english && q.min === 1 && (q.first === q.last || AR_ONE.is(first)) && !!prev && prev.kind === 'word' && !triggerKind(prev) && !isConj(prev) && !(ONE_OF.has(first.t) && oneOfSet(tokens[q.last + 1]) && (first.t.startsWith('و') || L.ASIDE.contains(prev)));
}

const isLatinLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const SUPERLATIVES = exact(['worst', 'most', 'best', 'least', 'biggest', 'largest', 'highest', 'deadliest', 'bloodiest', 'worst-hit', 'أسوأ', 'أكبر', 'أكثر', 'أشد', 'أعنف', 'أخطر', 'أعلى']);
/** "worst", "deadliest", "أسوأ": a superlative at token k. */
function superlativeAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && (SUPERLATIVES.is(t) || (t.t.length > 5 && t.t.endsWith('iest')));
}

/** "The dead number at least 70", "The displaced now number more than 40,000": "number" as a verb, not "number 10". */
function numberAsVerb(tokens: Token[], q: Quantity): boolean {
  if (!isWord(at(tokens, q.first - 1), 'number', 'numbered')) return false;
  if (tokens[q.first].kind === 'word' && !numberWord(tokens[q.first])) return true; // a qualifier: "number more than 40,000"
  return !!triggerKind(at(tokens, q.first - 2)) || isWord(at(tokens, q.first - 2), 'victims') || (!!triggerKind(at(tokens, q.first - 3)) && isWord(at(tokens, q.first - 2), 'now'));
}

function isYearLike(tokens: Token[], q: Quantity): boolean {
  const t = tokens[q.first];
  if (q.first !== q.last || t.kind !== 'num' || t.t.length !== 4 || !/^(19|20)\d\d$/.test(t.t)) return false;
  const before = at(tokens, q.first - 1);
  const after = tokens[q.last + 1];
  if (before?.t === 'the' || after?.t === "'s" || after?.t === 's') return true;
  return !after || after.kind === 'punct' || (!!before && (isMonthWord(before) || L.YEAR_BEFORE.contains(before) || L.NOT_COUNT_BEFORE.contains(before) || L.BREAKS.contains(before)));
}

/**
 * Counts written without a number: a dual ("مقتل جنديين", "وطفلان"), "both pilots", one unnamed victim
 * ("a woman was wounded", "A 19-year-old man was shot dead", "The shooter was also killed", "قتل أب",
 * "لقيت امرأة مصرعها", "وأصيب آخر", "رجلين وامرأة"), and "وأصيب مثلهم" (as many again).
 */
/** Indefinite singular nouns that are one casualty of their own kind ("قتيل", "جريح"), and the nouns of falling before them. */
const AR_ONE_CASUALTY = exact(['قتيل', 'جريح', 'مصاب', 'شهيد', 'مفقود', 'معتقل', 'أسير']);
const AR_FALL = wordSet(['سقوط', 'وقوع']);
/** "قتيل", "مصابا": one casualty noun, in the accusative too. */
const oneCasualty = (w: string) => AR_ONE_CASUALTY.has(w) || (w.endsWith('ا') && AR_ONE_CASUALTY.has(w.slice(0, -1)));

function one(first: number, noun: number): { q: Quantity; noun: number } {
  return { q: { first, last: noun, min: 1, max: 1, qualifier: 'exact' }, noun };
}

/** The article at i opens the object of an active predicate right before it ("killed a", "wounded his"), not a passive's. */
function objectOfActive(tokens: Token[], i: number): boolean {
  const p = at(tokens, i - 1);
  if (!p) return false;
  // "Gunmen shot dead a hawker", "gunned down a policeman": after a predicate of several words.
  if ((p.t === 'dead' || p.t === 'down') && phraseEndingAt(tokens, i - 1)) return !PASSIVE_AUX.is(at(tokens, i - 3));
  if (!triggerKind(p) || !/(ed|ing)$/.test(p.t) || L.BY_GROUP.contains(p)) return false;
  return !PASSIVE_AUX.is(at(tokens, i - 2));
}

/** After "a 19-year-old": the end of the noun phrase ("was", "died", "from", "and", "."), so the age is the person. */
const ageStandsAlone = (t: Token | undefined) =>
  !t || t.kind === 'punct' || isAux(t) || !!triggerKind(t) || t.t === 'from' || t.t === 'and' || t.t === 'of' || t.t === 'in';

/** "One soldier was killed and another wounded": after "and", a participle with no object of its own, its auxiliary left out. */
function elidedPassive(tokens: Token[], i: number, next: number): boolean {
  return isConj(at(tokens, i - 1)) && !!triggerKind(tokens[next]) && /ed$/.test(tokens[next].t) && !startsNum(tokens, next + 1) &&
    !isWord(tokens[next + 1], 'a', 'an', 'the', 'his', 'her', 'their');
}

/** "from Kisumu", "from the same village" at k, when a predicate follows it: its last token, or k - 1. */
function fromPhraseEnd(tokens: Token[], k: number): number {
  if (!isWord(tokens[k], 'from')) return k - 1;
  for (let j = k + 1; j <= k + 4 && tokens[j]?.kind === 'word' && !triggerKind(tokens[j]) && !isAux(tokens[j]); j++) {
    if (passiveTriggerAfter(tokens, j + 1)) return j;
  }
  return k - 1;
}

/** "of the truck", "of a wedding party": the last token of a short phrase of origin at k, or k - 1 when there is none. */
function ofPhraseEnd(tokens: Token[], k: number): number {
  if (!isWord(tokens[k], 'of') || !isWord(tokens[k + 1], 'the', 'a', 'an')) return k - 1;
  let j = k + 2;
  while (j < k + 4 && tokens[j + 1]?.kind === 'word' && !isAux(tokens[j + 1]) && !triggerKind(tokens[j + 1]) && !L.GROUP_STOP.contains(tokens[j + 1])) j++;
  return tokens[j]?.kind === 'word' && !triggerKind(tokens[j]) ? j : k - 1;
}

/** "was recovered", "was pulled from the canal", "has been found": a body brought out or found, at token k. */
function bodyBroughtOut(tokens: Token[], k: number): boolean {
  let j = k;
  while (tokens[j] && isAux(tokens[j]) && j - k < 4) j++;
  return j > k && !!tokens[j] && (L.RECOVER.contains(tokens[j]) || L.DISCOVER.contains(tokens[j]) || !!L.phraseAt(tokens, j));
}

/**
 * "were overcome by fumes and died", "were hit by a train and killed": a death or a passive of a casualty after "and", a
 * few words after a predicate of no kind; its token or -1.
 */
function andDied(tokens: Token[], k: number): number {
  for (let j = k; j <= k + 6 && tokens[j] && tokens[j].kind !== 'punct'; j++) if (isWord(tokens[j], 'and') && AND_DIED.is(tokens[j + 1])) return j + 1;
  return -1;
}
const AND_DIED = exact([...DIED, 'killed', 'injured', 'wounded']);
const andDiedKind = (t: Token): CasualtyKind => (DIED.is(t) || t.t === 'killed' ? 'killed' : 'injured');

/**
 * "Twelve people attending a wedding in the village of X were killed": a participle after the group opens a reduced
 * relative clause; the main clause's predicate after it.
 */
function afterParticiple(tokens: Token[], k: number): Role | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !endsWith2(t.t, 'n', 'g') || !/..ing$/.test(t.t) || triggerKind(t) || L.phraseAt(tokens, k) || !/^[a-z]/.test(t.t)) return undefined;
  return afterRelative(tokens, k - 1);
}

/** "left"/"leaving" within five words before token k, before any punctuation. */
function leftBefore(tokens: Token[], k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 5) && tokens[j].kind !== 'punct'; j--) if (LEFT.is(tokens[j])) return true;
  return false;
}
const HOW_BADLY = exact(['seriously', 'critically', 'slightly', 'badly', 'severely', 'gravely', 'fatally']);

/** A person noun or "year-old" among tokens[from..to]. */
function personWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if ((tb[k] & PERSON_OR_AGE_WORD) === PERSON_OR_AGE_WORD) return true;
  return false;
}
/** A person noun or "year-old" (a word class: personWithin asks it of six tokens after most "the", "a", "his"). */
const isPersonOrAge = wordClass((w: string) => w === 'year-old' || L.PERSONS.contains(w));
const PERSON_OR_AGE = classBit(isPersonOrAge);
/** A word token of isPersonOrAge, by its tokenBits. */
const PERSON_OR_AGE_WORD = PERSON_OR_AGE | TOKEN_WORD;

/**
 * The words an English count without a number opens with. `openerOf` answers a token with the word's string from this
 * list (once per word): comparisons of two literal strings are of their addresses, of a token's own string are of letters.
 */
const OPENERS = ['both', 'another', 'a', 'an', 'the', 'his', 'her', 'their', 'its'];
const openerOf = memoByWord((w: string): string => OPENERS[OPENERS.indexOf(w)] ?? '');
/** The words of OPENERS, as a word class (candidates' gate before implicitCount). */
const OPENER = classBit(wordClass((w: string) => OPENERS.includes(w)));
function implicitCount(tokens: Token[], i: number, english: boolean, afterCount: boolean): { q: Quantity; noun: number } | undefined {
  const t = tokens[i];
  if (t.kind !== 'word') return undefined;
  if (english) {
    // Every English count without a number opens with one of these words: no test below for any other.
    const opener = openerOf(t);
    if (opener === '') return undefined;
    // "Both were taken to hospital": "both" alone as the subject of a predicate.
    if (opener === 'both' && !isComma(at(tokens, i - 1)?.t ?? '') && passiveTriggerAfter(tokens, i + 1, true)) return { q: { first: i, last: i, min: 2, max: 2, qualifier: 'exact' }, noun: i };
    if (opener === 'both' && tokens[i + 1] && (L.PERSON_PLURALS.contains(tokens[i + 1]) || L.EQUIPMENT.contains(tokens[i + 1]))) {
      return { q: { first: i, last: i + 1, min: 2, max: 2, qualifier: 'exact' }, noun: i + 1 };
    }
    if (opener === 'another' && (passiveTriggerAfter(tokens, i + 1) || elidedPassive(tokens, i, i + 1))) return one(i, i);
    // "Another body was recovered", "A body was pulled from the canal", "Rescuers found a body": one more of the dead.
    if ((opener === 'a' || opener === 'another') && BODY.is(tokens[i + 1]) && !isWord(tokens[i + 2], 'of') &&
      (bodyBroughtOut(tokens, i + 2) || (!!at(tokens, i - 1) && (L.RECOVER.contains(tokens[i - 1]) || L.DISCOVER.contains(tokens[i - 1]))))) return one(i, i + 1);
    // "A third later succumbed", "a second death": an ordinal victim is one more.
    if ((opener === 'a' || opener === 'another') && ORDINAL.is(tokens[i + 1]) && !isWord(tokens[i + 2], 'of')) {
      if (passiveTriggerAfter(tokens, i + 2)) return one(i, i + 1);
      if (triggerKind(tokens[i + 2]) && ORDINAL_VICTIM.is(tokens[i + 2])) return one(i, i + 2);
    }
    // "leaving a couple dead": a couple is two people ("a couple of" is a vague few, no count).
    if (opener === 'a' && tokens[i + 1]?.t === 'couple' && !isWord(tokens[i + 2], 'of')) return { q: { first: i, last: i + 1, min: 2, max: 2, qualifier: 'exact' }, noun: i + 1 };
    // "His brother was also killed", "... and her eight-year-old son": a possessive names one person too.
    const possessive = opener === 'his' || opener === 'her' || opener === 'their' || opener === 'its';
    if (opener !== 'a' && opener !== 'an' && opener !== 'the' && !possessive) return undefined;
    // "a 42-year-old woman", "an off-duty police officer": up to three words before the person. The walk below ends on
    // the person (or "year-old") no further than six tokens on: with none there (most "the"), no count.
    if (!persons || !personWithin(tokens, i + 1, i + 6)) return undefined;
    return personCount(tokens, i, opener, possessive, afterCount);
  }
  if (L.DUALS.contains(t) || possessiveDual(t)) return { q: { first: i, last: i, min: 2, max: 2, qualifier: 'exact' }, noun: i };
  if (agreeingDualForm(t) && dualAgreement(tokens, i)) return { q: { first: i, last: i, min: 2, max: 2, qualifier: 'exact' }, noun: i };
  const prev = at(tokens, i - 1);
  // "وأصيب آخر" is one more; "3 جثث أخرى" (three other bodies) is an adjective of the count before.
  if (L.ANOTHER.contains(t) && prev && triggerKind(prev) && !(at(tokens, i - 2) && startsNum(tokens, i - 2) && !/^و/.test(prev.t))) return one(i, i);
  if (isAnaphoraSame(t)) return undefined; // handled with the previous count in roleOf
  // "وتوفي جريح": one of the wounded died.
  if (oneCasualty(t.t) && prev && triggerKind(prev) === 'killed') return one(i, i);
  // "أن مصاباً فارق الحياة": one of the wounded who died.
  if (oneCasualty(t.t) && triggerKind(tokens[i + 1]) === 'killed' && (!prev || prev.kind === 'punct' || THAT_AR.contains(prev))) return one(i, i);
  // "أحدهما طفل", "، وأن إحداهن فقدت ساقها": one of a set named before (a subset, not after a verb of saying).
  if (L.ONE_OF_THEM.contains(t) && (!prev || isComma(prev.t) || THAT_AR.contains(prev))) return one(i, i);
  // "وإصابة والدتهما", "لقيت امرأة وطفلتها حتفهما": kin with a possessive ending, one person.
  if (possessiveOne(t) && prev && (triggerKind(prev) || (afterCount && t.t.startsWith('و')))) return one(i, i);
  // "دمرت دبابة ومدفعا ثقيلا": one indefinite piece of equipment after a predicate of destruction, or after it in a list.
  if (L.EQUIPMENT_ONE.contains(t) && !/^(وال|ال|لل|بال|فال)/.test(t.t)) {
    // "طائرة مسيرة": a second such noun right after the first, without "و", describes it (one drone, not two).
    if (!t.t.startsWith('و') && at(tokens, i - 1) && L.EQUIPMENT_ONE.contains(tokens[i - 1])) return undefined;
    for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k].kind === 'word'; k--) {
      if (triggerKind(tokens[k]) === 'destroyed' || L.BY_GROUP.contains(tokens[k])) return one(i, i);
      if (triggerKind(tokens[k]) || startsNum(tokens, k)) break;
    }
    if (afterCount && t.t.startsWith('و') && L.EQUIPMENT_ONE.contains(t.t.slice(1))) return one(i, i);
    return undefined;
  }
  // "سقوط قتيل وجريحين", "و3 قتلى وجريح": one indefinite casualty noun after سقوط/وقوع or in a list after a count.
  if (AR_ONE_CASUALTY.has(t.t.startsWith('و') ? t.t.slice(1) : t.t) && ((prev && AR_FALL.contains(prev) && !t.t.startsWith('و')) || (afterCount && t.t.startsWith('و')))) return one(i, i);
  // "ضبط السائق", "القبض على المتهم": one named by the article right after a verbal noun of catching (after one of
  // killing, "مقتل المتظاهر" mostly names again a victim counted before).
  if (L.PERSONS.contains(t) && /^(و?ال)/.test(t.t) && !L.DUALS.contains(t) && prev && (L.APPREHEND.contains(prev) ||
    (ON.contains(prev) && !!at(tokens, i - 2) && L.APPREHEND.contains(tokens[i - 2])))) return one(i, i);
  if (!L.PERSONS.contains(t) || /^(وال|ال|لل|بال|فال)/.test(t.t)) return undefined;
  // "ولا يزال عامل في عداد المفقودين": the subject of "still"; "أن شاباً في العشرينات أصيب بحروق": of a clause after "that",
  // when a predicate follows within a few words.
  if (prev && (STILL.contains(prev) || THAT_AR.contains(prev)) && predicateWithin(tokens, i + 1, 5)) return one(i, i);
  // "الضحايا هم شاب وامرأة": after the casualty noun and its pronoun of identity.
  if (prev && COPULA_AR.is(prev) && triggerKind(at(tokens, i - 2))) return one(i, i);
  // "وتوفي متأثرا بجروحه شاب في الثلاثين": the subject after "of his wounds", the predicate before it.
  if (prev && at(tokens, i - 2) && OF_WOUNDS.contains(tokens[i - 2]) && triggerKind(at(tokens, i - 3))) return one(i, i);
  // "للاشتباه في خطف رجل أعمال", "بتهمة قتل شاب": the crime someone is held for, no casualty the desk would check.
  if (prev && triggerKind(prev) && chargeBefore(tokens, i - 1)) return undefined;
  // An indefinite singular right after its predicate ("مقتل شخص", "قتل أب", "لقيت امرأة مصرعها"), not after a
  // body noun it completes ("جثماني طفلة"), or coordinated right after another count ("ثلاث نساء وطفلة").
  if (prev && ((triggerKind(prev) && !L.DUALS.contains(prev)) || L.ASIDE.contains(prev))) return one(i, i);
  // "قضى على عنصر": after a predicate of several words.
  if (prev && phraseEndingAt(tokens, i - 1)) return one(i, i);
  // "ومن بين الضحايا الأربعة، شاب ...": the first member of a set the sentence opens on.
  if (prev && isComma(prev.t) && openingSet(tokens, i) && namedSet(tokens, i, false)) return one(i, i);
  if (afterCount && t.t.startsWith('و') && L.PERSONS.contains(t.t.slice(1))) return one(i, i);
  return undefined;
}

/**
 * implicitCount of English past its gate (an article or a possessive with a person noun or "year-old" within six
 * tokens: a tenth of its calls), out of line so that V8 compiles less into implicitCount.
 */
function personCount(tokens: Token[], i: number, opener: string, possessive: boolean, afterCount: boolean): { q: Quantity; noun: number } | undefined {
  let k = i + 1;
  while (k < tokens.length && k - i <= 4 && !L.PERSONS.contains(tokens[k])) {
    const w = tokens[k];
    const age = w.kind === 'num' && tokens[k + 1]?.t === 'year-old';
    // "searching for a missing fisherman": "missing" describes the person; the roles decide the kind.
    if (!age && (w.kind !== 'word' || L.GROUP_STOP.contains(w) || (triggerKind(w) && w.t !== 'missing') || numberWord(w))) return undefined;
    // "A 19-year-old was shot dead", "a 60-year-old from Bhola died": the age stands for the person.
    if (age && ageStandsAlone(tokens[k + 2]) && opener !== 'his' && opener !== 'her' && opener !== 'their') {
      k++;
      break;
    }
    k += age ? 2 : 1;
  }
  if (!tokens[k] || !(L.PERSONS.contains(tokens[k]) || tokens[k].t === 'year-old')) return undefined;
  while (tokens[k + 1] && L.PERSONS.contains(tokens[k + 1])) k++; // "a police officer"
  // "killed a policeman", "wounded his mother", "killed the driver and two passengers": the object of an active predicate.
  // "The shooting left a woman dead and her son injured": the object of "left" with its predicate after it.
  const object = (objectOfActive(tokens, i) && !isWord(tokens[k + 1], "'s", 's', 'of')) || (LEFT.is(at(tokens, i - 1)) && !!triggerKind(tokens[k + 1])) ||
    // "leaving a couple dead and their four-year-old son seriously hurt": a second object of "left", its predicate after it.
    (isConj(at(tokens, i - 1)) && leftBefore(tokens, i - 2) && (!!triggerKind(tokens[k + 1]) || (HOW_BADLY.is(tokens[k + 1]) && !!triggerKind(tokens[k + 2]))));
  if (opener === 'the' || (possessive && !afterCount)) {
    // "Five people including the driver were injured": a member named in an aside.
    if (object || isWord(at(tokens, i - 1), 'including', 'include', 'included', 'includes')) return one(i, k);
    // "The driver of the truck died", "The victim, a 31-year-old mother of two, died": a phrase of origin or an
    // apposition between the victim and the verb.
    let next = ofPhraseEnd(tokens, k + 1) + 1;
    const close = appositionEnd(tokens, next);
    if (close > 0) next = close + 1;
    // "Four men who attacked the guard were arrested": one person is no subject of "were".
    if (isWord(tokens[next], 'were', 'are', 'have') && !isWord(tokens[k], 'crew', 'family', 'security')) return undefined;
    // "The driver and his son were killed": a list of people before one predicate.
    if (passiveTriggerAfter(tokens, next, true) || sharedPredicate(tokens, next)) return one(i, k);
    // "The pilot was killed and his co-pilot injured": the auxiliary left out after "and".
    return elidedPassive(tokens, i, next) ? one(i, k) : undefined;
  }
  // "a father of three", "a mother of two": the description is part of the victim.
  let after = k + 1;
  // "A man in his 70s died", "A man believed to be in his 40s was found dead": an age by decade between the victim and the verb.
  let aux = after;
  while (tokens[aux] && isAux(tokens[aux]) && aux - after < 4) aux++;
  const decade = decadeOfAgeEnd(tokens, aux);
  if (decade > 0) after = decade + 1;
  // "A man from Kisumu was killed", "a 60-year-old from Bhola died": a short phrase of origin.
  after = fromPhraseEnd(tokens, after) + 1;
  // "A third victim, a 17-year-old boy, died": an apposition between the victim and the verb.
  const close = appositionEnd(tokens, after);
  if (close > 0) after = close + 1;
  if (tokens[after]?.t === 'of' && startsNum(tokens, after + 1)) after += 2;
  // "... including nine children and a pregnant woman", "Among the dead were a teacher ...", "The dead include a boy".
  const listed = object || isWord(at(tokens, i - 1), 'included', 'including', 'among', 'include', 'includes') || asideBefore(tokens, i) || (afterCount && isConj(at(tokens, i - 1))) ||
    (isWord(at(tokens, i - 1), 'are', 'were', 'is', 'was') && (!!triggerKind(at(tokens, i - 2)) || !!triggerKind(at(tokens, i - 3)))) ||
    // "the body of a man", "the killing of a journalist": the victim of a noun predicate.
    (isWord(at(tokens, i - 1), 'of') && VICTIM_OF.is(at(tokens, i - 2))) ||
    // "searching for a missing child": whom a search is for.
    (isWord(at(tokens, i - 1), 'for') && !!at(tokens, i - 2) && L.SEARCH.contains(tokens[i - 2])) ||
    // "The dead were identified as a 56-year-old man and ..."
    (isWord(at(tokens, i - 1), 'as') && isWord(at(tokens, i - 2), 'identified', 'named') && (!!triggerKind(at(tokens, i - 4)) || !!triggerKind(at(tokens, i - 5))));
  // "a man whose body was found in a car": one of the dead.
  const whoseBody = isWord(tokens[after], 'whose') && BODY.is(tokens[after + 1]);
  if (passiveTriggerAfter(tokens, after) || listed || whoseBody || sharedPredicate(tokens, after)) return { ...one(i, k), q: { ...one(i, k).q, last: after - 1 } };
  // "A woman who was hit by a stray bullet died in hospital": past a relative clause to the main predicate.
  if (isWord(tokens[after], 'who') && afterRelative(tokens, after)) return one(i, k);
  return undefined;
}

/** A predicate (of one word or several) among the `n` words from token k, before any punctuation. */
function predicateWithin(tokens: Token[], k: number, n: number): boolean {
  for (let j = k; j < k + n && tokens[j] && tokens[j].kind !== 'punct'; j++) if (triggerKind(tokens[j]) || L.phraseAt(tokens, j)) return true;
  return false;
}

/**
 * A predicate after "was"/"were"/"has been" (and adverbs) at token k: "was seriously wounded", "died". With
 * `verb`, a bare noun does not do ("the official death toll").
 */
function passiveTriggerAfter(tokens: Token[], k: number, verb = false): boolean {
  if (L.phraseAt(tokens, k)) return true;
  let j = k;
  // ("was fatally shot": an adverb that opens a predicate of several words stops the walk.)
  while (tokens[j] && isAux(tokens[j]) && j - k < 4 && !(j > k && L.phraseAt(tokens, j))) j++;
  if (L.phraseAt(tokens, j)) return true;
  // "A woman was airlifted to hospital": moved to a hospital, injured.
  if (j > k && L.TRANSPORT.contains(tokens[j]) && tokens[j + 1] && TO.contains(tokens[j + 1])) {
    for (let h = j + 2; h <= j + 4 && tokens[h]?.kind === 'word'; h++) if (L.HOSPITAL.contains(tokens[h])) return true;
  }
  // "A 14-year-old girl is among the dead", "was among those killed".
  // "A police officer was among the 11 people injured": past the set's count and noun.
  if (j > k && isWord(tokens[j], 'among') && isWord(tokens[j + 1], 'the', 'those')) {
    for (let m = j + 2; m <= j + 5 && tokens[m] && (m === j + 2 || tokens[m - 1].kind === 'num' || !!numberWord(tokens[m - 1]) || L.PERSON_PLURALS.contains(tokens[m - 1])); m++) {
      if (triggerKind(tokens[m])) return true;
    }
    return false;
  }
  // "a shopkeeper who lost three members of his family": a verb whose victim is its object says nothing of the subject.
  if (!triggerKind(tokens[j]) || L.BY_GROUP.contains(tokens[j])) return false;
  // Without an auxiliary only an intransitive verb says what happened to the subject: "a bomber killed 5" does not.
  if (j === k) return OWN_FATE.is(tokens[j]);
  return !verb || /(ed|en|died|dies|dead)$/.test(tokens[j].t);
}

/** The main clause's predicate after a relative clause opened at token k: an auxiliary, then a predicate. */
function afterRelative(tokens: Token[], k: number): Role | undefined {
  // "two civilians who were wounded in the clash were evacuated": the relative clause's own predicate comes first.
  let r = k + 1;
  while (tokens[r] && isAux(tokens[r])) r++;
  // (a passive one, or a death: "who fled the scene were arrested" keeps the main verb).
  if ((r > k + 1 || DIED.is(tokens[r])) && (triggerKind(tokens[r]) || L.phraseAt(tokens, r))) return undefined;
  for (let j = k + 2; j <= k + 12 && tokens[j] && tokens[j].kind !== 'punct'; j++) {
    // "A woman who was hit by a stray bullet died in hospital": a death verb of the main clause, with no auxiliary.
    if (DIED.is(tokens[j]) && !isWord(at(tokens, j - 1), 'who', 'that', 'and', 'or')) return { kind: 'killed', trigger: j, d: 0 };
    if (!MAIN_AUX.is(tokens[j])) continue;
    const whole = L.phraseAt(tokens, j); // "who escaped were in hospital"
    if (whole) return { kind: whole.kind, trigger: whole.last, d: 0 };
    let m = j;
    while (tokens[m] && isAux(tokens[m])) m++;
    const phrase = L.phraseAt(tokens, m);
    if (phrase) return { kind: phrase.kind, trigger: phrase.last, d: 0 };
    const kind = triggerKind(tokens[m]);
    if (kind) return { kind, trigger: m, d: 0 };
    const died = andDied(tokens, m);
    return died > 0 ? { kind: andDiedKind(tokens[died]), trigger: died, d: 0 } : undefined;
  }
  return undefined;
}
const SPENT = new Set(['spent', 'spend', 'spends', 'spending']);
const isSpent = classOfWords(SPENT);
/** Staying in shelters, counted: "families are staying in 652 evacuation centers". */
const SHELTERED = exact(['staying', 'sheltering', 'living', 'housed', 'sheltered', 'accommodated', 'lodged']);
const SHELTER_PLACES = exact(['camps', 'shelters', 'centres', 'centers', 'tents']);
const MAIN_AUX = exact(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'remain', 'remains', 'remained']);

/**
 * "A woman and her two children were killed", "A man and a boy were injured": a victim coordinated with another
 * subject shares its predicate. `k` is the token after the first victim.
 */
function sharedPredicate(tokens: Token[], k: number): boolean {
  return listPredicate(tokens, k) >= 0;
}

/**
 * The token after the last member of a list of people that goes on at token k ("and a boy", ", his mother and two
 * neighbours") when a passive predicate follows the list ("were killed", "were among the dead"); -1 otherwise.
 */
function listPredicate(tokens: Token[], k: number): number {
  if (!isWord(tokens[k], 'and') && tokens[k]?.t !== ',') return -1;
  let comma = tokens[k].t === ',';
  for (let j = k + 1; j <= k + 12 && tokens[j]; j++) {
    const t = tokens[j];
    if (t.t === ',' || t.t === 'and') {
      if (t.t === ',') comma = true;
      continue;
    }
    if (t.kind === 'punct') return -1;
    if (L.PERSONS.contains(t) || L.PERSON_PLURALS.contains(t)) {
      while (tokens[j + 1] && (L.PERSONS.contains(tokens[j + 1]) || L.PERSON_PLURALS.contains(tokens[j + 1]))) j++;
      if (isWord(tokens[j + 1], 'and') || tokens[j + 1]?.t === ',') continue;
      // A list opened by a comma ends with "and": "a boy, his mother and two neighbours".
      if (comma && !isWord(at(tokens, j - 1), 'and') && !tokens.slice(k, j).some((x) => x.t === 'and')) return -1;
      return passiveTriggerAfter(tokens, j + 1, true) && !isWord(tokens[j + 1], 'who') ? j + 1 : -1;
    }
    if (triggerKind(t) || L.GROUP_STOP.contains(t)) return -1;
  }
  return -1;
}

/** The next comma after token k, within `limit` tokens and before any full stop; -1 when there is none. */
const isParenOrQuote = (w: string) => w === '(' || w === ')' || w === '"';
function commaAfter(tokens: Token[], k: number, limit: number): number {
  for (let j = k + 1; j <= k + limit && j < tokens.length; j++) {
    if (isComma(tokens[j].t)) return j;
    if (tokens[j].kind === 'punct' && !isParenOrQuote(tokens[j].t)) return -1;
  }
  return -1;
}

/**
 * The closing comma of an apposition or aside that opens at the comma k and stands between a subject and its
 * verb ("A second victim, a 60-year-old farmer, died"): short, with no predicate or count of its own, and
 * followed by an auxiliary or a predicate. -1 when there is none.
 */
/**
 * "in his 70s", "in their early 20s": an age by decade after a person, between the victim and the predicate. The
 * last token of the phrase that starts at k, or -1.
 */
function decadeOfAgeEnd(tokens: Token[], k: number): number {
  if (!isWord(tokens[k], 'in') || !isWord(tokens[k + 1], 'his', 'her', 'their')) return -1;
  let j = k + 2;
  if (isWord(tokens[j], 'early', 'mid', 'late')) j++;
  const n = tokens[j];
  // "in his twenties", "in their late teens": the decade in words.
  if (n && DECADE_WORDS.is(n)) return j;
  return n && n.kind === 'num' && tokens[j + 1]?.t === 's' && tokens[j + 1].s === n.e ? j + 1 : -1;
}
const DECADE_WORDS = exact(['teens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']);

/**
 * "aged 20", "aged between 20 and 30", "aged 18 to 25", "under the age of 10", "over the age of 60": an age phrase that
 * starts at k; its last token, or -1.
 */
function agePhraseEnd(tokens: Token[], k: number): number {
  let j: number;
  if (isWord(tokens[k], 'aged')) j = isWord(tokens[k + 1], 'between', 'from') ? k + 2 : k + 1;
  else if (isWord(tokens[k], 'under', 'over', 'above', 'below') && isWord(tokens[k + 1], 'the') && isWord(tokens[k + 2], 'age') && isWord(tokens[k + 3], 'of')) j = k + 4;
  else return -1;
  if (!tokens[j] || !startsNum(tokens, j)) return -1;
  const q = readQuantity(tokens, j, '');
  if (!q) return -1;
  j = q.last;
  if (isWord(tokens[j + 1], 'and', 'to') && tokens[j + 2] && startsNum(tokens, j + 2)) j = readQuantity(tokens, j + 2, '')?.last ?? j;
  return j;
}

function appositionEnd(tokens: Token[], k: number): number {
  if (!isComma(tokens[k]?.t ?? '') || isConj(tokens[k + 1])) return -1;
  const close = commaAfter(tokens, k, 9);
  if (close < 0) return -1;
  // "The boy, 12, drowned": a number alone between commas after a person is an age.
  if (close === k + 2 && tokens[k + 1].kind === 'num' && (L.PERSONS.contains(tokens[k - 1]) || L.PERSON_PLURALS.contains(tokens[k - 1]))) {
    const next = tokens[close + 1];
    return next && (isAux(next) || triggerKind(next) || L.phraseAt(tokens, close + 1)) ? close : -1;
  }
  // "Two men, ages 19 and 22, were ...": numbers after "aged"/"ages" are ages.
  let ages = false;
  for (let j = k + 1; j < close; j++) {
    const t = tokens[j];
    // "The two men, both in their 30s, were ...": an age by decade.
    const decade = decadeOfAgeEnd(tokens, j);
    if (decade > 0) {
      j = decade;
      continue;
    }
    if (isWord(t, 'aged', 'ages', 'age')) ages = true;
    if ((t.kind === 'num' && !ages && tokens[j + 1]?.t !== 'year-old') || triggerKind(t) || L.NOT_CASUALTY.contains(t)) return -1;
  }
  const next = tokens[close + 1];
  return next && (isAux(next) || triggerKind(next) || L.phraseAt(tokens, close + 1)) ? close : -1;
}

/**
 * A word that opens a clause describing an indefinite noun before it: a negation ("لا يزالون"), a verb in the past
 * plural ("كانوا"), in the present plural or dual ("يعملون", "يقيمان"; not a nisba plural: "يمنيون"), or a verb of
 * suspicion ("يشتبه").
 */
const arClauseOpener = memoByWord((w: string) => L.NEGATIONS.has(w) || L.AR_CLAUSE_VERBS.contains(w) || (w.length > 4 && /^[يت]/.test(w) && /[^ي](ون|ان)$/.test(w) ) ||
  (w.length > 3 && /وا$/.test(w) && !/[اوي]وا$/.test(w)));

const personWord = (t: Token | undefined) => !!t && (L.PERSONS.contains(t) || L.PERSON_PLURALS.contains(t));

function isAdjectiveOne(tokens: Token[], k: number): boolean {
  const w = numberWord(tokens[k]);
  const prev = at(tokens, k - 1);
  return !!w && !w.conj && /^[ء-ي]/.test(tokens[k].t) && 'value' in w.w && w.w.value === 1 && w.w.type === 'unit' && prev?.kind === 'word' &&
    !startsNum(tokens, k - 1) && !L.GROUP_STOP.contains(prev);
}

const BODIES_EN = exact(['bodies', 'corpses']);
/**
 * What a word says to the rules that walk the words around a count (groupAfter, rightRole, leftRole), one cached number
 * per word (bits below): a word's list look-ups answered by one read instead of one look-up per list. Keep each bit the
 * exact test it replaces.
 */
const W_GROUP_STOP = 1; // L.GROUP_STOP
const W_TRIGGER = 1 << 1; // triggerKindOf: a predicate (asked of word tokens only)
const W_OPENS_PHRASE = 1 << 2; // L.opensPhrase: phraseAt's gate
const W_MAY_START_NUMBER = 1 << 3; // mayStartNumber: startsNum's gate
const W_LEAVE = 1 << 4; // L.LEAVE
const W_THINGS_ONLY = 1 << 5; // L.THINGS_ONLY
const W_BODIES_EN = 1 << 6; // BODIES_EN
const W_ED_VERB = 1 << 7; // "killed": /^[a-z]{3,}ed$/
const W_BA = 1 << 8; // "بقصف": a "ب" that is no article's
const W_PLACE_PREPOSITION = 1 << 9; // placeWithPreposition
const W_AR_CLAUSE = 1 << 10; // arClauseOpener
const W_WAW_ONE = 1 << 11; // "وطفلان", "وامرأة": "و" and a dual or a person noun
const W_WAW_DUAL_FORM = 1 << 12; // "و" and agreeingDualForm
const W_OF = 1 << 13; // OF
const W_THE_THOSE_THEM = 1 << 14; // THE_THOSE_THEM
const W_PERSON = 1 << 15; // personWord
// rightRole's (past its quietRight gate):
const W_WHO = 1 << 16; // "who"
const W_AMONG = 1 << 17; // "among"
const W_SPENT = 1 << 18; // isSpent
const W_FAMILIES = 1 << 19; // FAMILIES
const W_AUX_OR_QUOTE = 1 << 20; // isAux, or '"'
const W_AGE_OPENER = 1 << 21; // the words agePhraseEnd starts with
const W_IN = 1 << 22; // "in": decadeOfAgeEnd's first word
const W_NOT_CASUALTY = 1 << 23; // L.NOT_CASUALTY
const W_TRANSPORT = 1 << 24; // L.TRANSPORT
const W_BREAKS = 1 << 25; // L.BREAKS
const W_ON_BOARD = 1 << 26; // ON_BOARD
const W_WAW_DUAL_OR_PERSON = 1 << 27; // "و" and a dual or a person noun, read past the "و" ("ورجلين")
const W_PARTICIPLE = 1 << 28; // afterParticiple's word tests
const W_GROUP_PREDICATE = 1 << 29; // groupPredicate's words (L.LEAVE, "وفر", L.THINGS_ONLY)
const roleWords = memoByWord((w: string): number =>
  (L.GROUP_STOP.contains(w) ? W_GROUP_STOP : 0) | (triggerKindOf(w) ? W_TRIGGER : 0) | (L.opensPhrase(w) ? W_OPENS_PHRASE : 0) |
  (mayStartNumber(w) ? W_MAY_START_NUMBER : 0) | (L.LEAVE.contains(w) ? W_LEAVE : 0) | (L.THINGS_ONLY.contains(w) ? W_THINGS_ONLY : 0) |
  (BODIES_EN.has(w) ? W_BODIES_EN : 0) | (endsWith2(w, 'e', 'd') && /^[a-z]{3,}ed$/.test(w) ? W_ED_VERB : 0) |
  (/^ب/.test(w) && !w.startsWith('ال') ? W_BA : 0) | (placeWithPreposition(w) ? W_PLACE_PREPOSITION : 0) | (arClauseOpener(w) ? W_AR_CLAUSE : 0) |
  (w.startsWith('و') && (L.DUALS.contains(w) || L.PERSONS.contains(w.slice(1))) ? W_WAW_ONE : 0) |
  (w.startsWith('و') && agreeingDualForm(w) ? W_WAW_DUAL_FORM : 0) | (OF.has(w) ? W_OF : 0) | (THE_THOSE_THEM.has(w) ? W_THE_THOSE_THEM : 0) |
  (L.PERSONS.contains(w) || L.PERSON_PLURALS.contains(w) ? W_PERSON : 0) |
  (w === 'who' ? W_WHO : 0) | (w === 'among' ? W_AMONG : 0) | (SPENT.has(w) ? W_SPENT : 0) | (FAMILIES.contains(w) ? W_FAMILIES : 0) |
  (AUX.has(w) || w === '"' ? W_AUX_OR_QUOTE : 0) | (w === 'aged' || w === 'under' || w === 'over' || w === 'above' || w === 'below' ? W_AGE_OPENER : 0) |
  (w === 'in' ? W_IN : 0) | (L.NOT_CASUALTY.contains(w) ? W_NOT_CASUALTY : 0) | (L.TRANSPORT.contains(w) ? W_TRANSPORT : 0) | (L.BREAKS.contains(w) ? W_BREAKS : 0) |
  (ON_BOARD.has(w) ? W_ON_BOARD : 0) | (w.startsWith('و') && (L.DUALS.contains(w.slice(1)) || L.PERSONS.contains(w.slice(1))) ? W_WAW_DUAL_OR_PERSON : 0) |
  (endsWith2(w, 'n', 'g') && /..ing$/.test(w) && !triggerKindOf(w) && /^[a-z]/.test(w) ? W_PARTICIPLE : 0) |
  (L.LEAVE.contains(w) || w === 'وفر' || L.THINGS_ONLY.contains(w) ? W_GROUP_PREDICATE : 0));
/** What ends a group at once, by the word alone (English; Arabic adds W_LEAVE). */
const GROUP_ENDS = W_GROUP_STOP | W_TRIGGER | W_THINGS_ONLY;
/** Victim group: the noun phrase after the count, up to three words, stopping at verbs, prepositions, dates. */
function groupAfter(tokens: Token[], from: number, english: boolean, inDate: Uint8Array): Group | null {
  let i = from;
  // Each token's bits read once (the loop below starts with the token the steps over "of", "the", a predicate stop at).
  let t = tokens[i];
  if (t === undefined) return null;
  let b = roleWords(t);
  if ((b & W_OF) !== 0) {
    t = tokens[++i];
    if (t === undefined) return null;
    b = roleWords(t);
  }
  if (english && (b & W_THE_THOSE_THEM) !== 0) {
    t = tokens[++i];
    if (t === undefined) return null;
    b = roleWords(t);
  }
  // "4 missing workers", "two injured children": a predicate as an adjective before the people it names.
  if (english && t.kind === 'word' && (b & W_TRIGGER) !== 0 && tokens[i + 1]) {
    const person = roleWords(tokens[i + 1]);
    if ((person & W_PERSON) !== 0) {
      t = tokens[++i];
      b = person;
    }
  }
  const start = i;
  let last = -1;
  const ends = english ? GROUP_ENDS : GROUP_ENDS | W_LEAVE;
  for (let n = 0; n < 3; n++) {
    if (n > 0) {
      t = tokens[++i];
      if (t === undefined) break;
    }
    if (t.kind !== 'word') break;
    if (n > 0) b = roleWords(t);
    // "two more bodies": the bodies are who the count adds ("more" alone read as the victims; check.ts compares neither).
    if (english && n >= 1 && (b & W_BODIES_EN) !== 0 && tokens[i - 1].t === 'more') {
      last = i;
      break;
    }
    if (inDate[i]) break;
    if ((b & ends) !== 0 || ((b & W_OPENS_PHRASE) !== 0 && L.phraseAt(tokens, i)) || ((b & W_MAY_START_NUMBER) !== 0 && startsNumber(tokens, i))) break;
    if (n >= 1 && (b & (W_ED_VERB | W_BA | W_AR_CLAUSE | W_WAW_ONE | W_WAW_DUAL_FORM)) !== 0 && groupEndsAt(tokens, i, english, b)) break;
    if (!english && (b & W_PLACE_PREPOSITION) !== 0) break; // "و11 بمستشفى ساقلتة"
    last = i;
  }
  return last >= start ? { s: tokens[start].s, e: tokens[last].e, last } : null;
}
/** groupAfter's tests of a second or third word that open a clause, past their word's bits (out of line: few words get here). */
function groupEndsAt(tokens: Token[], i: number, english: boolean, b: number): boolean {
  if (english) {
    // "the killing of 12 protesters sparked outrage": a verb in the past after a plural noun starts the clause.
    return (b & W_ED_VERB) !== 0 && /[a-z]s$/.test(tokens[i - 1].t);
  }
  if ((b & W_BA) !== 0) return true; // "بقصف"
  // "3 صيادين لا يزالون مفقودين", "9 أشخاص يشتبه في تورطهم", "5 جنود كانوا في دورية": a clause describing the victims.
  if ((b & W_AR_CLAUSE) !== 0) return true;
  // "3 نساء وطفلان": a coordinated dual or single victim is a count of its own.
  return (b & W_WAW_ONE) !== 0 || ((b & W_WAW_DUAL_FORM) !== 0 && dualAgreement(tokens, i));
}

// ---- 2. roles -------------------------------------------------------------------------------------

function roleOf(tokens: Token[], c: Candidate, english: boolean, found: Found[], inDate: Uint8Array, previousKind?: CasualtyKind): Role | undefined {
  // A word that counts and names the casualty at once: "قتيلان", "جريحين", "جثتين".
  if (c.noun >= 0) {
    const own = nounRole(tokens, c, english);
    if (own) return own;
  }
  // "إحداهن فقدت ساقها": one of them is a subset of the set named before, whatever her own verb says.
  if (!english && L.ONE_OF_THEM.contains(tokens[c.q.first])) return inherited(tokens, c, found, english, previousKind);
  // "Gunmen took 20 villagers hostage", "وأخذ المسلحون 12 شخصا رهائن": taken hostage, whatever the verb before says.
  const hostage = rare ? takenHostage(tokens, c) : undefined;
  if (hostage) return hostage;
  const left = leftRole(tokens, c, inDate, found) ?? (rare ? transportedTo(tokens, c) ?? receivedAt(tokens, c) : undefined);
  const right = rightRole(tokens, c);
  if (left === 'mixed' || right === 'mixed') return undefined;
  // "مقتل 27 نازحاً", "killed 27 refugees", "12 refugees were injured": the displaced named right after the count are
  // the group of another predicate, before or after them.
  if (right && right.kind === 'displaced' && right.trigger === c.q.last + 1 && DISPLACED_PEOPLE.contains(tokens[right.trigger])) {
    // (A candidate of the one shape, as candidate() makes them: a spread made rightRole meet two shapes of candidate.)
    const later = rightRole(tokens, candidate({ ...c.q, last: right.trigger }, c.noun, null, c.conj, c.risen));
    const other = left && left.kind && left.kind !== 'displaced' && left.d <= 2 ? left : later && later !== 'mixed' && later.kind && later.kind !== 'displaced' ? later : undefined;
    if (other) {
      c.group = { s: tokens[right.trigger].s, e: tokens[right.trigger].e, last: right.trigger };
      return other;
    }
  }
  if (c.risen && found.length && !right) return { kind: found[found.length - 1].kind, trigger: -1, d: 0 };
  // "أفرجت السلطات عن 40 معتقلاً", "released 60 detainees": the clause's predicate says they are free.
  // Not across "and" to a verb of its own: "12 were rescued and 28 drowned", "freed 10 hostages and 3 were killed".
  const ownVerb = english && right && right.kind && isConj(at(tokens, c.q.first - 1)) && /(ed|died|dead)$/.test(tokens[right.trigger].t);
  // A passive release ("18 migrants were rescued and 7 bodies recovered") has its object before it, not after (asked only of a release).
  if (left && left.kind === null && right && right.d <= 1 && L.RELEASE.contains(tokens[left.trigger]) && !ownVerb && !(isAux(tokens[left.trigger]) || isAux(tokens[left.trigger - 1]))) return left;
  let role: Role | undefined;
  // "وفاة طفلين اختناقا": a manner of death after the count ("by suffocation") is no predicate of its own.
  if (left && left.kind && right && L.MANNER.contains(tokens[right.trigger])) return left;
  // "وتوفي 3 جرحى", "ولفظ ثلاثة مصابين أنفاسهم": the verb before says what happened to the wounded named after the number.
  // (Not in a list: "60 قتيلا وأكثر من 100 جريح", where the word before is the noun of another count.)
  if (!english && !c.conj && left && right && left.kind && left.kind !== 'injured' && left.d === 1 && right.kind === 'injured' && right.trigger === c.q.last + 1 &&
    !L.TOLL.contains(tokens[left.trigger]) && !tokens[c.q.first].t.startsWith('و') && !(left.trigger > 0 && startsNum(tokens, left.trigger - 1))) return left;
  if (left && right) {
    // A count joined by "and" takes the predicate right after it ("14 قتيلاً وعشرات الجرحى", "and 30 injured"),
    // and so does a count whose predicate follows its group at once, with a word before it ("with 6 others injured").
    const opensClause = conjoined(tokens[right.trigger]) || isConj(at(tokens, right.trigger - 1));
    const afterGroup = right.d <= 1 + (c.group ? groupLength(tokens, c.group) : 0) && !opensClause;
    if (opensClause && left.kind) role = left;
    else if ((c.conj && right.d <= 2) || (afterGroup && left.d > 1)) role = right;
    else role = left.d < right.d ? left : right.d < left.d ? right : right.d === 1 && !opensClause ? right : left;
  } else role = left ?? right;
  if (role) return role;
  if (english) {
    const victims = victimsBefore(tokens, c.q.first);
    if (victims >= 0) {
      // "The child victims numbered 11": the victims' own noun before them is the group.
      if (!c.group && personWord(at(tokens, victims - 1))) c.group = { s: tokens[victims - 1].s, e: tokens[victims].e, last: victims };
      return { kind: 'killed', trigger: victims, d: c.q.first - victims };
    }
  }
  return inherited(tokens, c, found, english, previousKind);
}

/** roleOf of a count without a number, by the word that counts it (a fortieth of roleOf's calls: out of line, see rightRole). */
function nounRole(tokens: Token[], c: Candidate, english: boolean): Role | undefined {
  const own = triggerKind(tokens[c.noun]);
  // "أن مصاباً فارق الحياة": one of the wounded who then died.
  if (own && own !== 'killed' && !english && oneCasualty(tokens[c.noun].t)) {
    if (triggerKind(tokens[c.noun + 1]) === 'killed') return { kind: 'killed', trigger: c.noun + 1, d: 1 };
    if (triggerKind(at(tokens, c.noun - 1)) === 'killed') return { kind: 'killed', trigger: c.noun - 1, d: 1 };
  }
  if (own && !L.BY_GROUP.contains(tokens[c.noun])) return { kind: own, trigger: c.noun, d: 0 };
  // "The three men who killed a guard were arrested": the object of an active predicate is its victim.
  if (english && objectOfActive(tokens, c.q.first)) {
    return { kind: (triggerKind(at(tokens, c.q.first - 1)) ?? phraseEndingAt(tokens, c.q.first - 1)?.kind)!, trigger: c.q.first - 1, d: 1 };
  }
  return undefined;
}


/** Nouns of displaced people, who can be the victims of another predicate ("مقتل 27 نازحاً", "killed 27 refugees"). */
const DISPLACED_PEOPLE = wordSet([...nounForms('نازح'), ...nounForms('لاجئ'), ...nounForms('مهجر'), ...nounForms('مشرد'), 'refugees', 'refugee', 'evacuees']);

/** "numbered", "were", "included": a verb whose subject the count before it completes. */
const COMPLETES = exact(['numbered', 'number', 'totalled', 'totaled', 'were', 'are', 'included', 'include', 'includes']);
/**
 * "The child victims numbered 11", "The other victims were three men", "Among the victims were two children": the
 * victims, the subject of a verb the count completes, are the dead (as "الضحايا" is: "وكان الضحايا ثلاثة رجال"). Returns
 * the token of "victims", or -1. Asked only of a count with no predicate of its own.
 */
function victimsBefore(tokens: Token[], first: number): number {
  return COMPLETES.is(at(tokens, first - 1)) && isWord(at(tokens, first - 2), 'victims') ? first - 2 : -1;
}

function groupLength(tokens: Token[], g: Group): number {
  let n = 0;
  for (let k = g.last; k >= 0 && tokens[k].s >= g.s; k--) n++;
  return n;
}

/**
 * A word that none of leftRole's tests reacts to, outside a date: no predicate, toll, number, conjunction, preposition
 * of time or search, rising verb, rescue, break or "و" clause. Answered once per word (keep it in step with leftRole).
 */
const quietLeft = wordClass((w: string) => !(
  TIME_PREP.has(w) || THEN.has(w) || /^(a|an|half|few|several|tens|and|or|و|for|عن|death)$/.test(w) || !!numberWord(w) || !!triggerKindOf(w) ||
  L.LEAVE.contains(w) || L.THINGS_ONLY.contains(w) || (w.length > 2 && w.startsWith('و')) || L.RISE.contains(w) || L.REACH.contains(w) || isExceed(w) ||
  L.NOT_CASUALTY.contains(w) || ON.contains(w) || L.PHRASE_ENDS.has(w) || L.TOLL.contains(w) || L.BREAKS.contains(w)));

const QUIET_LEFT = classBit(quietLeft);
const THEN_BIT = wordsBit(isThen);
const CONJ_BIT = wordsBit(isConj);

/** The predicate before the count, or the toll it is the value of; 'mixed' for "مقتل وإصابة 20". */
function leftRole(tokens: Token[], c: Candidate, inDate: Uint8Array, found: Found[]): Role | 'mixed' | undefined {
  let crossed = 0;
  let skipped = 0;
  let stretched = false;
  let window = TOLL_WINDOW;
  // "حصيلة القتلى منذ بدء الحرب إلى 37 ألفا": "to N" reaches back to its toll over a time or place phrase.
  // "عدد المصابين في صفوف المحتجين لم يتجاوز أربعة": a count read with its exceeding verb reaches back to its toll too.
  // "قدرت عدد النازحين داخليا في السودان بأكثر من 10 ملايين": a toll estimated at ("ب") its value reaches back too.
  let reaching = (!!at(tokens, c.q.first - 1) && TO.contains(tokens[c.q.first - 1])) || (rare && (exceedsAt(tokens, c.q.first) || estimatedAt(tokens, c.q.first)));
  if (reaching) window = REACH_WINDOW;
  for (let k = c.q.first - 1, d = 1; k >= 0 && d <= window; k--, d++) {
    const t = tokens[k];
    // Most words are none that a test below reacts to: only the distance grows.
    // (One read of a word's classes answers quietLeft, isThen and isConj below: no punctuation nor number is of them.)
    const tk = tb[k];
    const cl = (tk & (536870912 satisfies typeof TOKEN_WORD)) !== 0 ? tk : 0;
    if ((cl & QUIET_LEFT) !== 0 && !inDate[k]) continue;
    // "اعتقل خلال الأسبوع الماضي 12 شخصا": a preposition of time goes with its date.
    if (t.t === '"' || inDate[k] || (inDate[k + 1] && TIME_PREP.is(t))) {
      d--;
      if (inDate[k] || t.t === '"') skipped++;
      if (skipped > 4) return undefined;
      continue;
    }
    // "وهدمت قوات الاحتلال في حينه منزلين": "at the time" is stepped over like a date.
    if ((cl & THEN_BIT) !== 0) {
      if (at(tokens, k - 1)?.t === 'في') k--;
      d--;
      continue;
    }
    // "اعتقلت القوات، فجر اليوم السبت، 18 مواطنا": a date set off by commas is stepped over; so is any aside
    // between a toll and the verb that gives its value ("The previous toll, announced on Tuesday, stood at 188").
    if (t.kind === 'punct' && isComma(t.t) && (inDate[k - 1] || inDate[k + 1] || reaching)) {
      if (!inDate[k - 1] && !inDate[k + 1]) stretched = true;
      d--;
      continue;
    }
    if (t.kind === 'punct' || (t.kind === 'num' && !reaching)) return undefined;
    // The word's tests below, as roleWords' and countContext's bits (two reads instead of a dozen list look-ups).
    const b = roleWords(t);
    const cx = countContext(t);
    const kind = (b & W_TRIGGER) !== 0 && t.kind === 'word' ? triggerKindOf(t) : (b & W_GROUP_PREDICATE) !== 0 ? groupPredicate(tokens, k, c) : undefined;
    if (d > 1 && !reaching && (t.kind === 'num' || (t.kind === 'word' && (b & W_MAY_START_NUMBER) !== 0 && startsNumber(tokens, k))) && !((b & W_TRIGGER) !== 0 && t.kind === 'word')) return undefined;
    // "14 deaths and said another 30", "14 حالة وفاة ونقل 30": words after "and" start another clause.
    // Reaching back to a toll, "and" may be inside its phrase ("the toll from the floods and landslides has risen to 64").
    if ((cl & CONJ_BIT) !== 0) {
      if (k < c.q.first - 1 && !reaching) return undefined;
      if (k < c.q.first - 1) stretched = true;
      crossed = 2;
    } else if (reaching && !kind && t.kind === 'word' && (cx & C_WAW_WORD) !== 0 && (b & W_NOT_CASUALTY) === 0) {
      // "حصيلة الوفيات جراء حادث الاصطدام بين الحافلة والشاحنة ارتفعت إلى 14": "و" inside the toll's phrase, as "and" above.
      stretched = true;
    } else if (!kind && t.kind === 'word' && (cx & C_WAW_CLAUSE) !== 0) {
      // "وأنقذت الفرق 3 آخرين": a clause of rescue says they are alive.
      return (b & W_NOT_CASUALTY) !== 0 && d <= LEFT_WINDOW ? { kind: null, trigger: k, d: d + crossed } : undefined;
    }
    // "the search continues for the remaining 14", "البحث عن 14 بحارا": whom a search is for are missing.
    if ((t.t === 'for' || t.t === 'عن') && d <= 3) {
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (L.SEARCH.contains(tokens[j])) return { kind: 'missing', trigger: j, d: d + crossed };
    }
    // "the toll ... rose to 71": a rising verb right before the count reaches back to its toll.
    if (d <= 2 && (cx & C_RISING) !== 0) {
      window = REACH_WINDOW;
      reaching = true;
    }
    if ((b & W_NOT_CASUALTY) !== 0 && d <= LEFT_WINDOW) return { kind: null, trigger: k, d: d + crossed };
    // "أتت النيران على 37 منزلا": fire that "came upon" what it destroyed, its subject between the verb and "على".
    if (d <= 2 && (cx & C_ON) !== 0 && at(tokens, k - 1) && (CONSUME.contains(tokens[k - 1]) || (at(tokens, k - 2) && CONSUME.contains(tokens[k - 2])))) {
      return { kind: 'destroyed', trigger: CONSUME.contains(tokens[k - 1]) ? k - 1 : k - 2, d: d + crossed };
    }
    const phrase = (cx & C_PHRASE_END) !== 0 ? phraseEndingAt(tokens, k) : undefined;
    if (kind || phrase) {
      const role = predicateBefore(tokens, k, kind, phrase, d + crossed, d <= LEFT_WINDOW && !stretched, reaching, found);
      if (role !== undefined) return role;
    }
    if ((cx & C_TOLL) !== 0 && (TOLL_NOUNS.is(t) || arabicToll(t) || tollNamesKind(tokens, k))) {
      return { kind: tollKind(tokens, k), trigger: k, d: d + crossed };
    }
    // "وأصيب في الحادث 5 أشخاص", "وقتل في الغارة 3 مدنيين": an Arabic verb, a short phrase of place or cause, then its subject.
    if (d <= 4 && !reaching && (b & W_BREAKS) !== 0) return ARABIC_AFTER.is(t) ? verbBeforePhrase(tokens, k, d + crossed) : undefined;
  }
  return undefined;
}

/**
 * leftRole at a predicate k (`kind`, or a phrase that ends there) at distance d: the count's role, or undefined where the
 * walk goes on. `near`: within the window, no aside or "and" crossed. Out of line (a quarter of leftRole's calls get
 * here; see rightRole's countInGroup).
 */
function predicateBefore(tokens: Token[], k: number, kind: CasualtyKind | undefined, phrase: { kind: CasualtyKind } | undefined, d: number, near: boolean, reaching: boolean,
  found: Found[]): Role | 'mixed' | undefined {
  // "عدد المصابين 600", "the number of injured has exceeded 600", "the number of people arrested": the value of a toll.
  const toll = !kind ? -1 : at(tokens, k - 1) && L.TOLL.contains(tokens[k - 1]) ? k - 1 : isWord(at(tokens, k - 1), 'of') && at(tokens, k - 2) && L.TOLL.contains(tokens[k - 2]) ? k - 2
    : reaching && isWord(at(tokens, k - 2), 'of') && L.PERSON_PLURALS.contains(tokens[k - 1]) && at(tokens, k - 3) && L.TOLL.contains(tokens[k - 3]) ? k - 3 : -1;
  // Past an aside or an "and", only a toll is reached: "Four people were killed, and the river rose to 64 cm" is no toll.
  if (!near && !(reaching && toll >= 0)) return undefined;
  // A predicate that already belongs to a count before ("9 أشخاص مصرعهم وأصيب 46") is not shared with this one.
  if (kind && joinedKinds(tokens, k) && !claimedBy(found, k - 1)) return 'mixed';
  if (toll >= 0 && kind) return { kind, trigger: toll, d };
  return { kind: (kind ?? phrase!.kind), trigger: k, d };
}

/** The Arabic verb right before the phrase of place or cause at k ("وأصيب في الحادث 5"): the count's predicate, at distance d + 1. */
function verbBeforePhrase(tokens: Token[], k: number, d: number): Role | undefined {
  const verb = at(tokens, k - 1);
  const kind = verb && verb.kind === 'word' && !/^(و?ال|لل|بال)/.test(verb.t) && !L.TOLL.contains(verb) ? triggerKind(verb) : undefined;
  return kind && !joinedKinds(tokens, k - 1) ? { kind, trigger: k - 1, d: d + 1 } : undefined;
}

function claimedBy(found: Found[], k: number): boolean {
  for (let n = 0; n < found.length; n++) if (found[n].trigger === k) return true;
  return false;
}

/** A multi-word predicate whose last word is token k ("rounded up", "shot down"). */
function phraseEndingAt(tokens: Token[], k: number): { kind: CasualtyKind } | undefined {
  if (!EXACT_PHRASE_ENDS.is(tokens[k]) && tokens[k].t !== 'death') return undefined;
  for (let start = k - 1; start >= Math.max(0, k - 3); start--) {
    const p = L.phraseAt(tokens, start);
    if (p && p.last === k) return p;
  }
  return undefined;
}
const arabicToll = (t: Token) => /حصيلة$/.test(t.t);
const tollNamesKind = (tokens: Token[], k: number) => !!(triggerKind(tokens[k + 1]) || triggerKind(tokens[k + 2]) || triggerKind(tokens[k + 3]));

/**
 * A word that none of rightRole's tests reacts to: no predicate (of one word or several), auxiliary, relative or
 * participle, number, age, "و" word, rescue, transport, break or "among"/"spent". A word of FAMILIES right after the
 * count is stepped over there just as here. Answered once per word (keep it in step with rightRole).
 */
const quietRight = wordClass((w: string) => !(
  /(ed|en)$|^(shot|hit|struck|run|who|among|aged|under|over|above|below|in|a|an|half|few|several|tens)$/.test(w) || /..ing$/.test(w) ||
  L.opensPhrase(w) || SPENT.has(w) || AUX.has(w) || !!numberWord(w) || w.startsWith('و') || L.NOT_CASUALTY.contains(w) ||
  L.TRANSPORT.contains(w) || !!triggerKindOf(w) || L.LEAVE.contains(w) || L.THINGS_ONLY.contains(w) || L.BREAKS.contains(w)));
/** A word token of quietRight, by its tokenBits. */
const QUIET_RIGHT_WORD = classBit(quietRight) | TOKEN_WORD;

/** The predicate after the count ("three firefighters were injured", "14 قتيلاً", "94 شخصا أصيبوا"). */
function rightRole(tokens: Token[], c: Candidate): Role | 'mixed' | undefined {
  let partitive: Role | undefined;
  // (The word before the count is none of ASIDE_CUE's for most counts: no "them" nor aside, by its tokenBits.)
  const cue = c.q.first >= 1 && (tb[c.q.first - 1] & ASIDE_CUE) !== 0;
  const opener = cue && isWord(tokens[c.q.first - 1], 'them', 'whom') ? c.q.first - 3 : c.q.first - 2;
  let inAside = cue && asideBefore(tokens, c.q.first) && (isComma(tokens[opener]?.t ?? '') || isDash(tokens, opener));
  let afterAside = false;
  // After an auxiliary the subject is over: "and five of them arrested" after "were booked" opens a clause.
  let sawAux = false;
  for (let k = c.q.last + 1, d = 1; k < tokens.length && d <= RIGHT_WINDOW; k++, d++) {
    const t = tokens[k];
    // Most words are none that a test below reacts to: only the distance grows.
    if ((tb[k] & QUIET_RIGHT_WORD) === QUIET_RIGHT_WORD) {
      // ("Two other crew members in the truck suffered minor injuries": the group's own words are no distance.)
      if (c.group && k <= c.group.last && k > c.q.last + 1) d--;
      continue;
    }
    // The word's tests below, as roleWords' bits (one read instead of a dozen list look-ups).
    const b = roleWords(t);
    const phrase = (b & W_OPENS_PHRASE) !== 0 ? L.phraseAt(tokens, k) : undefined;
    if (phrase) return { kind: phrase.kind, trigger: phrase.last, d };
    // "up to 12 residents who stayed behind to defend their homes have yet to be accounted for": past the relative clause.
    if ((b & W_WHO) !== 0 && (d <= 2 || (c.group && k === c.group.last + 1))) {
      const main = afterRelative(tokens, k);
      if (main) return { kind: main.kind, trigger: main.trigger, d };
    }
    // "Four men working on a construction site near the river were injured": past a reduced relative clause.
    if ((b & W_PARTICIPLE) !== 0 && d >= 2 && d <= 3 && !sawAux) {
      const main = afterParticiple(tokens, k);
      if (main) return { kind: main.kind, trigger: main.trigger, d };
    }
    // "4 officers were among the 15 people hurt": a subset of the count after "among the".
    // ("Two Indian nationals among 5 killed": a headline leaves the auxiliary out.)
    if ((b & W_AMONG) !== 0 && (sawAux || d <= 3) && (isWord(tokens[k + 1], 'the', 'those') || (tokens[k + 1] && startsNum(tokens, k + 1)))) {
      for (let j = k + 2; j <= k + 6 && tokens[j] && tokens[j].kind !== 'punct'; j++) {
        const kind = triggerKind(tokens[j]);
        if (kind) return { kind, trigger: j, d };
      }
      break;
    }
    // "180 residents spent the night in rest centres", "spent two nights at relief centres": where they slept.
    if ((b & W_SPENT) !== 0) {
      for (let j = k + 1; j <= k + 7 && tokens[j] && tokens[j].kind !== 'punct'; j++) {
        const where = L.phraseAt(tokens, j);
        if (where) return where.kind === 'displaced' ? { kind: where.kind, trigger: where.last, d } : undefined;
      }
    }
    if ((b & W_FAMILIES) !== 0 && d === 1 && k === c.q.last + 1) continue;
    if ((b & W_AUX_OR_QUOTE) !== 0) {
      if (t.t !== '"') sawAux = true;
      d--;
      continue;
    }
    // "Five persons deprived of liberty (PDLs) were killed": a bracketed abbreviation.
    if (t.t === '(' && tokens[k + 2]?.t === ')' && tokens[k + 1].kind === 'word') {
      k += 2;
      d--;
      continue;
    }
    // "Twelve people aged between 20 and 30", "Five children under the age of 10": an age phrase in the group.
    const ages = (b & W_AGE_OPENER) !== 0 ? agePhraseEnd(tokens, k) : -1;
    if (ages > 0) {
      k = ages;
      d--;
      continue;
    }
    // "two men in their 30s were arrested": an age by decade.
    const decade = (b & W_IN) !== 0 ? decadeOfAgeEnd(tokens, k) : -1;
    if (decade > 0) {
      k = decade;
      d--;
      continue;
    }
    // "three women and a 10-year-old boy": an age inside the group.
    if (t.kind === 'num' && tokens[k + 1]?.t === 'year-old') {
      k++;
      d--;
      continue;
    }
    // "Seven people, including three women and a boy, were killed": from inside the aside, the clause's verb.
    if (inAside && (isComma(t.t) || isDash(tokens, k))) {
      // "Five people died, including a child, and several were injured": a new clause after the aside.
      if (isConj(tokens[k + 1]) || (tokens[k + 1] && CLAUSE_OPENERS.contains(tokens[k + 1]))) break;
      inAside = false;
      afterAside = true;
      d = 1;
      continue;
    }
    if (t.kind === 'punct') {
      // ", including four children," between the count and its verb: step over the aside.
      // "Two more, an elderly man and a woman, succumbed": an apposition too.
      // "A total of 28 people, 11 of them children, died": a count of them opens an aside too.
      // "At least 20 people, most of them migrants ..., were killed": so does a part of them.
      const partOfThem = isWord(tokens[k + 1], 'most', 'many', 'some', 'all', 'mostly', 'mainly', 'majority') && (isWord(tokens[k + 2], 'of') || !isWord(tokens[k + 1], 'most', 'many', 'some', 'all'));
      const opensAside = !!tokens[k + 1] && (L.ASIDE.contains(tokens[k + 1]) || isWord(tokens[k + 1], 'a', 'an') || countOfThem(tokens, k + 1) || partOfThem);
      let close = isComma(t.t) && opensAside ? commaAfter(tokens, k + 1, 20) : -1;
      // "Seven people - four adults and three children - were hurt": an aside between spaced dashes, before the verb.
      if (close < 0 && isDash(tokens, k)) {
        const dash = dashAfter(tokens, k, 16);
        if (dash > 0 && tokens[dash + 1] && (isAux(tokens[dash + 1]) || triggerKind(tokens[dash + 1]) || L.phraseAt(tokens, dash + 1))) close = dash;
      }
      // "the two firefighters, from the local brigade, were in a stable condition": an apposition before the verb.
      if (close < 0) close = appositionEnd(tokens, k);
      // "A 5-year-old boy, his mother and two neighbours were among the dead": the list's predicate.
      if (close < 0 && t.t === ',' && c.noun >= 0) {
        const p = listPredicate(tokens, k);
        if (p > 0) close = p - 1;
      }
      if (close < 0) break;
      // "كان يقل قرابة 70 شخصا، بينهم نساء وأطفال، وإنه غرق": after the aside, "وإنه" opens a clause of its own.
      if (tokens[close + 1] && EXACT_THAT_CLAUSE.is(tokens[close + 1])) break;
      k = close;
      d--;
      continue;
    }
    // "24,856 families are staying in 652 evacuation centers": where the displaced are, counted.
    if (t.kind === 'num' && isWord(at(tokens, k - 1), 'in', 'at') && SHELTERED.is(at(tokens, k - 2))) {
      const place = L.phraseAt(tokens, k + 1);
      if (place && place.kind === 'displaced') return { kind: 'displaced', trigger: place.last, d };
      if (tokens[k + 1] && SHELTER_PLACES.is(tokens[k + 1])) return { kind: 'displaced', trigger: k + 1, d };
    }
    if (d > 1 && (t.kind === 'num' || (t.kind === 'word' && (b & W_MAY_START_NUMBER) !== 0 && startsNumber(tokens, k)))) {
      const next = countInGroup(tokens, c, k, d, sawAux, partitive === undefined);
      if (next < 0) break;
      if (stepNamed) partitive = stepNamed;
      k = next;
      d = stepD;
      continue;
    }
    if (t.kind === 'num') break;
    // "رجلين وامرأة وستة أطفال قتلوا": a coordinated dual or single victim is stepped over too.
    if ((b & W_WAW_DUAL_OR_PERSON) !== 0) {
      d--;
      continue;
    }
    // "Four of the survivors were taken to hospital", "three of the rescued workers": the set a part is taken from is
    // named by its survival; what happened to the part follows.
    if ((b & W_NOT_CASUALTY) !== 0) {
      if (!sawAux && c.group && k <= c.group.last && isWord(tokens[c.q.last + 1], 'of', 'من')) continue;
      return partitive ?? { kind: null, trigger: k, d };
    }
    if ((b & W_TRANSPORT) !== 0 && tokens[k + 1] && TO.contains(tokens[k + 1])) {
      for (let j = k + 2; j <= k + 7 && tokens[j] && tokens[j].kind === 'word'; j++) if (L.HOSPITAL.contains(tokens[j])) return { kind: 'injured', trigger: j, d };
    }
    const kind = (b & W_TRIGGER) !== 0 && t.kind === 'word' ? triggerKindOf(t) : (b & W_GROUP_PREDICATE) !== 0 ? groupPredicate(tokens, k, c) : undefined;
    // After the aside, a predicate that opens a clause of its own ("، وإصابة 30") is not the aside's.
    if (kind && afterAside && (conjoined(t) || isConj(at(tokens, k - 1)))) break;
    // "خمسة أشخاص استجوبوا واعتقل اثنان منهم": a predicate that opens a clause with a count of its own is that count's.
    if (kind && d > 1 && conjoined(t) && tokens[k + 1] && startsNum(tokens, k + 1)) break;
    // "killed two soldiers and a civilian and wounded five others": an active predicate after "and" with an object of its own.
    if (kind && d > 1 && isConj(at(tokens, k - 1)) && tokens[k + 1] && (startsNum(tokens, k + 1) || isWord(tokens[k + 1], 'a', 'an', 'his', 'her', 'their', 'the'))) break;
    // "the two nurses who treated him", "the men who killed a guard": an active verb of a relative clause, with its object.
    // ("fled their villages", "left their homes": the object is a place, and the subject the displaced.)
    const agent = kind && kind !== 'displaced' && kind !== 'missing' && tokens[k + 1] && (OBJECT_START.is(tokens[k + 1]) || startsNum(tokens, k + 1));
    if (agent && (isWord(at(tokens, k - 1), 'who', 'that') || (isWord(at(tokens, k - 1), 'was', 'were') && isWord(at(tokens, k - 2), 'who', 'that')))) break;
    // "Two men wearing masks killed three people": the group is the subject of an active verb with an object of its own.
    if (agent && d > 1 && !sawAux && /ed$/.test(t.t)) break;
    if (kind) {
      if (joinedKinds(tokens, k, true)) return 'mixed';
      // "Two of the wounded later succumbed": a predicate in a partitive names the set; a later verb wins.
      if (isWord(at(tokens, k - 1), 'the', 'those') && isWord(at(tokens, k - 2), 'of') || (t.t.startsWith('ال') && isWord(at(tokens, k - 1), 'من'))) {
        partitive ??= { kind, trigger: k, d };
        continue;
      }
      return { kind, trigger: k, d };
    }
    // "Nine passengers on the bus were killed": a place of the group, like "in".
    if ((b & (W_BREAKS | W_ON_BOARD)) === W_BREAKS) {
      // "Three workers were overcome by fumes and died".
      const died = sawAux ? andDied(tokens, k) : -1;
      if (died > 0) return { kind: andDiedKind(tokens[died]), trigger: died, d };
      break;
    }
  }
  return partitive;
}

/** countInGroup's other answers: the distance to go on with, and the set a partitive names (see rightRole). */
let stepD = 0;
let stepNamed: Role | undefined;
/**
 * rightRole at a count k after the candidate's (a tenth of its calls), out of line so that V8 compiles less into rightRole:
 * the token to go on after (stepD the distance there), or -1 where the walk ends. `canName`: no partitive set yet.
 */
function countInGroup(tokens: Token[], c: Candidate, k: number, d: number, sawAux: boolean, canName: boolean): number {
  stepNamed = undefined;
  const t = tokens[k];
  // "Three of the five people on board were killed": the whole set after "of the" is stepped over, and a predicate
  // naming it ("Two of the 15 injured died") names the set, not the part; "Nine people including three women were
  // killed": an aside without commas.
  const ofThe = k === c.q.last + 3 && isWord(at(tokens, k - 1), 'the', 'those') && isWord(at(tokens, k - 2), 'of');
  if (ofThe || (isWord(at(tokens, k - 1), 'including') && d <= 3)) {
    const set = readQuantity(tokens, k, '');
    if (set) {
      k = set.last;
      const named = ofThe ? triggerKind(tokens[k + 1]) : undefined;
      if (named && canName) stepNamed = { kind: named, trigger: ++k, d };
      while (!ofThe && tokens[k + 1]?.kind === 'word' && !triggerKind(tokens[k + 1]) && !L.GROUP_STOP.contains(tokens[k + 1]) && !isAux(tokens[k + 1])) k++;
      stepD = 0;
      return k;
    }
  }
  // "seven soldiers and two civilians were wounded": the predicate after a coordinated count is shared.
  const conj = at(tokens, k - 1);
  // "عائلة واحدة", "one family": an adjective, stepped over.
  if (isAdjectiveOne(tokens, k)) {
    stepD = d - 1;
    return k;
  }
  const joined = (conj && isConj(conj)) || (isWord(conj, 'his', 'her', 'their') && isConj(at(tokens, k - 2)));
  const other = (joined || numberWord(t)?.conj) && !sawAux ? readQuantity(tokens, k, '') : undefined;
  if (!other) return -1;
  k = other.last;
  while (tokens[k + 1]?.kind === 'word' && !triggerKind(tokens[k + 1]) && !L.GROUP_STOP.contains(tokens[k + 1]) && k - other.last < 3) k++;
  stepD = Math.max(1, d - 1);
  return k;
}

/**
 * A count with no predicate of its own continues the claim before it in the sentence: an enumeration ("55
 * tanks, 39 vehicles and three helicopters"), a breakdown ("منهم (9) في حمص و(4) في حماة", "31 dead in
 * Sindh, 12 in Punjab"), a subset ("بينهم مئات في حالة حرجة", "including four children"), a restated toll
 * ("بعد أن كانت 47", "up from 47"), or "وأصيب مثلهم".
 */
function inherited(tokens: Token[], c: Candidate, found: Found[], english: boolean, previousKind?: CasualtyKind): Role | undefined {
  const role = continued(tokens, c, found, english, previousKind);
  // "Another 40 gathered outside", "two more buses were attacked": a verb of their own says what they did. (Asked only
  // of a count that would continue a claim: most continue none, and the test reads several words after the count.)
  return role && english && ownPredicate(tokens, c) ? undefined : role;
}
/** inherited() but for a predicate of the count's own (the rules below read only the tokens: in any order, one answer). */
function continued(tokens: Token[], c: Candidate, found: Found[], english: boolean, previousKind?: CasualtyKind): Role | undefined {
  // A subset names its set: "بينهم طفل", "خمسة منهم في العناية المشددة", "two of them", "among them 4"; "two
  // more", "another 15", "3 آخرين" add to it. With no count before it in the sentence, the set is the last
  // one the article counted ("Four of them are on ventilator support", "Two more were found later").
  const after = tokens[c.q.last + 1];
  const subset = asideBefore(tokens, c.q.first) || L.ONE_OF_THEM.contains(tokens[c.q.first]) || (!at(tokens, c.q.first - 1) && !!after && L.ASIDE.contains(after)) || (!!after && OF_THEM_AR.is(after)) ||
    (isWord(after, 'of') && isWord(tokens[c.q.last + 2], 'them', 'whom'));
  const more = (!!after && L.OTHERS.contains(after) && !isWord(tokens[c.q.last + 2], 'than')) || isWord(at(tokens, c.q.first - 1), 'another');
  const { prev, resume } = lastOutsideAside(tokens, found, c);
  const counted = prev && c.q.first > prev.c.q.last ? prev.kind : previousKind;
  // "three more were found in the evening", "وثلاثة آخرون": more of the set counted last, however far before, when
  // they are the subject of their clause ("ونقل 30 آخرين إلى المستشفيات" is the object of a verb of its own).
  // "في حين غادر الأربعة الآخرون المستشفى": in Arabic the nominative "الآخرون" is a subject wherever it stands.
  if (more && counted && (subjectAt(tokens, c) || (!english && EXACT_OTHERS_NOMINATIVE.is(after)))) return { kind: counted, trigger: -1, d: 0 };
  // "efforts to trace relatives of the remaining five": the rest of the dead or missing counted before.
  if (english && counted && (counted === 'killed' || counted === 'missing') && isWord(at(tokens, c.q.first - 1), 'remaining') && isWord(at(tokens, c.q.first - 2), 'the') &&
    (!c.group || personWord(tokens[c.group.last]) || L.BODIES_EN_ALL.contains(tokens[c.group.last]))) return { kind: counted, trigger: -1, d: 0 };
  // "27 had been pulled from the water", "divers pulled 4 from the wreck": bodies, when the dead were counted before.
  if (counted === 'killed' && recovered(tokens, c) && (!c.group || groupIs(tokens, c.group, L.PERSONS) || groupIs(tokens, c.group, L.PERSON_PLURALS))) return { kind: counted, trigger: -1, d: 0 };
  // "Most of the dead were pilgrims, among them five women", "معظم النازحين ... 4 آلاف منهم": the set is named by a noun.
  // "The injured were taken to three hospitals: 11 to the district hospital ...": a breakdown of a named set.
  const breakdown = at(tokens, c.q.first - 1)?.t === ':' && !c.group && !!after && (L.PLACE_PREP.contains(after) || placeWithPreposition(after));
  // "Of those, 15 were women", "Of the dead, 15 were women", "ومن بين هؤلاء، 15 امرأة": a subset opening the sentence.
  const opened = openingSet(tokens, c.q.first);
  if (opened) {
    const named = namedSet(tokens, c.q.first, english);
    if (named ?? counted) return { kind: (named ?? counted)!, trigger: -1, d: 0 };
  }
  if ((subset || breakdown) && !prev) {
    const named = previousKind ?? namedSet(tokens, c.q.first, english);
    return named ? { kind: named, trigger: -1, d: 0 } : undefined;
  }
  if (!prev) return undefined;
  // The previous count's predicate may come after this one ("three women and a boy, were killed"): it is shared.
  const from = Math.max(prev.c.q.last, prev.c.group?.last ?? -1, prev.trigger < c.q.first ? prev.trigger : -1, resume) + 1;
  if (subset && c.q.first >= from && c.q.first - from <= 25) return { kind: exactSet(found, prev, c).kind, trigger: -1, d: 0 };
  const before = at(tokens, c.q.first - 1);
  // "… 51 the number of people who have died …, according to the IOM, compared with 12 in the whole of last year": a
  // comparison reaches its toll over an aside (below, within 12 words, for any other link).
  if (c.q.first >= from && c.q.first - from <= 25 && compared(tokens, c.q.first, before) && !(c.group && !groupIs(tokens, c.group, L.CASES))) return { kind: prev.kind, trigger: -1, d: 0 };
  if (c.q.first < from || c.q.first - from > 12) return undefined;
  // Restated: "بعد أن كانت 47", "after it stood at 47", "up from 47".
  if (before && (L.WAS.contains(before) || (before.t === 'from' && isWord(at(tokens, c.q.first - 2), 'up')))) return { kind: prev.kind, trigger: -1, d: 0 };
  // Restated in other units: "فرّ 80 ألف أسرة …، أي ما يعادل نحو 400 ألف شخص", "60,000 families fled, or about 300,000 people".
  if (restatement(tokens, c.q.first)) return { kind: prev.kind, trigger: -1, d: 0 };
  // Compared: "97 homicides, compared with 84 last year", "30 قتيلا مقارنة بـ 25": the same toll at another time.
  // ("compared with 40 officers on duty": another set, no claim.)
  if (compared(tokens, c.q.first, before)) {
    // ("مقارنة بسبع حالات": cases are the same toll.)
    return c.group && !groupIs(tokens, c.group, L.CASES) ? undefined : { kind: prev.kind, trigger: -1, d: 0 };
  }
  if (!linked(tokens, from, c.q.first) && !(c.conj && linked(tokens, from, c.q.first, true))) return undefined;
  // The candidate must read as a member: followed by a place, a victim noun, "منهم"/"of them", or nothing.
  const next = tokens[(c.group?.last ?? c.q.last) + 1];
  // ("of the 21 deaths, 15 were from Gujran, four from …": a member's place after a copula.)
  const nextAt = (c.group?.last ?? c.q.last) + 1;
  const member = !next || next.kind === 'punct' || L.PLACE_PREP.contains(next) || L.LIST_GLUE.contains(next) || isConj(next) || /^[وب]/.test(next.t) ||
    (english && isWord(next, 'were', 'was', 'are', 'is') && !!tokens[nextAt + 1] && isWord(tokens[nextAt + 1], 'from')) ||
    c.group !== null || L.ASIDE.contains(at(tokens, c.q.first - 1) ?? next);
  if (!member) return undefined;
  if (c.group && !english && !groupFits(tokens, c.group, prev)) return undefined;
  return { kind: prev.kind, trigger: -1, d: 0 };
}

/** "compared with N", "مقارنة بـ N" right before the count at `first`. */
function compared(tokens: Token[], first: number, before: Token | undefined): boolean {
  return !!before && (COMPARED.contains(before) || (isWord(before, 'with', 'to', 'ب') && !!at(tokens, first - 2) && COMPARED.contains(tokens[first - 2])));
}

/** "، أي N", "، أي ما يعادل N", ", or N": the count restates the one before it. */
function restatement(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (isWord(at(tokens, k), 'يعادل', 'يساوي') && isWord(at(tokens, k - 1), 'ما')) k -= 2;
  const w = at(tokens, k);
  return !!w && RESTATING.contains(w) && isComma(at(tokens, k - 1)?.t ?? '');
}
/** "أي" (that is), "or", exactly (no clitics: "وأي"). */
const RESTATING = wordSet(['أي', 'or']);

/**
 * The set an exact subset belongs to: "استشهد 34 وأصيب العشرات، بينهم 19 ..." counts 19 of the 34, since an exact part
 * of a set that was not counted ("dozens") is rarely given; the last count before it otherwise.
 */
function exactSet(found: Found[], prev: Found, c: Candidate): Found {
  if (prev.c.q.qualifier !== 'vague' || c.q.qualifier === 'vague') return prev;
  for (let p = found.length - 1; p >= 0; p--) {
    const f = found[p];
    if (f.c.q.qualifier !== 'vague' && f.c.q.last < prev.c.q.first && (f.c.q.min ?? 0) >= (c.q.max ?? c.q.min ?? 0)) return f;
  }
  return prev;
}

/** Verbs of taking people ("took", "أخذ") and the hostages they are taken as ("hostage", "رهائن", "كرهائن"). */
const TAKE = wordSet(['took', 'taken', 'taking', 'take', 'takes', ...verbForms('أخذ', 'أخذ'), ...verbForms('احتجز', 'حتجز')]);
const HOSTAGE = wordSet(['hostage', 'hostages', 'captive', 'captives', 'رهائن', 'رهينة', 'رهينتين', 'رهينتان', 'كرهائن', 'كرهينة']);
/**
 * "Gunmen took 20 villagers hostage", "took them captive", "وأخذ المسلحون 12 شخصا رهائن", "احتجزوا 30 شخصا كرهائن": the
 * people taken are missing (an abduction). A verb of taking within three words before the count, the hostage noun right
 * after its group (which then ends before it).
 */
function takenHostage(tokens: Token[], c: Candidate): Role | undefined {
  let h = c.q.last + 1;
  while (h <= c.q.last + 3 && tokens[h]?.kind === 'word' && !HOSTAGE.contains(tokens[h])) h++;
  if (!tokens[h] || !HOSTAGE.contains(tokens[h]) || (c.group && h > c.group.last + 1)) return undefined;
  let v = -1;
  for (let k = c.q.first - 1; k >= Math.max(0, c.q.first - 3) && tokens[k].kind === 'word'; k--) if (TAKE.contains(tokens[k])) v = k;
  if (v < 0) return undefined;
  // ("20 villagers hostage": the group ends before the noun; "20 hostages": the noun is the group.)
  if (c.group && c.group.last >= h && h > c.q.last + 1) c.group = { s: c.group.s, e: tokens[h - 1].e, last: h - 1 };
  return { kind: 'missing', trigger: h, d: 1 };
}

/** Verbs of a hospital receiving people ("received", "استقبل"). */
const RECEIVE = wordSet(['received', 'receives', 'receiving', ...verbForms('استقبل', 'ستقبل')]);
/**
 * "The district hospital received 43 patients", "استقبلت المستشفيات 43 حالة": people a hospital receives are injured.
 * The verb right before the count (its subject between, in Arabic), a hospital within four words of it, and people or
 * cases counted (not bodies: their own noun says so).
 */
function receivedAt(tokens: Token[], c: Candidate): Role | undefined {
  if (!c.group || !(personWord(tokens[c.group.last]) || groupIs(tokens, c.group, L.CASES) || groupIs(tokens, c.group, L.AR_PERSON_PLURALS) || personPlural(tokens[c.group.last]))) return undefined;
  let v = -1;
  for (let k = c.q.first - 1; k >= Math.max(0, c.q.first - 4) && tokens[k].kind === 'word'; k--) if (RECEIVE.contains(tokens[k])) v = k;
  if (v < 0) return undefined;
  for (let k = Math.max(0, v - 4); k <= Math.min(c.q.first - 1, v + 3); k++) if (tokens[k].kind === 'word' && L.HOSPITAL.contains(tokens[k])) return { kind: 'injured', trigger: v, d: c.q.first - v };
  return undefined;
}

/** "rushed 20 people to hospital", "ونقل 20 آخرين إلى المستشفيات": moved to a hospital, so injured. */
function transportedTo(tokens: Token[], c: Candidate): Role | undefined {
  // "فيما نقل البقية (26) إلى مستشفى": the rest, counted in parentheses.
  const v = at(tokens, c.q.first - 1) && L.REST.contains(tokens[c.q.first - 1]) ? c.q.first - 2 : c.q.first - 1;
  if (!tokens[v] || !L.TRANSPORT_ACTIVE.contains(tokens[v])) return undefined;
  let k = (c.group?.last ?? c.q.last) + 1;
  // "أحيل 8 منهم إلى المستشفيات": a part of the set before.
  if (tokens[k] && OF_THEM_AR.is(tokens[k])) k++;
  if (!tokens[k] || !TO.contains(tokens[k])) return undefined;
  for (let j = k + 1; j <= k + 3 && tokens[j]?.kind === 'word'; j++) if (L.HOSPITAL.contains(tokens[j])) return { kind: 'injured', trigger: j, d: 1 };
  return undefined;
}

/** "Of those, N", "Among the dead, N", "ومن بين هؤلاء، N": the sentence opens on the set, and the count follows its comma. */
function openingSet(tokens: Token[], first: number): boolean {
  if (!isComma(at(tokens, first - 1)?.t ?? '') || first - 1 > 5) return false;
  if (!isWord(tokens[0], 'of', 'among', 'من', 'ومن', 'بين', 'وبين')) return false;
  // ("ومن بين الضحايا الأربعة،": a definite number word is the set's adjective.)
  for (let k = 1; k < first - 1; k++) if (tokens[k].kind !== 'word' || (startsNum(tokens, k) && !tokens[k].t.startsWith('ال'))) return false;
  return true;
}

/** A count that opens its clause: after a comma, "and", "that" or nothing ("another" stepped over). */
function subjectAt(tokens: Token[], c: Candidate): boolean {
  let k = c.q.first - 1;
  if (isWord(tokens[k], 'another')) k--;
  const t = tokens[k];
  return !t || t.kind === 'punct' || isConj(t) || isWord(t, 'that', 'أن', 'إن', 'بأن') || (c.conj && !isConj(t) && !!numberWord(tokens[c.q.first])?.conj);
}

/**
 * The last count before the candidate, stepping over counts in a relative aside that closed before it: "52 of the
 * dead were found in A, where dozens of houses collapsed, and 19 in B" continues the dead, not the houses.
 */
function lastOutsideAside(tokens: Token[], found: Found[], c: Candidate): { prev?: Found; resume: number } {
  let resume = -1;
  for (let p = found.length - 1; p >= 0; p--) {
    const f = found[p];
    let opener = -1;
    for (let j = f.c.q.first - 1; j >= Math.max(1, f.c.q.first - 6) && tokens[j].kind === 'word'; j--) {
      if (RELATIVE_WORDS.is(tokens[j]) && isComma(tokens[j - 1].t)) opener = j;
    }
    if (opener < 0) return { prev: f, resume };
    let closed = -1;
    for (let j = Math.max(f.c.q.last, f.trigger) + 1; j < c.q.first && closed < 0; j++) if (isComma(tokens[j].t)) closed = j;
    if (closed < 0) return { prev: f, resume };
    resume = Math.max(resume, closed);
  }
  return { resume };
}

/**
 * A count with a verb of its own that is no predicate of a casualty, nor of finding or bringing out victims
 * ("Another 40 gathered outside the court", "2 journalists were filming"): it continues no claim.
 */
function ownPredicate(tokens: Token[], c: Candidate): boolean {
  let j = c.q.last + 1;
  if (isWord(tokens[j], 'more', 'others')) j++;
  // Right after the count, a verb ("Another 40 gathered outside"), not an adjective ("two unidentified men").
  const next = tokens[j + 1];
  if (otherVerb(tokens, j) && !(next && (L.PERSONS.contains(next) || L.PERSON_PLURALS.contains(next)))) return true;
  j = (c.group?.last ?? c.q.last) + 1;
  // "Two of them, both women, had travelled from Lagos": past an apposition.
  if (isWord(tokens[j], 'of') && isWord(tokens[j + 1], 'them', 'whom', 'those')) j += 2;
  const close = appositionEnd(tokens, j);
  if (close > 0) j = close + 1;
  let aux = false;
  for (; tokens[j] && (isAux(tokens[j]) || isWord(tokens[j], 'more', 'others') || ADVERBS.is(tokens[j])); j++) if (isAux(tokens[j])) aux = true;
  // "5 more are on the way", "Sixteen others had gone back to shore": after "more"/"others" and an auxiliary, only a
  // predicate or a finding continues the count.
  if (aux && isWord(tokens[c.q.last + 1], 'more', 'others') && tokens[j]?.kind === 'word' && !triggerKind(tokens[j]) && !L.phraseAt(tokens, j) &&
    !L.RECOVER.contains(tokens[j]) && !L.DISCOVER.contains(tokens[j]) && !L.NOT_CASUALTY.contains(tokens[j])) return true;
  return otherVerb(tokens, j);
}
/** Adverbs between an auxiliary and the verb: "one of whom had just returned". */
const ADVERBS = exact(['just', 'already', 'recently', 'previously', 'only', 'never', 'once']);
function otherVerb(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !(endsWith2(t.t, 'e', 'd') || endsWith2(t.t, 'n', 'g')) || !/..(ed|ing)$/.test(t.t) || triggerKind(t) || L.phraseAt(tokens, j) || L.RECOVER.contains(t) ||
    L.DISCOVER.contains(t)) return false;
  return !L.NOT_CASUALTY.contains(t);
}

/** A verb of bringing bodies out governs the count: right before it, or after it and its auxiliaries. */
function recovered(tokens: Token[], c: Candidate): boolean {
  for (let k = c.q.first - 1; k >= Math.max(0, c.q.first - 2); k--) if (L.RECOVER.contains(tokens[k])) return true;
  for (let k = (c.group?.last ?? c.q.last) + 1, n = 0; k < tokens.length && n < 4; k++, n++) {
    if (L.RECOVER.contains(tokens[k])) return true;
    if (!isAux(tokens[k])) return false;
  }
  return false;
}

/** The set a subset belongs to when it is named by a noun, not counted: "the dead", "the injured", "النازحين". */
function namedSet(tokens: Token[], first: number, english: boolean): CasualtyKind | undefined {
  for (let k = first - 1; k >= 0; k--) {
    const kind = triggerKind(tokens[k]);
    if (kind && (english ? isWord(at(tokens, k - 1), 'the', 'those') : /^(و?ال|لل)/.test(tokens[k].t))) return kind;
  }
  return undefined;
}

/** A group that names people (or things, for destroyed) can continue a list; "3 قرى" cannot. */
function groupFits(tokens: Token[], g: Group, prev: Found): boolean {
  const head = tokens[tokens.findIndex((t) => t.s === g.s)];
  if (!head) return true;
  if (L.PLACE_PREP.contains(head) || L.ASIDE.contains(head) || L.OTHERS.contains(head) || OF_THEM_OR_IT_AR.is(head)) return true;
  return prev.kind === 'destroyed' ? L.EQUIPMENT.contains(head) : !L.EQUIPMENT.contains(head);
}

/** Only list words, commas, a place phrase or the end of a group stand between two members. */
function linked(tokens: Token[], from: number, to: number, joined = false): boolean {
  let marker = from === to || joined;
  let tail = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'num' || triggerKind(t)) return false;
    if (t.kind === 'punct') {
      if (!/^[,،:;؛-]$/.test(t.t)) return false;
      marker = true;
      tail = 0;
      // "سائق الحافلة، ويبلغ من العمر 50 عاما، وطفلين": an age between commas is stepped over.
      const close = isComma(t.t) ? ageAside(tokens, k, to) : -1;
      if (close > 0) k = close;
    } else if (L.LIST_GLUE.contains(t) || L.ASIDE.contains(t)) {
      marker = true;
      tail = 0;
    } else if (L.PLACE_PREP.contains(t)) {
      tail = -4; // a place phrase of the previous member: "في وادي السدر"
    } else if (++tail > 3 || (L.BREAKS.contains(t) && !L.PLACE_PREP.contains(t))) return false;
  }
  return marker;
}

/** The comma that closes an aside of age opened at comma k ("، ويبلغ من العمر 50 عاما،", ", aged 50,"), before `to`; -1 otherwise. */
function ageAside(tokens: Token[], k: number, to: number): number {
  let age = false;
  for (let j = k + 1; j < to && j <= k + 8; j++) {
    const t = tokens[j];
    if (isComma(t.t)) return age ? j : -1;
    if (t.kind === 'punct' || triggerKind(t)) return -1;
    if (L.AGE_WORDS.contains(t)) age = true;
  }
  return -1;
}

/** A count two to four words before the predicate at `trigger` ("لقي مواطن عشريني مصرعه": one indefinite victim is a count too). */
function countBefore(tokens: Token[], trigger: number): boolean {
  for (let n = 2; n <= 4 && trigger - n >= 0; n++) if (startsNum(tokens, trigger - n) || L.DUALS.contains(tokens[trigger - n]) || oneVictim(tokens[trigger - n])) return true;
  return false;
}

/** "مقتل وإصابة 20 شخصاً": one count for two kinds says neither; no claim is better than a wrong kind. */
function joinedKinds(tokens: Token[], trigger: number, afterCount = false): boolean {
  const t = tokens[trigger];
  const prev = at(tokens, trigger - 1);
  const next = tokens[trigger + 1];
  // "9 أشخاص مصرعهم وأصيب 46": the predicate before "و" closes a count of its own.
  if (t.t.startsWith('و') && prev && triggerKind(prev) && triggerKind(prev) !== triggerKind(t) && !countBefore(tokens, trigger)) return true;
  // "مقتل وإصابة 20", "20 قتيلا وجريحا"; after a count, "مصرعهم وأصيب 46" opens a clause with a count of its own.
  const after = tokens[trigger + 2];
  // ("3 قتلى وجريح": a plural, then one more of another kind, is two counts.)
  if (next && next.t.startsWith('و') && triggerKind(next) && triggerKind(next) !== triggerKind(t) && after?.kind !== 'word' && !(afterCount && after?.kind === 'num') &&
    !(AR_ONE_CASUALTY.has(next.t.slice(1)) && !AR_ONE_CASUALTY.is(t))) return true;
  // "Twenty people were killed or injured", "are dead or missing": after the count, two kinds for one number.
  if (afterCount && (next?.t === 'or' || next?.t === 'and') && triggerKind(after) && triggerKind(after) !== triggerKind(t) && !L.BY_GROUP.contains(after!) &&
    !(tokens[trigger + 3] && (startsNum(tokens, trigger + 3) || OBJECT_START.is(tokens[trigger + 3])))) return true;
  return (prev?.t === 'and' || prev?.t === 'or') && !!triggerKind(at(tokens, trigger - 2)) && triggerKind(at(tokens, trigger - 2)) !== triggerKind(t);
}

/** The casualty kind of a death toll phrase ("death toll", "حصيلة القتلى", "number of those injured"). */
function tollKind(tokens: Token[], at: number): CasualtyKind {
  // (The word before the toll noun, then the three after it; no array per call.)
  for (let n = 0; n < 4; n++) {
    const kind = triggerKind(tokens[n === 0 ? at - 1 : at + n]);
    if (kind) return kind;
  }
  return 'killed';
}

const EXCEED = /^(تجاوز|تجاوزت|يتجاوز|تخطى|تخطت|يتخطى|فاق|فاقت|يفوق|exceed|exceeded|exceeds|surpassed|topped|tops|passed|passes|crossed|crosses)$/;
const NEGATION = /^(لم|لا|not|never)$/;
const isExceed = memoByWord((w: string) => EXCEED.test(w.replace(/^و/, '')));
/** A quantity read with its verb: "exceeded 60", "has exceeded 60", "did not exceed three", "لم يتجاوز أربعة". */
function exceedsAt(tokens: Token[], k: number): boolean {
  for (let j = k; j <= k + 2 && tokens[j]?.kind === 'word'; j++) {
    if (isExceed(tokens[j])) return true;
    if (!NEGATION.test(tokens[j].t) && !HAVE_DO.is(tokens[j])) return false;
  }
  return false;
}

/** "تجاوز عدد المصابين 600" (more than), "لم يتجاوز عدد الموقوفين عشرة" (at most): a verb on the toll. */
function tollQualifier(tokens: Token[], q: Quantity): Quantity {
  if (q.qualifier !== 'exact' || q.min === null) return q;
  let toll = -1;
  for (let k = q.first - 1; k >= Math.max(0, q.first - 5) && tokens[k].kind === 'word'; k--) if (L.TOLL.contains(tokens[k])) toll = k;
  for (let k = toll - 1; toll > 0 && k >= Math.max(0, toll - 2); k--) {
    if (!EXCEED.test(tokens[k].t.replace(/^و/, ''))) continue;
    if (k > 0 && NEGATION.test(tokens[k - 1].t.replace(/^و/, ''))) return { ...q, min: null, qualifier: 'at_most' };
    return { ...q, max: null, qualifier: 'more_than' };
  }
  return q;
}
