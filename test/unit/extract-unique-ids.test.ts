/**
 * Claim ids are unique within an article (DESIGN section 4: the workflow keys claims by them). A count read twice on
 * the same words ("قتل اثنان جنديان": a number word and a dual for one two) once gave two claims of one id, and the
 * workflow failed the article (found by fuzzing, fuzz9 E3). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';

const ids = (text: string, language: 'ar' | 'en') => extractClaims(text, { language, publishedAt: '2024-03-02' }).map((c) => c.id);

describe('claim ids are unique', () => {
  it.each([
    ['ar', 'قتل اثنان جنديان.'],
    ['ar', 'قتل اثنان جنديان وأصيب ثلاثة مدنيين يوم الخميس، وفق مصدر أمني.'],
    ['ar', 'لقي اثنان طفلان حتفهما في الحريق.'],
  ] as const)('%s: %s', (lang, text) => {
    const got = ids(text, lang);
    expect(got.filter((id) => id.startsWith('casualty-')).length).toBeGreaterThan(0);
    expect(new Set(got).size).toBe(got.length);
  });

  it('the count is kept once, with its figure', () => {
    const claims = extractClaims('قتل اثنان جنديان.', { language: 'ar', publishedAt: '2024-03-02' });
    expect(claims.map((c) => [c.casualty?.kind, c.casualty?.min])).toEqual([['killed', 2]]);
  });
});
