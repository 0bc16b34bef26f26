/**
 * What one sentence gives stays in proportion to its length: at most 8 statements a sentence.
 * A sentence of n "he said" once gave n statements, each the whole sentence (n² characters: a 91 KB article gave
 * 405 MB of claims; found by fuzzing, fuzz9 E2). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';

const statements = (text: string, language: 'ar' | 'en') =>
  extractClaims(text, { language, publishedAt: '2024-03-02' }).filter((c) => c.type === 'statement');

describe('statements of one sentence', () => {
  it.each([
    ['en', 'he said '.repeat(2000)],
    ['en', `${'"He said \''.repeat(1500)}the bridge was closed${'\'"'.repeat(1500)}`],
    ['en', `${Array.from({ length: 300 }, (_, k) => `Officer ${k} said`).join(' that ')} the road was shut.`],
    ['ar', `${'وقال المحافظ إن '.repeat(1500)}الطريق مغلق.`],
  ] as const)('%s: a sentence of many attributions gives at most 8 statements', (lang, text) => {
    const got = statements(text, lang);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThanOrEqual(8);
    const chars = got.reduce((n, c) => n + c.text.length, 0);
    expect(chars).toBeLessThanOrEqual(8 * text.length);
  });

  it('a sentence of a few sources keeps a statement for each (the bound is far above them)', () => {
    const got = statements('The bridge was closed, the mayor said, and the police confirmed it.', 'en');
    expect(got.map((c) => c.attribution?.source)).toEqual(['the mayor', 'the police']);
  });
});
