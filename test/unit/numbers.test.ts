import { describe, expect, it } from 'vitest';
import { foldEach, normalizeForMatching, toNormalized, toOriginal } from '../../lambdas/domain/text/normalize.ts';
import { tokenize } from '../../lambdas/domain/text/tokens.ts';
import { readQuantity } from '../../lambdas/domain/numbers/quantity.ts';

function quantity(text: string) {
  const { norm } = normalizeForMatching(text);
  const tokens = tokenize(norm);
  for (let i = 0; i < tokens.length; i++) {
    const q = readQuantity(tokens, i, norm);
    if (q) return { min: q.min, max: q.max, qualifier: q.qualifier };
  }
  return undefined;
}

describe('numbers', () => {
  it.each([
    ['ثلاثة وثلاثين', 33],
    ['خمسة', 5],
    ['ثلاثة عشر', 13],
    ['مئتين', 200],
    ['ثلاثمئة وخمسين', 350],
    ['خمسة آلاف', 5000],
    ['37 ألفا و11', 37011],
    ['3 آلاف و215', 3215],
    ['٣٣', 33],
    ['۱۲۰', 120],
    ['١٬٢٠٠', 1200],
    ['مليونين', 2_000_000],
    ['thirty-three', 33],
    ['twenty one', 21],
    ['1,700', 1700],
    ['two hundred', 200],
    ['4 million', 4_000_000],
  ])('%s = %d', (text, value) => {
    // Arrange / Act
    const q = quantity(text);
    // Assert
    expect(q).toEqual({ min: value, max: value, qualifier: 'exact' });
  });

  it.each([
    ['عشرات', 24, 99],
    ['المئات', 200, 999],
    ['آلاف', 2000, 9999],
    ['عشرات الآلاف', 20000, 99999],
    ['مئات الآلاف', 200000, 999999],
    ['dozens', 24, 99],
    ['hundreds', 200, 999],
    ['thousands', 2000, 9999],
    ['tens of thousands', 20000, 99999],
  ])('vague %s = %d..%d', (text, min, max) => {
    expect(quantity(text)).toEqual({ min, max, qualifier: 'vague' });
  });

  it.each([
    ['at least 20', 20, null, 'at_least'],
    ['20 على الأقل', 20, null, 'at_least'],
    ['ما لا يقل عن 20', 20, null, 'at_least'],
    ['more than 20', 20, null, 'more_than'],
    ['أكثر من 20', 20, null, 'more_than'],
    ['لأكثر من 20', 20, null, 'more_than'],
    ['about 20', 20, 20, 'approx'],
    // DESIGN.md section 4: "a dozen" → 12, approx.
    ['a dozen', 12, 12, 'approx'],
    ['two dozen', 24, 24, 'approx'],
    ['about a dozen', 12, 12, 'approx'],
    ['نحو 20', 20, 20, 'approx'],
    ['قرابة 20', 20, 20, 'approx'],
    ['up to 20', null, 20, 'at_most'],
    ['between 20 and 30', 20, 30, 'range'],
    ['بين 20 و30', 20, 30, 'range'],
    ['20 to 30', 20, 30, 'range'],
    ['20-30', 20, 30, 'range'],
  ])('%s -> %s..%s %s', (text, min, max, qualifier) => {
    expect(quantity(text)).toEqual({ min, max, qualifier });
  });
});

describe('normalization keeps original offsets', () => {
  it('maps normalized indices back across dropped diacritics and tatweel', () => {
    const text = 'قُتِلَ ٣٣ جنـديًا';
    const n = normalizeForMatching(text);
    expect(n.norm).toBe('قتل 33 جنديا');
    const at = n.norm.indexOf('33');
    const { start, end } = toOriginal(n, at, at + 2);
    expect(text.slice(start, end)).toBe('٣٣');
    expect(toNormalized(n, text.indexOf('جنـديًا'))).toBe(n.norm.indexOf('جنديا'));
  });

  it('gives the same text and offsets as the per-character fold, by the native path where nothing expands', () => {
    // Random texts over the characters the fast path takes (Latin, Latin-1, Arabic letters and digits,
    // typographic quotes and dashes) and, some of the time, one it does not (a diacritic, a presentation form,
    // the dotted capital I).
    const pool = [...'AbcXYZ éÉÀÖøß 09 .,;:!?"\'-()', '\u00a0', '\u00ab', '\u00bb', '\u2013', '\u2014', '\u2018', '\u2019',
      '\u201c', '\u201d', ...'قتلأإآٱىيةجندي', '٣', '٠', '۴', '٫', '٬', '\u2026'];
    const breakers = ['\u064b', '\u0640', '\u0670', '\u06e1', '\ufeff', '\u200f', '\u200c', '\u202b', '\ufefb', '\u0130', '\u2168'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const latin = pool.filter((c) => !/[\u0600-\u06ff]/.test(c));
    for (let k = 0; k < 400; k++) {
      // Half without Arabic (the native path, where zero-width and direction marks are the dropped characters).
      const from = k % 2 ? pool : latin;
      let text = '';
      for (let i = rnd(60); i > 0; i--) text += from[rnd(from.length)];
      for (let b = k % 3; b > 0; b--) {
        const at = rnd(text.length + 1);
        text = text.slice(0, at) + breakers[rnd(breakers.length)] + text.slice(at);
      }
      const fast = normalizeForMatching(text);
      const slow = foldEach(text);
      expect(fast.norm).toBe(slow.norm);
      for (let s = 0; s <= fast.norm.length; s++) {
        for (const e of [s, s + 1, s + 3, fast.norm.length]) if (e <= fast.norm.length) expect(toOriginal(fast, s, e)).toEqual(toOriginal(slow, s, e));
      }
      for (let p = 0; p <= text.length; p++) expect(toNormalized(fast, p)).toBe(toNormalized(slow, p));
      if (fast.map === null && !fast.drops) expect(fast.norm.length).toBe(text.length);
    }
  });
});

describe('Arabic presentation forms', () => {
  it('reads text copied from a PDF in presentation forms, offsets on the original', async () => {
    const { extractClaims } = await import('../../lambdas/domain/extract/index.ts');
    const presentation = 'ﻗﺘﻞ 12 ﻣﺪﻧﻴﺎ ﻓﻲ ﺍﻟﻘﺼﻒ'; // "قتل 12 مدنيا في القصف" as a PDF gives it
    expect(presentation.normalize('NFKC')).toBe('قتل 12 مدنيا في القصف');
    const [claim] = extractClaims(presentation, { language: 'ar', publishedAt: '2024-01-01' });
    expect(claim.casualty).toMatchObject({ kind: 'killed', min: 12 });
    expect(presentation.slice(claim.start, claim.end)).toBe(claim.text);
    expect(normalizeForMatching('ﻻ').norm).toBe('لا');
  });
});
