/**
 * Normalization for matching only. The normalized string is matched against; `map` turns every
 * normalized index back into an index of the original text, so claims always carry original offsets.
 *
 * - Arabic-Indic (U+0660..0669) and Persian (U+06F0..06F9) digits become ASCII digits.
 * - Arabic thousands (U+066C) and decimal (U+066B) separators become ',' and '.'.
 * - Tatweel and Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) are dropped.
 * - Hamza-carrying and wasla alefs become a bare alef; alef maqsura becomes ya.
 * - Latin letters are lower-cased; typographic quotes and dashes are folded.
 */
export interface Normalized {
  text: string;
  norm: string;
  /** map[i] = index in the original of norm[i]; map[norm.length] = original length. */
  map: Int32Array;
}

const DROP = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0);
  switch (ch) {
    case '\u066C':
      return ',';
    case '\u066B':
      return '.';
    case '\u0623':
    case '\u0625':
    case '\u0622':
    case '\u0671':
      return '\u0627';
    case '\u0649':
      return '\u064A';
    case '\u2019':
    case '\u2018':
    case '\u02BC':
      return "'";
    case '\u201C':
    case '\u201D':
    case '\u00AB':
    case '\u00BB':
      return '"';
    case '\u2013':
    case '\u2014':
      return '-';
    case '\u00A0':
      return ' ';
  }
  if (c < 0x80 || (c >= 0xc0 && c < 0x250)) {
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower : ch;
  }
  return ch;
}

export function normalizeForMatching(text: string): Normalized {
  const out: string[] = [];
  const map = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (DROP.test(ch)) continue;
    out.push(foldChar(ch));
    map[n++] = i;
  }
  map[n] = text.length;
  return { text, norm: out.join(''), map: map.subarray(0, n + 1) };
}

/** Normalizes a word list entry the same way as text, so patterns can be written in plain spelling. */
export function normalizeWord(word: string): string {
  return normalizeForMatching(word).norm;
}

/** Original [start, end) of the normalized range [s, e). */
export function toOriginal(n: Normalized, s: number, e: number): { start: number; end: number } {
  let end = e > s ? n.map[e - 1] + 1 : n.map[s];
  // Keep the diacritics and tatweel that follow the last letter ("جندياً" ends after its tanween).
  while (end < n.text.length && DROP.test(n.text[end]) && !/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(n.text[end])) end++;
  return { start: n.map[s], end };
}

export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
/** Sentence boundaries of the original text (Intl.Segmenter), as [start, end) spans, blank ones skipped. */
export function sentences(text: string, language: string): Span[] {
  let seg = segmenters.get(language);
  if (!seg) {
    seg = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, seg);
  }
  const spans: Span[] = [];
  for (const s of seg.segment(text)) {
    // Paragraph breaks end a sentence even where the segmenter would carry on (headlines, datelines).
    let offset = s.index;
    for (const part of s.segment.split(/(\n+)/)) {
      if (part && !/^\n+$/.test(part)) {
        const lead = part.length - part.trimStart().length;
        const body = part.trim();
        if (body) spans.push({ start: offset + lead, end: offset + lead + body.length });
      }
      offset += part.length;
    }
  }
  return spans;
}
