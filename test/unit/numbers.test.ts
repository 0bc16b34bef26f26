import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../lambdas/domain/text/normalize.ts';
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
    ['a dozen', 12],
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
    expect(text.slice(n.map[at], n.map[at + 1] + 1)).toBe('٣٣');
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
