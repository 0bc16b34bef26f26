import { describe, expect, it } from 'vitest';
import { foldEach, normalizeForMatching, normalizeWord, sentences } from '../../lambdas/domain/text/normalize.ts';

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('ends a sentence at . ! ? and the Arabic question mark, with the closing quotes after them', () => {
    expect(split('Four people died. "Is it over?" she asked! Then: what next؟ Nobody knows…')).toEqual([
      'Four people died.', '"Is it over?"', 'she asked!', 'Then: what next؟', 'Nobody knows…',
    ]);
  });

  it('reads to the very end of the text, whatever its last characters', () => {
    // The scan must stop at the end: a text ending in a period, closers, or white space.
    expect(split('He said it was over."')).toEqual(['He said it was over."']);
    expect(split('Twelve were hurt.')).toEqual(['Twelve were hurt.']);
    expect(split('It rained. ')).toEqual(['It rained.']);
    expect(split('.')).toEqual(['.']);
    expect(split('')).toEqual([]);
  });

  it('does not end one after an abbreviation, an initial or before a lower-case word', () => {
    expect(split('Gen. Smith met J. Doe in the U.S. on Monday. Police said 3 died.')).toEqual([
      'Gen. Smith met J. Doe in the U.S. on Monday.', 'Police said 3 died.',
    ]);
    expect(split('The toll rose to 5. after the storm it rose again.')).toEqual(['The toll rose to 5. after the storm it rose again.']);
  });

  it('reads abbreviations whatever their case, and only the listed ones', () => {
    expect(split('Talks with GEN. Smith and APPROX. 40 aides. Sept. Talks resumed.')).toEqual([
      'Talks with GEN. Smith and APPROX. 40 aides.', 'Sept. Talks resumed.',
    ]);
    // Words of an abbreviation's length or letters that are not listed end their sentence.
    expect(split('He met Gens. Then APPROXX. Then U.S.A. Then Mr. Doe.')).toEqual(['He met Gens.', 'Then APPROXX.', 'Then U.S.A.', 'Then Mr. Doe.']);
  });

  it('ends one at every line break, and skips blank lines', () => {
    expect(split('GAZA CITY\n\nTwo were killed\nthree were hurt')).toEqual(['GAZA CITY', 'Two were killed', 'three were hurt']);
  });
});

describe('normalizeForMatching: arabic', () => {
  it('says whether the text holds an Arabic letter, on each path of the normalization', () => {
    expect(normalizeForMatching('Police said 12 died.').arabic).toBe(false);
    expect(normalizeForMatching('“Twelve” — he said\u200f.').arabic).toBe(false);
    expect(normalizeForMatching('Ωμέγα: 12 died').arabic).toBe(false); // Greek: the character-by-character path
    expect(normalizeForMatching('قتل 12 شخصا').arabic).toBe(true);
    expect(normalizeForMatching('He said "قتل" twice').arabic).toBe(true);
    expect(normalizeForMatching('ﻗﺘﻞ').arabic).toBe(true); // presentation forms
  });
});

describe('normalizeWord', () => {
  it('gives the word as text normalization would, whether or not it is normal already', () => {
    const words = ['killed', 'Killed', 'قتلى', 'أطفال', 'إصابة', 'مستشفى', 'جنديًا', 'ـقتل', "year\u2019s", 'İstanbul', 'Σ', 'ﻗﺘﻞ', 'naïve', 'ÉTÉ', '', '\u200fقتل'];
    for (const w of words) expect(normalizeWord(w)).toBe(normalizeForMatching(w).norm);
    expect(words.map(normalizeWord).slice(0, 8)).toEqual(['killed', 'killed', 'قتلي', 'اطفال', 'اصابة', 'مستشفي', 'جنديا', 'قتل']);
  });

  it('folds short and long texts alike, surrogates included (a lone one becomes U+FFFD, as the decoder makes it)', () => {
    for (const pad of ['', ' '.repeat(80)]) {
      expect(foldEach(`قتلى${pad}`).norm).toBe(`قتلي${pad}`);
      expect(foldEach(`قتلى \ud83d\ude00${pad}`).norm).toBe(`قتلي \ud83d\ude00${pad}`);
      expect(foldEach(`قتلى \ud800${pad}`).norm).toBe(`قتلي \ufffd${pad}`);
    }
  });
});
