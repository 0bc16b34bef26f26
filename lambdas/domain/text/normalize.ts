/**
 * Normalization for matching only. The normalized string is matched against; `map` turns every
 * normalized index back into an index of the original text, so claims always carry original offsets.
 *
 * - Arabic-Indic (U+0660..0669) and Persian (U+06F0..06F9) digits become ASCII digits.
 * - Arabic thousands (U+066C) and decimal (U+066B) separators become ',' and '.'.
 * - Tatweel and Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) are dropped.
 * - Hamza-carrying and wasla alefs become a bare alef; alef maqsura becomes ya.
 * - Latin letters are lower-cased; typographic quotes and dashes are folded.
 * - Arabic presentation forms (U+FB50..FDFF, U+FE70..FEFC) are expanded by NFKC to plain letters.
 */
export interface Normalized {
  text: string;
  norm: string;
  /**
   * map[i] = index in the original of norm[i]; map[norm.length] = original length. Null when the offsets
   * follow from `drops` (or are the same): the usual case, where no character was expanded.
   */
  map: Int32Array | null;
  /**
   * Without a map: for each character normalization dropped (a diacritic, a tatweel, a direction mark), in
   * order, how many characters it kept before it. Null when nothing was dropped: then i is i.
   */
  drops?: Int32Array | null;
  /** The text holds an Arabic letter (presentation forms included). */
  arabic: boolean;
}

const DROP = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** Per UTF-16 code unit below 0x2100: -1 = drop, otherwise the folded code unit. Built once. */
const FOLD = new Int32Array(0x2100);
for (let c = 0; c < FOLD.length; c++) {
  const ch = String.fromCharCode(c);
  // (Only characters of the dropped ranges are tested: a regular expression per character is slow at start.)
  if (((c >= 0x0640 && c <= 0x06ed) || (c >= 0x200c && c <= 0x2069)) && DROP.test(ch)) FOLD[c] = -1;
  else if (c >= 0x0660 && c <= 0x0669) FOLD[c] = 48 + c - 0x0660;
  else if (c >= 0x06f0 && c <= 0x06f9) FOLD[c] = 48 + c - 0x06f0;
  else if (c === 0x066c) FOLD[c] = 0x2c; // Arabic thousands separator -> ','
  else if (c === 0x066b) FOLD[c] = 0x2e; // Arabic decimal separator -> '.'
  else if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) FOLD[c] = 0x0627; // alef forms -> alef
  else if (c === 0x0649) FOLD[c] = 0x064a; // alef maqsura -> ya
  else if (c === 0x2018 || c === 0x2019 || c === 0x02bc) FOLD[c] = 0x27;
  else if (c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) FOLD[c] = 0x22;
  else if (c === 0x2013 || c === 0x2014) FOLD[c] = 0x2d;
  else if (c === 0xa0) FOLD[c] = 0x20;
  else if (c < 0x80 || (c >= 0xc0 && c < 0x250)) {
    const lower = ch.toLowerCase();
    FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  } else FOLD[c] = c;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * The characters the native path below cannot leave to lower-casing: those it folds (quotes, dashes, the no-break
 * space) or drops (zero-width and direction marks), and those that send the text to foldEach (every character
 * beyond U+0000-024F and U+2000-206F, which may be Arabic, need NFKC or lower-case to another length, and the
 * dotted capital I, whose lower case is two characters). In those ranges the rest lower-cases one to one as FOLD.
 */
const NOT_PLAIN = /[^\u0000-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u012f\u0131-\u024f\u2000-\u200b\u2010-\u2012\u2015-\u2017\u201a\u201b\u201e-\u2029\u202f-\u2065\u206a-\u206f]/g;
/** Code unit c is plain: not of NOT_PLAIN's class (tested without a one-character string and a regular expression call). */
const isPlain = (c: number): boolean =>
  c <= 0x24f
    ? c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0x130
    : c >= 0x2000 && c <= 0x206f && (c <= 0x200b || (c >= 0x2010 && c <= 0x2012) || (c >= 0x2015 && c <= 0x2017) || c === 0x201a || c === 0x201b || (c >= 0x201e && c <= 0x2029) || (c >= 0x202f && c <= 0x2065) || c >= 0x206a);
/** Every character beyond ASCII. */
const NOT_ASCII = /[^\u0000-\u007f]/g;
/** Arabic letters, presentation forms included. */
const ARABIC_LETTER = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/;

export function normalizeForMatching(text: string): Normalized {
  // One native scan finds the characters that are not plain (see NOT_PLAIN): few in English text (quotes,
  // dashes), and in Arabic text the first letter sends it to foldEach, which folds Arabic fastest one character
  // at a time (its strings take two bytes a character, where native lower-casing is slow).
  // The scan finds every character beyond ASCII until the first plain one ("é"), and from there on only those not
  // plain: a text whose only characters beyond ASCII are folded to ASCII or dropped (curly quotes, dashes) is
  // lower-cased as one byte a character (V8 lower-cases two-byte strings through ICU, several times slower).
  let marks: number[] | null = null;
  let ascii = true;
  let scan = NOT_ASCII;
  scan.lastIndex = 0;
  while (scan.test(text)) {
    const at = scan.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (ascii && isPlain(c)) {
      ascii = false;
      scan = NOT_PLAIN;
      scan.lastIndex = at + 1;
      continue;
    }
    if (!((c <= 0x24f && c !== 0x130) || (c >= 0x2000 && c <= 0x206f) || c === 0xfeff)) return foldEach(text);
    (marks ??= []).push(at);
  }
  // Other text: lower-casing keeps every offset (one to one and context-free on these characters, so it may come
  // before or after folding); the characters marked are folded or dropped, and the offsets follow from the
  // positions of those dropped (none, mostly).
  if (!marks) return { text, norm: text.toLowerCase(), map: null, drops: null, arabic: false };
  if (ascii) {
    const norm = foldToAscii(text, marks);
    if (norm !== undefined) return { text, norm, map: null, drops: null, arabic: false };
  }
  const parts: string[] = [];
  const drops: number[] = [];
  let from = 0;
  for (let k = 0; k < marks.length; k++) {
    const at = marks[k];
    const c = text.charCodeAt(at);
    const f = c < FOLD.length ? FOLD[c] : -1;
    parts.push(text.slice(from, at));
    if (f >= 0) parts.push(String.fromCharCode(f));
    else drops.push(at - drops.length);
    from = at + 1;
  }
  parts.push(text.slice(from));
  const folded = parts.join('');
  // (All ASCII, but held two bytes a character like the text it was cut from: copied to one byte a character first.)
  const norm = ascii ? Buffer.from(folded, 'latin1').toString('latin1').toLowerCase() : folded.toLowerCase();
  return { text, norm, map: null, drops: drops.length ? Int32Array.from(drops) : null, arabic: false };
}

/**
 * The text lower-cased, its marked characters folded, when every mark folds to one ASCII character (curly quotes,
 * dashes, the no-break space: the usual English text), else undefined (a character is dropped). The text's bytes as
 * Latin-1 (every character but the marks is ASCII) with the marks written over, one native copy each way.
 */
function foldToAscii(text: string, marks: number[]): string | undefined {
  // Into a buffer kept from call to call, by Buffer's own Latin-1 writer and reader (native functions, called
  // directly: Buffer.from and toString put several functions of node's JavaScript into this one when it is compiled).
  if (text.length > foldBytes.length) foldBytes = Buffer.allocUnsafe(Math.max(text.length, 2 * foldBytes.length)) as Latin1Buffer;
  const bytes = foldBytes;
  bytes.latin1Write(text, 0, text.length);
  // (One loop, one charCodeAt: each site compiles to a dispatch on the string's representation.)
  for (let k = 0; k < marks.length; k++) {
    const c = text.charCodeAt(marks[k]);
    const f = c < FOLD.length ? FOLD[c] : -1;
    if (f < 0 || f > 0x7f) return undefined;
    bytes[marks[k]] = f;
  }
  return bytes.latin1Slice(0, text.length).toLowerCase();
}
/** Buffer's Latin-1 writer and reader (methods of every Buffer since node's first releases; not in its type declarations). */
type Latin1Buffer = Buffer & { latin1Write(text: string, offset: number, length: number): number; latin1Slice(start: number, end: number): string };
let foldBytes = Buffer.allocUnsafe(4096) as Latin1Buffer;

/** normalizeForMatching one character at a time, with the map of offsets (exported for its test). */
export function foldEach(text: string): Normalized {
  // Arabic presentation forms (text copied from PDFs: "ﻗﺘﻞ") expand under NFKC, "ﻻ" into two letters.
  let out = new Uint16Array(text.length);
  let map = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
      const expanded = String.fromCharCode(c).normalize('NFKC');
      if (n + expanded.length >= out.length) {
        const bigger = new Uint16Array(out.length * 2 + expanded.length);
        bigger.set(out);
        out = bigger;
        const biggerMap = new Int32Array(bigger.length + 1);
        biggerMap.set(map);
        map = biggerMap;
      }
      for (const ch of expanded) {
        const e = ch.charCodeAt(0);
        const f = e < 0x2100 ? FOLD[e] : e;
        if (f < 0) continue;
        out[n] = f;
        map[n++] = i;
      }
      continue;
    }
    const f = c < 0x2100 ? FOLD[c] : c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ? -1 : c;
    if (f < 0) continue;
    out[n] = f;
    map[n++] = i;
  }
  map[n] = text.length;
  const norm = decode(out, n);
  return { text, norm, map: map.subarray(0, n + 1), drops: null, arabic: ARABIC_LETTER.test(text) };
}

/**
 * The string of the first n code units. A short one (a word of a list, normalized at every start) from the
 * code units directly: TextDecoder's per-call cost is many times a word's. Not with surrogates, which the
 * decoder replaces when unpaired.
 */
function decode(out: Uint16Array, n: number): string {
  if (n > 64) return UTF16.decode(out.subarray(0, n));
  for (let k = 0; k < n; k++) if (out[k] >= 0xd800 && out[k] <= 0xdfff) return UTF16.decode(out.subarray(0, n));
  return String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]);
}

/** Normalizes a word list entry the same way as text, so patterns can be written in plain spelling. */
export function normalizeWord(word: string): string {
  // Most list entries are normalized already (lower case, plain letters): they are their own normal form.
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= FOLD.length || FOLD[c] !== c) return normalizeForMatching(word).norm;
  }
  return word;
}

/** UTF-16 code units are stored little-endian here (as Buffer's 'utf16le' writes them): the usual case. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The code units of a text in a typed array, for tokenize(): written natively in one call, where reading the string
 * with charCodeAt costs a dispatch on the string's representation at every character (and compiles to a long one at
 * every site). **Valid until the next call of codeUnits**: a view of one array kept from call to call (the extractor
 * asks it once per text, and reads it until the text's last sentence is tokenized); copyCodeUnits for a copy of one's own.
 * (A new array per text was an off-heap allocation, zeroed, then filled, and one more array buffer for the garbage
 * collector to sweep: ~2 % of the extractor's time in a profile.)
 */
export function codeUnits(text: string): Uint16Array {
  if (text.length > textUnits.length) {
    textUnits = new Uint16Array(Math.max(text.length, 2 * textUnits.length));
    textBytes = Buffer.from(textUnits.buffer, textUnits.byteOffset, textUnits.byteLength) as Ucs2Buffer;
  }
  // Written by Buffer's native writer into the array's bytes: a Buffer made over each new array (and
  // Buffer.prototype.write, which looks the encoding up) put more of node's JavaScript into every compiled caller.
  if (LITTLE_ENDIAN) textBytes.ucs2Write(text, 0, 2 * text.length);
  else for (let k = 0; k < text.length; k++) textUnits[k] = text.charCodeAt(k);
  return textUnits.subarray(0, text.length);
}

/** The code units of a text in a new typed array of its own (codeUnits' is reused at the next call). */
export function copyCodeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  units.set(scratchUnits(text).subarray(0, text.length));
  return units;
}

/**
 * The code units of a text in a typed array kept from call to call (its length may exceed the text's: read only below
 * text.length), for sentences(), which does not call itself nor keep them: no array allocated per text.
 */
function scratchUnits(text: string): Uint16Array {
  if (text.length > scratch.length) {
    scratch = new Uint16Array(Math.max(text.length, 2 * scratch.length));
    scratchBytes = Buffer.from(scratch.buffer, scratch.byteOffset, scratch.byteLength) as Ucs2Buffer;
  }
  if (LITTLE_ENDIAN) scratchBytes.ucs2Write(text, 0, 2 * text.length);
  else for (let k = 0; k < text.length; k++) scratch[k] = text.charCodeAt(k);
  return scratch;
}
/** Buffer's native UTF-16 writer (a method of every Buffer since node's first releases; not in its type declarations). */
type Ucs2Buffer = Buffer & { ucs2Write(text: string, offset: number, length: number): number };
let scratch = new Uint16Array(4096);
let scratchBytes = Buffer.from(scratch.buffer, scratch.byteOffset, scratch.byteLength) as Ucs2Buffer;
/** codeUnits' array (not scratchUnits': a caller keeps codeUnits' answer while it cuts sentences). */
let textUnits = new Uint16Array(4096);
let textBytes = Buffer.from(textUnits.buffer, textUnits.byteOffset, textUnits.byteLength) as Ucs2Buffer;

/** Original [start, end) of the normalized range [s, e). */
export function toOriginal(n: Normalized, s: number, e: number): { start: number; end: number } {
  // Small, so that it is inlined where claims are made and the usual case (nothing expanded or dropped: the same
  // offsets) allocates no object; the rest out of line.
  return !n.map && !n.drops ? { start: s, end: e } : mappedToOriginal(n, s, e);
}
function mappedToOriginal(n: Normalized, s: number, e: number): { start: number; end: number } {
  const map = n.map;
  if (!map) {
    const drops = n.drops as Int32Array;
    let end = e > s ? keptToOriginal(drops, e - 1) + 1 : keptToOriginal(drops, s);
    while (end < n.text.length && DROP.test(n.text[end]) && !/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(n.text[end])) end++;
    return { start: keptToOriginal(drops, s), end };
  }
  let end = e > s ? map[e - 1] + 1 : map[s];
  // Keep the diacritics and tatweel that follow the last letter ("جندياً" ends after its tanween).
  while (end < n.text.length && DROP.test(n.text[end]) && !/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(n.text[end])) end++;
  return { start: map[s], end };
}

/** Original index of normalized index i: i plus the dropped characters before it (those with at most i kept before them). */
function keptToOriginal(drops: Int32Array, i: number): number {
  let lo = 0;
  let hi = drops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drops[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return i + lo;
}

/** Normalized index of an original offset (the first normalized char at or after it). */
export function toNormalized(n: Normalized, original: number): number {
  const map = n.map;
  if (!map) {
    const drops = n.drops;
    if (!drops) return original;
    // Dropped characters before `original`: the j-th stands at drops[j] + j.
    let lo = 0;
    let hi = drops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (drops[mid] + mid < original) lo = mid + 1;
      else hi = mid;
    }
    return original - lo;
  }
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'prof', 'rev', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'fig', 'mt', 'ft', 'km', 'maj', 'adm', 'brig',
]);
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']', '\u201C']);

/**
 * Sentence boundaries of the original text as [start, end) spans (blank ones skipped). A sentence ends at
 * . ! ? ؟ … (with closing quotes or brackets) before white space, unless the period closes an abbreviation
 * or an initial, or the next word starts in lower case; a line break always ends one (headlines, datelines).
 * Hand-written rather than Intl.Segmenter: the same boundaries on news text at 50x the speed.
 */
export function sentences(text: string, _language?: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  // The characters are read from a typed array: each text.charCodeAt site compiles to a dispatch on the string's
  // representation, and this function had twenty of them.
  const units = scratchUnits(text);
  // The rules run only at the few characters that can end a sentence, found by native indexOf, one search per
  // character kind, each resumed after its last find (a regular expression's scan and the call made at every
  // find cost about twice the instructions). next[k] is the next place of SENTENCE_END[k], n when none is left.
  // (A typed array filled by a loop: one search call site to compile, not six; and no array literal, whose elements
  // kind could differ between the interpreter's array and the optimized code's.)
  const next = new Int32Array(SENTENCE_END.length);
  for (let k = 0; k < SENTENCE_END.length; k++) next[k] = placeOf(text, SENTENCE_END[k], 0);
  for (;;) {
    let i = n;
    let kind = -1;
    for (let k = 0; k < next.length; k++) {
      if (next[k] < i) {
        i = next[k];
        kind = k;
      }
    }
    // The sentence ends at `end` and the next starts at `resume`; one call of pushSpan for all three cases (it is
    // inlined at each call site).
    let end = n;
    let resume = n;
    if (kind >= 0) {
      next[kind] = placeOf(text, SENTENCE_END[kind], i + 1);
      const ch = units[i];
      if (ch === 10) {
        end = i;
        resume = i + 1;
      } else {
        let j = i + 1;
        while (j < n && endsOrCloses(units[j])) j++;
        if (j < n) {
          const c = units[j];
          if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) continue;
        }
        if (ch === 46) {
          let w = i - 1;
          while (w >= 0 && letterOrPeriod(units[w])) w--;
          if (i - w - 1 === 1 && units[w + 1] >= 65 && units[w + 1] <= 90) continue; // an initial: "J. Smith"
          if (i - w - 1 <= MAX_ABBREVIATION && ABBREVIATION_KEYS.has(abbreviationKey(units, w + 1, i))) continue;
          let k = j;
          while (k < n && (units[k] === 32 || units[k] === 9)) k++;
          if (k < n && units[k] >= 97 && units[k] <= 122) continue;
        }
        end = j;
        resume = j;
      }
    }
    pushSpan(spans, units, start, end);
    start = resume;
    if (kind < 0) break;
  }
  return spans;
}
/** Adds text[s, e) without its outer white space, unless blank. */
function pushSpan(spans: Span[], units: Uint16Array, s: number, e: number) {
  while (s < e && isSpace(units[s])) s++;
  while (e > s && isSpace(units[e - 1])) e--;
  if (e > s) spans.push({ start: s, end: e });
}
/** After a sentence's end: more of . ! ? or a closing quote or bracket. */
const endsOrCloses = (c: number) => (c < 0x80 ? ASCII_ENDS_OR_CLOSES[c] === 1 : c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x201c);
/** A Latin letter or a period: the word an abbreviation's period closes ("Gen.", "U.S."). */
const letterOrPeriod = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || c === 46;
/** The characters that can end a sentence. */
const SENTENCE_END = ['\n', '.', '!', '?', '\u061F', '\u2026'];
/** The place of ch in text from `from` on, or text.length when there is none. */
function placeOf(text: string, ch: string, from: number): number {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
}
/** ASCII closers (CLOSERS) and . ! ?, by code: 1 (a Set look-up inlined at each use compiles to a long hash). */
const ASCII_ENDS_OR_CLOSES = new Uint8Array(0x80);
for (const ch of [...CLOSERS, '.', '!', '?']) if (ch.charCodeAt(0) < 0x80) ASCII_ENDS_OR_CLOSES[ch.charCodeAt(0)] = 1;
for (const ch of CLOSERS) if (ch.charCodeAt(0) >= 0x80 && !endsOrCloses(ch.charCodeAt(0))) throw new Error(`endsOrCloses misses ${ch}`);
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/**
 * A word of Latin letters and periods, up to MAX_ABBREVIATION long, as a number: five bits a character, case
 * folded (a = 1 ... z = 26, the period 27). Looked up without making a lower-cased copy at every period.
 */
function abbreviationKey(units: Uint16Array, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < to; k++) {
    const c = units[k] | 32;
    key = key * 32 + (c === 46 ? 27 : c - 96);
  }
  return key;
}
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].map((a) => abbreviationKey(codeUnits(a), 0, a.length)));
/** White space as /\s/ reads it. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x7f && spaceBeyondAscii(c));
/** The white space of /\s/ beyond U+00A0, by code (a regular expression on a new one-character string cost more than the rest of pushSpan). */
const spaceBeyondAscii = (c: number) =>
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
