import { codeUnits, copyCodeUnits, normalizeWord } from './normalize.ts';

/** A token of a normalized sentence: a number, a word or a punctuation mark, with normalized offsets. */
export interface Token {
  t: string;
  s: number;
  e: number;
  kind: 'num' | 'word' | 'punct';
  /**
   * The word's id in the word table (see idOf), set by the tokenizer or at the first question: every answer
   * about the word sits in flat arrays at that id. Tokens made elsewhere give `undefined`.
   */
  c?: number;
}

/**
 * The words seen so far, interned: an open-addressing table keyed by a hash the tokenizer computes while it
 * reads the word's letters, so a known word is neither copied out of the text nor hashed again. Each word has
 * a dense id; the answers of every word set, map, memoized function and word class asked about it sit in flat
 * arrays at that id (news vocabulary repeats, so after a few sentences the extractor computes almost nothing
 * twice, and the answers of the words in use stay close together in memory).
 *
 * The table is cleared when it holds too many words (a long-running process reading endless vocabulary), and
 * only when tokenize() starts: never while a sentence's tokens are being asked about, so an id read before a
 * question is still that word's when the answer is written. A token keeps its id as `c = idBase + id`, and
 * each clear moves idBase past every id given before it, so a token from before a clear (kept by a caller)
 * reads as unknown and is interned again.
 */
let maxWords = 200_000;
/** Ids of one generation of the table: idBase steps by this at each clear. */
const ID_SPAN = 1 << 20;
/** Generations before idBase wraps to its start (c stays a small integer): a token would have to outlive this many clears. */
const MAX_GENERATION = (1 << 30) / ID_SPAN - 2;
let generation = 0;
let idBase = 1;
/**
 * idBase - 1: a token's row in wordBits (see memoBits) is `(t.c | 0) - rowBase` when that is above 0 (a token of this
 * generation; any other token gives 0 or less, and is asked through the memo's call). For a rule holding a token, not
 * its index in the last tokenize's tokens. Changes when the table is cleared: read the binding at each use.
 */
export let rowBase = 0;
let wordSlots = 0;
/**
 * The slots, SLOT_WIDTH numbers each, side by side: the word's hash; its id + 1 (0 = empty slot); its key and its
 * letters (see PACKED_LENGTH): a word of at most PACKED_LENGTH letters a-z has its letters packed into the key and the
 * 4th number, and is found by them alone, without comparing its letters; any other word has ~length as its key and where
 * its letters start in `letters` as the 4th number. A look-up reads one slot's four numbers from one array (one cache
 * line; with an array per field, a hash, an id, a length and a start were four arrays, each with its checks and its
 * cache miss).
 */
let slots = new Int32Array(0);
/** (A slot's index is its number shifted left by 2: `h << 2` below is h * SLOT_WIDTH without leaving int32.) */
const SLOT_WIDTH = 4;
let wordCount = 0;
/** Per id: the word. */
let idWords: string[] = [];
/**
 * The letters of every word, one after another: a word read is compared with these, never with its string
 * (no load of a string scattered in the heap, and no property load on strings of many kinds, which V8 can
 * compile into a slow generic call).
 */
let letters = new Uint16Array(0);
let lettersUsed = 0;
/** Per id: one bit per word class (see wordClass), all answered at the first question; -1 = not yet. */
let idClasses = new Int32Array(0);
/** Per id, SET_WORDS numbers: two bits per word set, 0 = not asked yet, 1 = not a member, 2 = member. */
let idSets = new Int32Array(0);
/**
 * Per id, MAX_VALS answers of memoized functions and maps (undefined = not asked yet, UNSET = undefined). UNSET is the
 * only symbol kept (an answer that is a symbol is not cached: see cachedAs), so a cached answer is UNSET when its typeof
 * is 'symbol': a type test in optimized code, where `hit === UNSET` was a call of the generic StrictEqual builtin (the
 * answers, of every type, leave the compare no type feedback to specialize on).
 */
let idVals: unknown[] = [];
let idCapacity = 0;
/**
 * The answers of the number-valued memos (memoBits), BITS_WIDTH a word: the word of id `id` has row id + 1, its answers
 * at (id + 1) * BITS_WIDTH + slot; -1 = not asked yet. Row 0 is the blank row, never written (a row read after the
 * table was cleared under it: see tokenizedRows). A caller reads it as `wordBits[row * 16 + slot]`, without a call (16 is
 * BITS_WIDTH, written out), and calls the memo only when the answer read is -1. Replaced when the table grows or is
 * cleared: read the binding at each use, not a copy kept across a call.
 */
export let wordBits = new Int32Array(0);
/** Answers per word in wordBits: at most this many memoBits. (16 numbers of 4 bytes: one cache line a word.) */
export const BITS_WIDTH = 16;
let nextBitsSlot = 0;
/** The kind bits of tokenBits (above the word classes' bits, below HAS_NUMBER): kind 'word' and kind 'num'; 'punct' neither. */
export const TOKEN_WORD = 536870912; // 1 << 29
export const TOKEN_NUM = 268435456; // 1 << 28
/**
 * Per token of the last interning tokenize, at the token's index: its tokenBits and its row (see wordBits). Reused from
 * sentence to sentence (grown at a tokenize that may make more tokens than they hold).
 */
let tokBits = new Int32Array(256);
let tokRows = new Int32Array(256);
/** The arrays of rows rowsOf made since the last interning tokenize (see clearWords). */
const madeRows: Int32Array[] = [];

const SET_WORDS = 8;
const MAX_SETS = SET_WORDS * 16;
/**
 * Memoized functions and maps; their answers sit in a packed array of this many per word. One made beyond it
 * still answers, uncached per word.
 */
const MAX_VALS = 32; // (written out in memoByWord's closure, where the type checker holds the two equal)
const UNSET = Symbol('unset');
/** An answer as cached in idVals: UNSET for undefined; undefined (not cached) for a symbol (see idVals). */
const cachedAs = (v: unknown): unknown => (v === undefined ? UNSET : typeof v === 'symbol' ? undefined : v);
let nextSetSlot = 0;
let nextValSlot = 0;
const newValSlot = (): number => (nextValSlot < MAX_VALS ? nextValSlot++ : -1);
/**
 * Per punctuation mark (its index in PUNCT_MARKS): its id in this generation of the table, -1 = not yet. The
 * tokenizer gives punctuation tokens their id too: the rules ask word classes and memoized functions of them
 * (",", "."), and a token without one was interned at every question through internToken.
 */
const punctIds = new Int32Array(32);

clearWords();

/** For tests: a small limit makes the table grow and clear within a few thousand words. Returns the old one. */
export function setWordTableLimit(max: number): number {
  const old = maxWords;
  maxWords = Math.min(max, ID_SPAN / 2);
  clearWords();
  return old;
}

const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const HASH_SEED = 0x811c9dc5 | 0;
/**
 * Words of at most this many letters, all a-z (most words of English text: 68 % of its words and numbers), are
 * packed into two numbers, each a leading 1 and then 5 bits a letter (a = 1 ... z = 26): the first 5 letters in the
 * first, the others in the second (1 when there are none). The tokenizer packs the letters as it reads them and
 * finds such a word by its two numbers alone (a slot's key, above 0, and 4th number); any other word's key is ~length
 * (below 0), and its letters are compared. Each number stays below 2 ** 30 (a small integer in V8's unoptimized code
 * too: no number allocated per letter). (Until session 13 only ASCII words of up to 3 code units were found without a
 * comparison, by their FNV-1a hash.)
 */
export const PACKED_LENGTH = 10;
/** A packed number holds 5 letters once it reaches this (2 ** 25, a leading 1 and 5 letters): the next go to the other. */
const PACKED_FULL = 33554432;
/** The key of a word (see `slots`): its first packed number, or ~length when it is longer than PACKED_LENGTH or has a code unit beyond a-z (`odd`). */
const keyOf = (first: number, length: number, odd: number): number => (odd === 0 && length <= PACKED_LENGTH ? first : ~length);

/**
 * Adds norm[start, end) (hash h, not in the table; its key and second packed number, see PACKED_LENGTH, computed by
 * the caller as it read the letters) and returns its id; with `classify`, answers its word classes too (a word the
 * tokenizer read: here, in a function of its own, rather than compiled into the tokenizer's loop).
 */
function addWord(norm: string, start: number, end: number, h: number, key: number, second: number, classify = false): number {
  // Past the limit of ids (one sentence of endless new words), cleared here: every answer written after a
  // question checks that the generation has not changed under it.
  if (wordCount >= ID_SPAN) clearWords();
  if ((wordCount + 1) * 2 > wordSlots) growWords();
  const length = end - start;
  if (lettersUsed + length > letters.length) {
    const more = new Uint16Array(Math.max(letters.length * 2, lettersUsed + length));
    more.set(letters);
    letters = more;
  }
  for (let k = 0; k < length; k++) letters[lettersUsed + k] = norm.charCodeAt(start + k);
  // The word's string is made before the table counts the word: a table left half-written would fail every
  // later new word of the process. A slice of 13 characters or more would be a view of the whole text (kept
  // alive with the word, and one more kind of string for the rules' property loads): those are copied out of
  // the letters.
  const word = internalize(length < 13 ? norm.slice(start, end) : lettersString(lettersUsed, length));
  const mask = (wordSlots - 1) * SLOT_WIDTH;
  let i = (h << 2) & mask;
  while (slots[i + 1] !== 0) i = (i + SLOT_WIDTH) & mask;
  const id = wordCount++;
  if (id >= idCapacity) growIds();
  slots[i] = h;
  slots[i + 1] = id + 1;
  slots[i + 2] = key;
  slots[i + 3] = key >= 0 ? second : lettersUsed;
  lettersUsed += length;
  idWords.push(word);
  if (classify) classesOf(id, word);
  return id;
}

/**
 * The internalized copy of a word (V8 makes each property key one, and keeps one per distinct text): the rules
 * compare token words with literals ("to", "and") everywhere, and between two internalized strings V8's optimized
 * code compares one pointer instead of calling a string comparison.
 */
const internalize = (word: string): string => Object.keys({ [word]: 0 })[0];

/** Letters a call of String.fromCharCode takes at most (one argument each: a longer word would overflow the stack). */
const CHARS_PER_CALL = 8192;

/** The string of letters[from, from + length), in calls of at most CHARS_PER_CALL letters. */
function lettersString(from: number, length: number): string {
  const end = from + length;
  let s = '';
  for (let a = from; a < end; a += CHARS_PER_CALL) {
    s += String.fromCharCode.apply(null, letters.subarray(a, Math.min(end, a + CHARS_PER_CALL)) as unknown as number[]);
  }
  return s;
}

function growWords() {
  const old = slots;
  wordSlots *= 2;
  slots = new Int32Array(wordSlots * SLOT_WIDTH);
  const mask = (wordSlots - 1) * SLOT_WIDTH;
  for (let j = 0; j < old.length; j += SLOT_WIDTH) {
    if (old[j + 1] === 0) continue;
    let i = (old[j] << 2) & mask;
    while (slots[i + 1] !== 0) i = (i + SLOT_WIDTH) & mask;
    for (let k = 0; k < SLOT_WIDTH; k++) slots[i + k] = old[j + k];
  }
}

/** Room for twice as many ids; the answers of the ids given so far are kept. */
function growIds() {
  const capacity = idCapacity * 2;
  const classes = new Int32Array(capacity).fill(-1);
  classes.set(idClasses);
  idClasses = classes;
  const sets = new Int32Array(capacity * SET_WORDS);
  sets.set(idSets);
  idSets = sets;
  idVals = idVals.concat(undefinedValues(idCapacity * MAX_VALS));
  const bits = new Int32Array((capacity + 1) * BITS_WIDTH).fill(-1);
  bits.set(wordBits);
  wordBits = bits;
  idCapacity = capacity;
}

/**
 * A packed array of n undefined (n a power of two), made by native copies: an array with holes would cost a check at
 * every read, and a loop of pushes here was compiled by TurboFan (on stack replacement) at every start.
 */
function undefinedValues(n: number): unknown[] {
  let values: unknown[] = [undefined];
  while (values.length < n) values = values.concat(values);
  return values.length === n ? values : values.slice(0, n);
}

/** Empties the table and gives later words ids of a new generation (see idOf). Only where no question is in progress. */
function clearWords() {
  wordSlots = 1 << 12;
  slots = new Int32Array(wordSlots * SLOT_WIDTH);
  wordCount = 0;
  idWords = [];
  idCapacity = 1 << 8;
  idClasses = new Int32Array(idCapacity).fill(-1);
  idSets = new Int32Array(idCapacity * SET_WORDS);
  letters = new Uint16Array(idCapacity * 8);
  lettersUsed = 0;
  idVals = undefinedValues(idCapacity * MAX_VALS);
  wordBits = new Int32Array((idCapacity + 1) * BITS_WIDTH).fill(-1);
  // The rows of the last tokenize's tokens name words of the generation ended here: the blank row now (a memoBits read
  // there finds no answer and asks the memo, which interns the token again). (A clear within a sentence only: see addWord.)
  tokRows.fill(0);
  for (const rows of madeRows) rows.fill(0);
  punctIds.fill(-1);
  generation = generation < MAX_GENERATION ? generation + 1 : 1;
  idBase = generation * ID_SPAN;
  rowBase = idBase - 1;
}

/**
 * The id of a token's word in the word table: set by the tokenizer, or interned now (a token made elsewhere).
 * contains(), wordClasses() and memoByWord's functions, asked several times a token, spell it out
 * (`(x.c | 0) - idBase`, internToken when negative): called, even this small function costs more than its body.
 */
function idOf(tok: Token): number {
  // `c | 0` is 0 for undefined, and ids of an earlier generation are below idBase: both negative here.
  const id = ((tok.c as number) | 0) - idBase;
  return id >= 0 ? id : internToken(tok);
}
function internToken(tok: Token): number {
  const found = internWord(tok.t);
  tok.c = idBase + found;
  return found;
}
/** The id of a word given as a string, added if new. */
function internWord(word: string): number {
  // Its own loops, not the tokenizer's: the strings of tokens made elsewhere are of many kinds (slices, concatenations).
  const length = word.length;
  let h = HASH_SEED;
  // Its packed letters too (see PACKED_LENGTH), for addWord.
  let odd = 0;
  let first = 1;
  let second = 1;
  for (let k = 0; k < length; k++) {
    const c = word.charCodeAt(k);
    h = hashStep(h, c);
    if ((c - 97) >>> 0 >= 26) odd = 1;
    else if (first < PACKED_FULL) first = (first << 5) | (c - 96);
    else if (second < PACKED_FULL) second = (second << 5) | (c - 96);
  }
  const mask = (wordSlots - 1) * SLOT_WIDTH;
  let i = (h << 2) & mask;
  let found = -1;
  for (let id = slots[i + 1]; id !== 0 && found < 0; id = slots[i + 1]) {
    if (slots[i] === h && word === idWords[id - 1]) found = id - 1;
    i = (i + SLOT_WIDTH) & mask;
  }
  if (found < 0) found = addWord(word, 0, length, h, keyOf(first, length, odd), second);
  return found;
}
/** The id of punctuation mark c (a PUNCT character) in this generation of the table. */
function punctId(c: number): number {
  const k = PUNCT_INDEX[c];
  const id = punctIds[k];
  return id >= 0 ? id : (punctIds[k] = internWord(PUNCT[k]));
}

/** For tests: the word a token's id names in the table (undefined for a token without one, or of an earlier generation). */
export function internedWord(tok: Token): string | undefined {
  const id = ((tok.c as number) | 0) - idBase;
  return id >= 0 && id < wordCount ? idWords[id] : undefined;
}
const wordOf = (x: string | Token) => (typeof x === 'string' ? x : x.t);
/** Character classes of the tokenizer, by UTF-16 code unit below 0x3000: 1 letter, 2 digit, 3 punctuation. */
const CLASS = new Uint8Array(0x3000);
{
  // Letters found in runs by one native scan of every code unit below 0x3000 (a test per character took
  // several milliseconds at every start).
  const codes = new Uint16Array(CLASS.length);
  for (let c = 0; c < codes.length; c++) codes[c] = c;
  for (const run of new TextDecoder('utf-16le').decode(codes).matchAll(/[\p{L}\p{M}]+/gu)) CLASS.fill(1, run.index, run.index + run[0].length);
  CLASS.fill(2, 48, 58);
  for (const ch of '،,;:.!?؛()"%٪[]…') CLASS[ch.charCodeAt(0)] = 3;
}
const classOf = (c: number) => (c < 0x3000 ? CLASS[c] : classBeyond(c));
/** Letters beyond the table (CJK, presentation forms, ...): rare, out of the tokenizer's loops. */
const classBeyond = (c: number) => (/[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 0);
/**
 * Punctuation tokens, one string each (no copy out of the text), by index (PUNCT_INDEX): a packed array. (By code
 * unit, an array written at 33 ... 0x2026 had dictionary elements, and each punctuation token's string was a
 * generic keyed load in the tokenizer.)
 */
const PUNCT: string[] = [];
/** Per punctuation mark: its index in punctIds and PUNCT. */
const PUNCT_INDEX = new Uint8Array(0x3000);
for (let c = 0; c < 0x3000; c++) {
  if (CLASS[c] !== 3) continue;
  PUNCT_INDEX[c] = PUNCT.length;
  // Internalized (as every word's string): a mark beyond Latin-1 ("،", "؛") was a two-byte string of its own kind, one
  // kind of string more at the property loads of the rules and word classes that read it (once the tokenizer answered
  // the marks' word classes, startsArabicLetter's charCodeAt went megamorphic).
  PUNCT.push(internalize(String.fromCharCode(c)));
}

export { codeUnits };

/**
 * Numbers ("1,700", "3.5"), words (with inner ' or -: "year's", "thirty-three") and punctuation, in [from, to).
 * Words are interned as they are read: a token of a known word shares its string and its cache. With `intern`
 * false (a search query, whose words no rule asks about) words are only copied out. `units` are norm's code
 * units (codeUnits(norm)), given by a caller that tokenizes a text sentence by sentence.
 */
export function tokenize(norm: string, from = 0, to = norm.length, intern = true, units: Uint16Array = copyCodeUnits(norm)): Token[] {
  if (!intern) return tokenizePlain(norm, from, to, units);
  // The only place the table is cleared at its limit: between sentences, no question about a word is in progress.
  if (wordCount >= maxWords) clearWords();
  // An array of objects from the start (an empty literal starts as one of small integers), written at its length
  // below: one place where V8 sees one kind of array. (tokens.push there was a call of the generic builtin at every
  // token, with or without this.)
  const tokens: Token[] = [NO_TOKEN];
  tokens.pop();
  let count = 0;
  let classes = 0;
  // The tokens' bits and rows (see tokenizedBits), at most one token a code unit.
  if (to - from > tokBits.length) {
    const n = Math.max(to - from, tokBits.length * 2);
    tokBits = new Int32Array(n);
    tokRows = new Int32Array(n);
  }
  const bitsOut = tokBits;
  const rowsOut = tokRows;
  // The word table in locals, looked up here rather than by a call per word (a function's loads of module variables,
  // each with its checks, cost more than the look-up itself); read again after every call (`stale`: one may have
  // added a word, and grown or cleared the table).
  let table = slots;
  let pool = letters;
  let mask = (wordSlots - 1) * (4 satisfies typeof SLOT_WIDTH); // (SLOT_WIDTH, written out)
  let base = idBase;
  let words = idWords;
  let wordClassBits = idClasses;
  let stale = false;
  let i = from;
  while (i < to) {
    if (stale) {
      table = slots; pool = letters; mask = (wordSlots - 1) * 4; base = idBase; words = idWords; wordClassBits = idClasses;
      stale = false;
    }
    const c0 = units[i];
    if (c0 === 32) {
      // The space between words, without a table read.
      i++;
      continue;
    }
    // (a-z, most words' first letter, without a table read.)
    const cls = (c0 - 97) >>> 0 < 26 ? 1 : c0 < 0x3000 ? CLASS[c0] : classBeyond(c0);
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    // The token's word and id; one store below for the three kinds (each store and object literal is compiled where
    // it stands).
    let word: string;
    let id: number;
    // Its tokenBits: its word classes and its kind.
    let own: number;
    // 1 when the word ends at a space: read with the word, and passed over after it (not in a turn of the loop of its own).
    let space = 0;
    if (cls === 3) {
      const mark = PUNCT_INDEX[c0];
      id = punctIds[mark];
      if (id < 0) {
        id = punctId(c0);
        base = idBase;
        wordClassBits = idClasses;
        stale = true;
      }
      word = PUNCT[mark];
      own = wordClassBits[id];
      if (own < 0) {
        own = classesOf(id, word);
        stale = true;
      }
    } else {
      // FNV-1a as hashStep, written out (each use of a module-level function or constant costs a check).
      let h = Math.imul(-2128831035 ^ c0, 0x01000193);
      // The letters packed while they are a-z (see PACKED_LENGTH; 33554432 is PACKED_FULL, written out); odd: one was not
      // (a number's digits are not).
      let first = 32 | (c0 - 96);
      let second = 1;
      let odd = (c0 - 97) >>> 0 < 26 ? 0 : 1;
      if (cls === 2) {
        // Numbers are interned too: the rules ask about them as about words ("2024", "12").
        // No code unit is read at or past `to` (an out-of-bounds read would make V8 deoptimize the tokenizer).
        for (;;) {
          // The code unit the digits stop at (read once: it is the separator tested below).
          let sep = 0;
          while (i < to) {
            const c = units[i];
            if ((c - 48) >>> 0 >= 10) {
              sep = c;
              break; // not a digit (the digits are the class-2 characters)
            }
            h = Math.imul(h ^ c, 0x01000193);
            i++;
          }
          if (i + 1 >= to) break;
          if ((sep === 44 || sep === 46) && (units[i + 1] - 48) >>> 0 < 10) {
            h = Math.imul(h ^ sep, 0x01000193);
            i++;
          } else {
            if (sep === 32) space = 1;
            break;
          }
        }
      } else {
        for (;;) {
          // The code unit the letters stop at (read once: it is the separator tested below).
          let sep = 0;
          while (i < to) {
            const c = units[i];
            // a-z without a table read: most letters of English text.
            if ((c - 97) >>> 0 >= 26) {
              if ((c < 0x3000 ? CLASS[c] : classBeyond(c)) !== 1) {
                sep = c;
                break;
              }
              odd = 1;
            } else if (first < (33554432 satisfies typeof PACKED_FULL)) first = (first << 5) | (c - 96);
            else if (second < 33554432) second = (second << 5) | (c - 96);
            h = Math.imul(h ^ c, 0x01000193);
            i++;
          }
          if (i + 1 >= to) break;
          if ((sep === 39 || sep === 45) && classOf(units[i + 1]) === 1) {
            h = Math.imul(h ^ sep, 0x01000193);
            odd = 1;
            i++;
          } else {
            if (sep === 32) space = 1;
            break;
          }
        }
      }
      // The word's id: its slot by hash, then its key (keyOf, written out) and its packed letters or its letters compared.
      const length = i - start;
      const key = odd === 0 && length <= (10 satisfies typeof PACKED_LENGTH) ? first : ~length;
      // (A slot's hash, id + 1, key, and second packed number or start at slot + 0 ... 3.)
      let slot = (h << 2) & mask;
      id = -1;
      for (let e = table[slot + 1]; e !== 0; e = table[slot + 1]) {
        if (table[slot] === h && table[slot + 2] === key) {
          if (key >= 0) {
            if (table[slot + 3] === second) {
              id = e - 1;
              break;
            }
          } else {
            const at = table[slot + 3] - start;
            let k = start;
            while (k < i && pool[at + k] === units[k]) k++;
            if (k === i) {
              id = e - 1;
              break;
            }
          }
        }
        slot = (slot + 4) & mask;
      }
      // (A word added changes the arrays: they are read again at the next word, the id base now.)
      if (id < 0) {
        id = addWord(norm, start, i, h, key, second, true);
        base = idBase;
        words = idWords;
        wordClassBits = idClasses;
        stale = true;
      }
      word = words[id];
      own = wordClassBits[id];
      if (own < 0) {
        own = classesOf(id, word);
        stale = true;
      }
      if (cls === 2) {
        classes |= HAS_NUMBER;
        own |= 268435456 satisfies typeof TOKEN_NUM;
      } else {
        classes |= own;
        own |= 536870912 satisfies typeof TOKEN_WORD;
      }
    }
    bitsOut[count] = own;
    rowsOut[count] = id + 1;
    tokens[count++] = { t: word, s: start, e: i, kind: cls === 3 ? 'punct' : cls === 2 ? 'num' : 'word', c: base + id };
    i += space;
  }
  tokenizedClasses = classes;
  tokenized = tokens;
  tokenizedCount = count;
  if (madeRows.length !== 0) madeRows.length = 0;
  return tokens;
}

/** A token that is never one of a text's (see tokenize). */
const NO_TOKEN: Token = { t: '', s: 0, e: 0, kind: 'punct', c: undefined };

/** tokenize without interning (a search query, whose words no rule asks about): words are only copied out. */
function tokenizePlain(norm: string, from: number, to: number, units: Uint16Array): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c0 = units[i];
    const cls = classOf(c0);
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    if (cls === 3) {
      tokens.push({ t: PUNCT[PUNCT_INDEX[c0]], s: i, e: i + 1, kind: 'punct', c: undefined });
      i++;
      continue;
    }
    i++;
    if (cls === 2) {
      for (;;) {
        while (i < to && (units[i] - 48) >>> 0 < 10) i++;
        if (i + 1 >= to) break;
        const sep = units[i];
        if ((sep === 44 || sep === 46) && (units[i + 1] - 48) >>> 0 < 10) i++;
        else break;
      }
      tokens.push({ t: norm.slice(start, i), s: start, e: i, kind: 'num', c: undefined });
      continue;
    }
    for (;;) {
      while (i < to && classOf(units[i]) === 1) i++;
      if (i + 1 >= to) break;
      const sep = units[i];
      if ((sep === 39 || sep === 45) && classOf(units[i + 1]) === 1) i++;
      else break;
    }
    tokens.push({ t: norm.slice(start, i), s: start, e: i, kind: 'word', c: undefined });
  }
  return tokens;
}

/**
 * The word classes of the words the last tokenize() interned, OR-ed (see wordClasses), and HAS_NUMBER if it read a
 * number: a sentence's gates read them here instead of asking each token again.
 */
let tokenizedClasses = 0;
export const lastTokenizedClasses = (): number => tokenizedClasses;

/**
 * Per token of the last tokenize with intern = true, at the index of the token in the array it returned: the token's
 * tokenBits (its word classes, and TOKEN_WORD or TOKEN_NUM by its kind). For the rules' token loops: `bits[k]` is an
 * array read where `t.kind` and `wordClasses(t)` were a string compare and a call (or the inlined checks of one).
 * Valid until the next such tokenize (the array is reused): entries past the last token's index are not the tokens'.
 */
export const tokenizedBits = (): Int32Array => tokBits;
/**
 * Per token of the last tokenize with intern = true, at its index: its rowOf, the row of its word's answers in
 * wordBits (>= 1; 0, the blank row, after a clear of the table since that tokenize: see clearWords). Valid until the
 * next such tokenize, as tokenizedBits.
 */
export const tokenizedRows = (): Int32Array => tokRows;

/** The Token[] the last interning tokenize returned, and its length then (see bitsOf). */
let tokenized: readonly Token[] = [];
let tokenizedCount = 0;

/**
 * tokenizedBits() when `tokens` is the array the last interning tokenize returned (the same array, its length unchanged);
 * for any other array (a caller's rebuilt one) a new array, of tokenBits(tokens[k]) at k. Either way indexed like `tokens`,
 * and valid until the next interning tokenize.
 */
export function bitsOf(tokens: readonly Token[]): Int32Array {
  if (tokens === tokenized && tokens.length === tokenizedCount) return tokBits;
  const bits = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) bits[k] = tokenBits(tokens[k]);
  return bits;
}
/** rowsOf is to tokenizedRows() and rowOf what bitsOf is to tokenizedBits() and tokenBits. */
export function rowsOf(tokens: readonly Token[]): Int32Array {
  if (tokens === tokenized && tokens.length === tokenizedCount) return tokRows;
  const rows = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) rows[k] = rowOf(tokens[k]);
  // (Made blank by a clear of the table before the next tokenize, as tokenizedRows: see clearWords.)
  madeRows.push(rows);
  return rows;
}

/** A token's word classes (wordClasses) and its kind: TOKEN_WORD for a word, TOKEN_NUM for a number, neither for punctuation. */
export function tokenBits(t: Token): number {
  return wordClasses(t) | (t.kind === 'word' ? TOKEN_WORD : t.kind === 'num' ? TOKEN_NUM : 0);
}
/** The row of a token's word in wordBits (its id + 1), interned if it has no id yet. */
export const rowOf = (t: Token): number => idOf(t) + 1;

/**
 * A set of normalized words that also answers for clitic forms ("والقتلى" is in a set holding "قتلى"),
 * memoizing every answer: news vocabulary repeats, so nearly every question is one Map.get.
 */
export class WordSet extends Set<string> {
  /** Where this set's answers sit among a word's SET_WORDS numbers (-1: not yet given), and their shift. */
  private word = -1;
  private shift = 0;
  /** `word` or one of its clitic-stripped forms is in the set. */
  contains(x: string | Token): boolean {
    if (typeof x === 'string') return this.compute(x);
    // The answer cached at the token's id (numbers and punctuation too: they carry no clitics, so compute() is a
    // plain look-up for them), read first; the rest out of line.
    const known = ((x.c as number) | 0) - idBase; // idOf(x), spelled out
    const word = this.word;
    if (known >= 0 && word >= 0) {
      // (8 is SET_WORDS, written out: a module constant is loaded and checked at every use.)
      const a = (idSets[known * (8 satisfies typeof SET_WORDS) + word] >>> this.shift) & 3;
      if (a !== 0) return a === 2;
    }
    return this.answer(x);
  }
  /** contains() of a token whose answer is not cached yet (or has no id yet, or the set no slot). */
  private answer(x: Token): boolean {
    if (this.word < 0 && !this.takeSlot()) return this.compute(x.t);
    const at = idOf(x) * SET_WORDS + this.word;
    const a = (idSets[at] >>> this.shift) & 3;
    if (a !== 0) return a === 2;
    const gen = generation;
    const r = this.compute(x.t);
    if (gen === generation) idSets[at] |= (r ? 2 : 1) << this.shift;
    return r;
  }
  private takeSlot(): boolean {
    if (nextSetSlot >= MAX_SETS) return false;
    const slot = nextSetSlot++;
    this.word = slot >> 4;
    this.shift = (slot & 15) * 2;
    return true;
  }
  private compute(word: string): boolean {
    if (this.has(word)) return true;
    // A word that does not start with an Arabic letter has no other form (see arabicForms): asked above.
    return startsArabicLetter(word) && this.hasOtherForm(word);
  }
  /** One of the word's clitic-stripped forms (arabicForms after the word itself) is in the set. */
  private hasOtherForm(word: string): boolean {
    const forms = arabicForms(word);
    for (let k = 1; k < forms.length; k++) if (this.has(forms[k])) return true;
    return false;
  }
}

/** A set of words given in plain spelling, matched after normalization. */
export function wordSet(...lists: string[][]): WordSet {
  const set = new WordSet();
  for (const list of lists) for (const w of list) set.add(normalizeWord(w).toLowerCase());
  return set;
}

/** The word starts with an Arabic letter (ء to ي): only such a word can carry a clitic or an accusative alef. */
const startsArabicLetter = (word: string): boolean => {
  const c0 = word.charCodeAt(0);
  return c0 >= 0x621 && c0 <= 0x64a;
};

/**
 * Arabic clitics: a word may carry a conjunction (و/ف), a preposition (ب/ل/ك) and the article (ال).
 * Yields the word and its plausible stripped forms, longest first.
 */
export function arabicForms(word: string): string[] {
  // A word that does not start with an Arabic letter (ء to ي) carries no clitic and no accusative alef: itself alone,
  // without the rules below (nor a place in the memo).
  if (!startsArabicLetter(word)) return [word];
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
    const at = idOf(x) * MAX_VALS + slot;
    const hit = idVals[at];
    if (hit !== undefined) return (typeof hit === 'symbol' ? undefined : hit) as T | undefined;
    const gen = generation;
    const v = lookup(map, x.t);
    if (gen === generation) idVals[at] = cachedAs(v);
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
 * one number at its id, so each later question is an array read and a mask.
 */
const CLASS_TESTS: ((word: string) => boolean)[] = [];
const CLASS_BITS = new Map<(x: Token | string) => boolean, number>();
/** Word classes take bits 0 ... 27; tokenBits' kind bits (TOKEN_NUM, TOKEN_WORD) are 28 and 29. */
const MAX_CLASSES = 28;
/** In lastTokenizedClasses(): the text tokenized holds a number (above the word classes' bits). */
export const HAS_NUMBER = 1 << 30;

/** The bits of every word class for a token's word (see classBit). */
export function wordClasses(x: Token): number {
  const known = ((x.c as number) | 0) - idBase; // idOf(x), spelled out
  const id = known >= 0 ? known : internToken(x);
  const bits = idClasses[id];
  return bits >= 0 ? bits : classesOf(id, x.t);
}
function classesOf(id: number, word: string): number {
  const gen = generation;
  let bits = 0;
  for (let k = 0; k < CLASS_TESTS.length; k++) if (CLASS_TESTS[k](word)) bits |= 1 << k;
  if (gen === generation) idClasses[id] = bits;
  return bits;
}

/** A class of words, as a predicate on tokens (answered once per distinct word) and on plain strings. */
export function wordClass(test: (word: string) => boolean): (x: Token | string) => boolean {
  if (CLASS_TESTS.length >= MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} word classes`);
  const bit = 1 << CLASS_TESTS.length;
  CLASS_TESTS.push(test);
  // Words answered before this class was made are answered again, for every class.
  idClasses.fill(-1);
  // The bits cached at the token's id read first; the rest (a word not answered yet, a token without an id) by wordClasses.
  const is = (x: Token | string) => {
    if (typeof x === 'string') return test(x);
    const known = ((x.c as number) | 0) - idBase; // idOf(x), spelled out
    const bits = known >= 0 ? idClasses[known] : -1;
    return ((bits >= 0 ? bits : wordClasses(x)) & bit) !== 0;
  };
  CLASS_BITS.set(is, bit);
  return is;
}

/** The bit of a word class made by wordClass in wordClasses(token): several classes asked with one read. */
export function classBit(is: (x: Token | string) => boolean): number {
  const bit = CLASS_BITS.get(is);
  if (bit === undefined) throw new Error('not a word class');
  return bit;
}

/** Memoizes a function of one word: per word for tokens (an array read), in a Map for plain strings. */
export function memoByWord<T>(fn: (word: string) => T): (x: string | Token) => T {
  const slot = newValSlot();
  const memo = new Map<string, T>();
  const plain = (x: string): T => {
    const hit = memo.get(x);
    if (hit !== undefined || memo.has(x)) return hit as T;
    const v = fn(x);
    if (memo.size > 50_000) memo.clear();
    memo.set(x, v);
    return v;
  };
  /** A token whose answer is not cached yet (or has no id yet), or any token past the last slot. */
  const answer = (x: Token): T => {
    if (slot < 0) return plain(x.t);
    const at = idOf(x) * MAX_VALS + slot;
    const hit = idVals[at];
    if (hit !== undefined) return (typeof hit === 'symbol' ? undefined : hit) as T;
    const gen = generation;
    const v = fn(x.t);
    if (gen === generation) idVals[at] = cachedAs(v);
    return v;
  };
  // The usual question (a token, its answer cached at its id) first; the rest out of line. (32 is MAX_VALS, written
  // out: a module constant is loaded and checked at every use.)
  return (x: string | Token) => {
    if (typeof x === 'string') return plain(x);
    const known = ((x.c as number) | 0) - idBase; // idOf(x), spelled out
    if (known >= 0 && slot >= 0) {
      const hit = idVals[known * (32 satisfies typeof MAX_VALS) + slot];
      if (hit !== undefined) return (typeof hit === 'symbol' ? undefined : hit) as T;
    }
    return answer(x);
  };
}

/** Each memoBits' slot in a wordBits row. */
const BITS_SLOTS = new Map<(x: string | Token) => number, number>();

/**
 * memoByWord for a function whose answers are integers in [0, 2 ** 30) (bits; any other answer throws): a token's
 * answer is kept in wordBits, an Int32Array (no tagged value, no marker for "not asked", and no slot of memoByWord's),
 * where a rule's loop reads it without a call: `wordBits[rows[k] * 16 + bitsSlot(memo)]`, -1 until the memo is asked
 * about the word (see tokenizedRows). Plain strings are memoized in a Map.
 */
export function memoBits(fn: (word: string) => number): (x: string | Token) => number {
  if (nextBitsSlot >= BITS_WIDTH) throw new Error(`more than ${BITS_WIDTH} memoBits`);
  const slot = nextBitsSlot++;
  const checked = (word: string): number => {
    const v = fn(word);
    if (v !== (v & 0x3fffffff)) throw new Error(`memoBits: ${String(v)} for ${JSON.stringify(word)} is not an integer in [0, 2 ** 30)`);
    return v;
  };
  const memo = new Map<string, number>();
  const plain = (x: string): number => {
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    const v = checked(x);
    if (memo.size > 50_000) memo.clear();
    memo.set(x, v);
    return v;
  };
  /** A token whose answer is not kept yet (or that has no id yet). */
  const answer = (x: Token): number => {
    const at = (idOf(x) + 1) * BITS_WIDTH + slot;
    const hit = wordBits[at];
    if (hit >= 0) return hit;
    const gen = generation;
    const v = checked(x.t);
    // (wordBits read again: the function may have added words, and grown it.)
    if (gen === generation) wordBits[at] = v;
    return v;
  };
  const read = (x: string | Token): number => {
    if (typeof x === 'string') return plain(x);
    const known = ((x.c as number) | 0) - idBase; // idOf(x), spelled out
    if (known >= 0) {
      // (16 is BITS_WIDTH, written out.)
      const hit = wordBits[(known + 1) * (16 satisfies typeof BITS_WIDTH) + slot];
      if (hit >= 0) return hit;
    }
    return answer(x);
  };
  BITS_SLOTS.set(read, slot);
  return read;
}

/** The slot of a memo made by memoBits in a wordBits row: `wordBits[row * BITS_WIDTH + bitsSlot(memo)]` is its answer. */
export function bitsSlot(memo: (x: string | Token) => number): number {
  const slot = BITS_SLOTS.get(memo);
  if (slot === undefined) throw new Error('not a memoBits');
  return slot;
}
