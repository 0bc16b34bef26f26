/** Search terms and postings (lambdas/domain/search.ts): the same canonical form for text and query. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';
import { ALL_TERM, canonicalTerm, matchesFilter, postingsOf, searchTerms, termsOf } from '../../lambdas/domain/search.ts';

describe('canonical terms', () => {
  it.each([
    ['والقتلى', 'قتلي'], // clitics go; normalization reads alef maqsura as ya
    ['بالقتلى', 'قتلي'],
    ['القتلى', 'قتلي'],
    ['وزارة', 'زاره'],
    ['soldiers', 'soldier'],
    ['Ministries', 'ministry'],
    ['Turkey\'s', 'turkey'],
    ['1,700', '1700'],
  ])('%s -> %s', (word, term) => {
    expect(termsOf(word)).toEqual([term]);
  });

  it('reads Arabic-Indic digits, diacritics and hamza forms as the extractor does', () => {
    expect(termsOf('٣٣ جندياً')).toEqual(termsOf('33 جنديا'));
    expect(termsOf('أعلنت')).toEqual(termsOf('اعلنت'));
  });

  it('drops common words', () => {
    expect(termsOf('the army said in a statement')).toEqual(['army', 'statement']);
    expect(canonicalTerm('في')).toBeNull();
    expect(termsOf('of the')).toEqual([]);
  });
});

describe('postings', () => {
  const text = 'Thirty-three Turkish soldiers were killed in Idlib on Thursday, officials said. A summit is planned on 5 or 6 March.';
  const claims = extractClaims(text, { language: 'en', publishedAt: '2020-02-28' });

  it('lists each claim under the words of its sentence and under its facets', () => {
    const postings = postingsOf(text, claims, '2020-02-28', 'en');
    const killed = claims.find((c) => c.casualty?.kind === 'killed')!;
    expect(postings.get('soldier')!.map((p) => p.id)).toContain(killed.id);
    expect(postings.get('summit')!.map((p) => p.id)).not.toContain(killed.id);
    expect(postings.get(ALL_TERM)!.map((p) => p.id)).toEqual(claims.map((c) => c.id));
    expect(postings.get('kind:killed')!.map((p) => p.id)).toEqual([killed.id]);
    expect(postings.get('lang:en')!.length).toBe(claims.length);
  });

  it('filters by kind, count range and days (a date claim by its values, others by the article day)', () => {
    const postings = postingsOf(text, claims, '2020-02-28', 'en');
    const [killed] = postings.get('kind:killed')!;
    expect(matchesFilter(killed, { min: 30, max: 35 })).toBe(true);
    expect(matchesFilter(killed, { min: 34 })).toBe(false);
    expect(matchesFilter(killed, { from: '2020-02-28', to: '2020-02-28' })).toBe(true);
    const summit = postings.get('summit')!.find((p) => p.type === 'date')!;
    expect(matchesFilter(summit, { from: '2020-03-06', to: '2020-03-10' })).toBe(true);
    expect(matchesFilter(summit, { from: '2020-03-07' })).toBe(false);
    expect(matchesFilter(summit, { min: 1 })).toBe(false);
  });

  it('reads a query as words, else the most selective facet asked for', () => {
    expect(searchTerms('Turkish soldiers', {})).toEqual(['turkish', 'soldier']);
    expect(searchTerms(undefined, { kind: 'killed', type: 'casualty' })).toEqual(['kind:killed']);
    expect(searchTerms(undefined, { language: 'ar' })).toEqual(['lang:ar']);
    expect(searchTerms(undefined, {})).toEqual([ALL_TERM]);
  });
});
