/**
 * normalize.ts's character tests written as code comparisons (white space, the plain characters of the native
 * path) give the answers of the regular expressions they replaced, for every UTF-16 code unit.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForMatching, sentences, toOriginal } from '../../lambdas/domain/text/normalize.ts';

const ALL_UNITS = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

describe('sentences: white space around a sentence', () => {
  it('trims exactly what /\\s/ matches, for every code unit', () => {
    for (const ch of ALL_UNITS) {
      if (ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === '\u061F' || ch === '\u2026') continue; // sentence ends
      const text = `${ch}Four died.${ch}`;
      const spans = sentences(text);
      const space = /\s/.test(ch);
      expect(spans[0]?.start, `U+${ch.charCodeAt(0).toString(16)}`).toBe(space ? 1 : 0);
      expect(spans.at(-1)?.end, `U+${ch.charCodeAt(0).toString(16)}`).toBe(space ? text.length - 1 : text.length);
    }
  });
});

describe('normalizeForMatching: English text with typographic characters', () => {
  it('folds quotes, dashes and the no-break space, lower-casing as one byte a character, offsets kept', () => {
    const text = '“Twelve” — he said\u00a0‘Hello’ «Ten» – OK';
    const n = normalizeForMatching(text);
    expect(n.norm).toBe('"twelve" - he said \'hello\' "ten" - ok');
    expect(n.map).toBeNull();
    expect(n.drops).toBeNull();
    expect(toOriginal(n, 1, 7)).toEqual({ start: 1, end: 7 });
  });

  it('drops direction marks and zero-width characters, mapping offsets past them', () => {
    const text = '‘Five’\u200f died\u200b in \u202aTown\u202c.';
    const n = normalizeForMatching(text);
    expect(n.norm).toBe("'five' died\u200b in town.");
    expect(n.drops).not.toBeNull();
    const s = n.norm.indexOf('town');
    expect(text.slice(toOriginal(n, s, s + 4).start, toOriginal(n, s, s + 4).end)).toBe('Town');
  });

  it('gives every code unit the answer of the regular expression of the plain characters', () => {
    // One character beyond ASCII in an ASCII text: folded, dropped or kept as the native path (or foldEach) reads it.
    const NOT_PLAIN = /[^\u0000-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u012f\u0131-\u024f\u2000-\u200b\u2010-\u2012\u2015-\u2017\u201a\u201b\u201e-\u2029\u202f-\u2065\u206a-\u206f]/;
    for (const ch of ALL_UNITS.slice(0x80, 0x2100)) {
      const n = normalizeForMatching(`A${ch}B“x”`);
      if (NOT_PLAIN.test(ch)) continue; // folded or dropped: covered above and by foldEach's tests
      // a plain character is kept, lower-cased with the text
      expect(n.norm, `U+${ch.charCodeAt(0).toString(16)}`).toBe(`A${ch}B"x"`.toLowerCase());
    }
  });
});
