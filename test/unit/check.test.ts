import { describe, expect, it } from 'vitest';
import { checkGroup, groupConcept, matchKey, neighbourKeys } from '../../lambdas/domain/check.ts';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';
import { priorityOf, summarize } from '../../lambdas/domain/model.ts';

const keysOf = (text: string, language: 'ar' | 'en', publishedAt = '2020-02-28') => {
  const claims = extractClaims(text, { language, publishedAt });
  return claims.filter((c) => c.type === 'casualty').map((c) => matchKey(c, claims, publishedAt));
};

describe('match keys', () => {
  it.each([
    ['جندياً تركياً', 'soldier:TR'],
    ['جنديا تركيا', 'soldier:TR'],
    ['جنود أتراك', 'soldier:TR'],
    ['Turkish soldiers', 'soldier:TR'],
    ['Turkish troops', 'soldier:TR'],
    ['مدنيين سوريين', 'civilian:SY'],
    ['Syrian civilians', 'civilian:SY'],
    ['أطفال', 'child'],
    ['children', 'child'],
    ['من قوات النظام', 'regime-forces'],
    ['Syrian tanks', 'tank:SY'],
    ['دبابات', 'tank'],
    ['آخرين', undefined],
  ])('%s -> %s', (group, concept) => {
    expect(groupConcept(group)).toBe(concept);
  });

  it('gives the same key to the same claim in Arabic and English', () => {
    const ar = keysOf('قتل 33 جندياً تركياً في غارة جوية مساء الخميس.', 'ar');
    const en = keysOf('33 Turkish soldiers were killed in an air strike on Thursday evening.', 'en');
    expect(ar).toEqual(['casualty|killed|soldier:TR|2020-02-27']);
    expect(en).toEqual(ar);
  });

  it('uses the publication day when the sentence names no date, and looks at the days either side', () => {
    expect(keysOf('Five police officers were wounded.', 'en', '2024-05-10')).toEqual(['casualty|injured|police|2024-05-10']);
    expect(neighbourKeys('casualty|injured|police|2024-05-10')).toEqual([
      'casualty|injured|police|2024-05-09', 'casualty|injured|police|2024-05-10', 'casualty|injured|police|2024-05-11',
    ]);
  });

  it('dates an undated mention by a dated mention of the same victims in the article', () => {
    const keys = keysOf('قتل 33 جندياً تركياً مساء الخميس.\n\nوبعد مقتل 33 جندياً تركياً، عقد اجتماع.', 'ar', '2020-03-01');
    expect(keys).toEqual(['casualty|killed|soldier:TR|2020-02-27', 'casualty|killed|soldier:TR|2020-02-27']);
  });

  it('gives no key when the victims are not known', () => {
    expect(keysOf('قتل 12 آخرون في الهجوم.', 'ar')).toEqual([null]);
  });
});

describe('checkGroup', () => {
  const member = (claimId: string, articleId: string, min: number, max: number | null, verdict?: { rating: 'false' | 'true'; at: string }) => ({
    claimId, articleId, verdict: verdict ?? null,
    casualty: { kind: 'killed' as const, min, max, qualifier: 'exact' as const, group: 'soldiers' },
  });

  it('corroborates agreeing counts, flags conflicting ones on every side, and suggests the latest agreeing verdict', () => {
    const result = checkGroup([
      member('a.1', 'a', 33, 33, { rating: 'true', at: '2024-01-01T00:00:00Z' }),
      member('b.1', 'b', 33, 33, { rating: 'false', at: '2024-01-02T00:00:00Z' }),
      member('c.1', 'c', 34, 34),
      member('d.1', 'd', 24, 99),
    ]);
    expect(result.get('a.1')!.corroborations.map((r) => r.claimId)).toEqual(['b.1', 'd.1']);
    expect(result.get('a.1')!.conflicts.map((r) => r.claimId)).toEqual(['c.1']);
    expect(result.get('c.1')!.conflicts.map((r) => r.claimId)).toEqual(['a.1', 'b.1']);
    expect(result.get('d.1')!.suggestedVerdict).toEqual({ rating: 'false', fromClaimId: 'b.1' });
    expect(result.get('c.1')!.suggestedVerdict).toBeNull();
  });

  it('flags an article that contradicts itself', () => {
    const result = checkGroup([member('a.1', 'a', 5, 5), member('a.2', 'a', 7, 7)]);
    expect(result.get('a.1')!.conflicts).toEqual([{ articleId: 'a', claimId: 'a.2', min: 7, max: 7 }]);
  });
});

describe('priority and summary', () => {
  it('ranks casualties over dates, bigger counts and conflicts higher', () => {
    const small = priorityOf({ checkworthiness: 0.7, casualty: { kind: 'killed', min: 2, max: 2, qualifier: 'exact', group: '' } }, 0);
    const big = priorityOf({ checkworthiness: 0.7, casualty: { kind: 'killed', min: 2000, max: 2000, qualifier: 'exact', group: '' } }, 0);
    const conflicted = priorityOf({ checkworthiness: 0.7, casualty: { kind: 'killed', min: 2, max: 2, qualifier: 'exact', group: '' } }, 1);
    const date = priorityOf({ checkworthiness: 0.3 }, 0);
    expect(big).toBeGreaterThan(small);
    expect(conflicted).toBeGreaterThan(small);
    expect(small).toBeGreaterThan(date);
    for (const p of [small, big, conflicted, date]) expect(p).toBeLessThanOrEqual(1);
  });

  it('counts ratings, open claims and conflicts', () => {
    const checks = { corroborations: [], conflicts: [], suggestedVerdict: null, priority: 0.5 };
    const v = (rating: 'true' | 'false') => ({ rating, note: '', evidence: [], reviewer: 'r', at: 't' });
    expect(summarize([
      { status: 'DECIDED', verdict: v('false'), checks },
      { status: 'DECIDED', verdict: v('false'), checks: { ...checks, conflicts: [{ articleId: 'x', claimId: 'y', min: 1, max: 1 }] } },
      { status: 'PENDING_REVIEW', verdict: null, checks },
    ])).toEqual({ claims: 3, decided: 2, open: 1, conflicts: 1, ratings: { true: 0, 'mostly-true': 0, misleading: 0, false: 2, unverifiable: 0 } });
  });
});
