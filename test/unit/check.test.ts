import { describe, expect, it } from 'vitest';
import { checkGroup, eventDate, groupConcept, inArticle, isLocalKey, type InArticle, matchKey, matchKeys, mergeChecks, neighbourKeys, ownSentenceDate } from '../../lambdas/domain/check.ts';
import { mostCheckWorthy } from '../../lambdas/app/steps.ts';
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

  it('matches "anyone" (people, families, homes) across articles only with an event date, not by the publication day', () => {
    expect(keysOf('About 200 families have been displaced since the fighting began.', 'en', '2024-05-10')).toEqual([null]);
    expect(keysOf('On Thursday 40 families were displaced.', 'en', '2024-05-10')).toEqual(['casualty|displaced|family|2024-05-09']);
    expect(keysOf('Five police officers were wounded.', 'en', '2024-05-10')).toEqual(['casualty|injured|police|2024-05-10']);
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

  it('never counts an article as its own corroboration: a headline restating its body is one source', () => {
    // "kills 7" in the headline, "killed seven people" in the body (a.1, a.2, decided), 7 in another article.
    const result = checkGroup([
      member('a.1', 'a', 7, 7),
      member('a.2', 'a', 7, 7, { rating: 'true', at: '2024-01-01T00:00:00Z' }),
      member('b.1', 'b', 7, 7),
    ]);
    expect(result.get('a.1')!.corroborations.map((r) => r.claimId)).toEqual(['b.1']);
    expect(result.get('a.1')!.corroborationCount).toBe(1);
    expect(result.get('a.1')!.suggestedVerdict).toBeNull();
    expect(result.get('b.1')!.corroborations.map((r) => r.claimId)).toEqual(['a.1', 'a.2']);
    expect(result.get('b.1')!.suggestedVerdict).toEqual({ rating: 'true', fromClaimId: 'a.2' });
    // Alone, the article corroborates nothing; a disagreement within it stays a conflict.
    const alone = checkGroup([member('a.1', 'a', 7, 7), member('a.2', 'a', 7, 7), member('a.3', 'a', 9, 9)]);
    expect([...alone.values()].map((r) => [r.corroborationCount, r.conflictCount])).toEqual([[0, 1], [0, 1], [0, 2]]);
    expect(alone.get('a.1')!.corroborations).toEqual([]);
  });
});

describe('claims in one article that disagree about the same victims', () => {
  const keyed = (text: string, language: 'ar' | 'en') => {
    const all = extractClaims(text, { language, publishedAt: '2024-05-10' });
    const keys = matchKeys(all, '2024-05-10');
    return all.map((c, i) => ({ c, key: keys[i] })).filter(({ c }) => c.type === 'casualty');
  };
  const conflictsOf = (text: string, language: 'ar' | 'en') => {
    const found = keyed(text, language);
    const members = found.map(({ c }) => ({ claimId: c.id, articleId: 'a', casualty: c.casualty }));
    expect(new Set(found.map((f) => f.key)).size).toBe(1);
    return checkGroup(members);
  };

  it('gives a count whose victims are not named the victims just mentioned: one key, and a conflict', () => {
    const result = conflictsOf('The health ministry said 18 people were killed in the strike on Monday, while the army said no more than six died.', 'en');
    const [ministry, army] = [...result.values()];
    expect(ministry.conflicts.map((r) => [r.min, r.max])).toEqual([[null, 6]]);
    expect(army.conflicts.map((r) => [r.min, r.max])).toEqual([[18, 18]]);
    expect([ministry.conflictCount, army.conflictCount]).toEqual([1, 1]);
  });

  it('does so in Arabic too', () => {
    const result = conflictsOf('قالت وزارة الصحة إن 18 شخصا قتلوا في الغارة يوم الاثنين، فيما قال الجيش إن عدد القتلى لا يتجاوز ستة.', 'ar');
    expect([...result.values()].map((r) => r.conflictCount)).toEqual([1, 1]);
  });

  it('compares counts with no victims named anywhere only within their sentence, never with other articles', () => {
    const text = 'The health ministry says 18 killed, the army says no more than six killed.';
    const found = keyed(text, 'en');
    expect(found).toHaveLength(2);
    expect(found[0].key).toBe(found[1].key);
    expect(isLocalKey(found[0].key!)).toBe(true);
    const all = extractClaims(text, { language: 'en', publishedAt: '2024-05-10' });
    expect(all.filter((c) => c.type === 'casualty').map((c) => matchKey(c, all, '2024-05-10'))).toEqual([null, null]);
    const apart = keyed('Officials said 18 were killed. Elsewhere, 3 died in a crash.', 'en');
    expect(apart).toHaveLength(2);
    expect(apart[0].key).not.toBe(apart[1].key);
  });
});

describe('bounds', () => {
  const member = (claimId: string, articleId: string, n: number) => ({
    claimId, articleId, casualty: { kind: 'killed' as const, min: n, max: n, qualifier: 'exact' as const, group: 'civilians' },
  });

  it('stores at most maxRefs references per list and counts them all', () => {
    // 400 repeats of "12 civilians were killed." in one article, 30 in another, 5 "13" elsewhere.
    const members = [
      ...Array.from({ length: 30 }, (_, i) => member(`b.${i}`, 'b', 12)),
      ...Array.from({ length: 5 }, (_, i) => member(`c.${i}`, 'c', 13)),
      ...Array.from({ length: 400 }, (_, i) => member(`a.${i}`, 'a', 12)),
    ];
    const result = checkGroup(members, { maxRefs: 20 });
    const a0 = result.get('a.0')!;
    expect(a0.corroborations).toHaveLength(20);
    expect(a0.corroborations.every((r) => r.articleId === 'b')).toBe(true);
    expect(a0.corroborationCount).toBe(30); // the other 399 are its own article
    expect(a0.conflicts.map((r) => r.claimId)).toEqual(['c.0', 'c.1', 'c.2', 'c.3', 'c.4']);
    expect(a0.conflictCount).toBe(5);
    for (const found of result.values()) expect(JSON.stringify(found).length).toBeLessThan(4000);
  });

  it('merges a later article into an earlier claim without losing its references or lowering its counts, the same on a replay', () => {
    const limits = { maxRefs: 3 };
    const ref = (id: string) => ({ articleId: id.split('.')[0], claimId: id, min: 1, max: 1 });
    const before = { corroborations: [ref('x.1'), ref('x.2')], conflicts: [], corroborationCount: 7, conflictCount: 0, suggestedVerdict: null };
    const found = { corroborations: [ref('y.1'), ref('y.2')], conflicts: [ref('z.1')], corroborationCount: 2, conflictCount: 1, suggestedVerdict: null };
    const once = mergeChecks(before, found, limits);
    expect(once.corroborations.map((r) => r.claimId)).toEqual(['x.1', 'x.2', 'y.1']);
    expect([once.corroborationCount, once.conflictCount]).toEqual([7, 1]);
    expect(mergeChecks(once, found, limits)).toEqual(once);
  });

  it('keeps the most check-worthy claims of an article, in text order, the same ones every time', () => {
    const claims = Array.from({ length: 10 }, (_, i) => ({ start: i * 10, checkworthiness: i % 3 === 0 ? 0.9 : 0.2 }));
    const kept = mostCheckWorthy(claims, 5);
    expect(kept.map((c) => c.start)).toEqual([0, 10, 30, 60, 90]);
    expect(mostCheckWorthy(claims, 5)).toEqual(kept);
    expect(mostCheckWorthy(claims, 50)).toBe(claims);
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

describe('tolls and parts (a desk compares tolls, not their parts)', () => {
  const keyed = (text: string, language: 'ar' | 'en', publishedAt = '2025-03-08') => {
    const all = extractClaims(text, { language, publishedAt });
    const keys = matchKeys(all, publishedAt);
    return all.map((c, i) => ({ text: c.text, n: c.casualty?.min ?? c.casualty?.max, key: keys[i] })).filter((_, i) => all[i].type === 'casualty');
  };
  const keyOf = (found: { text: string; key: string | null }[], text: string) => found.find((f) => f.text.includes(text))?.key;

  it('compares a toll with no victim noun across articles by the day of the event the article names', () => {
    // Published on Saturday; the blast was on Thursday evening; the toll was announced on Friday morning.
    const risen = keyed('ارتفعت حصيلة القتلى في انفجار المرفأ إلى 21 قتيلاً، بحسب ما أعلنت وزارة الصحة صباح الجمعة.\n\nوكان الانفجار قد وقع مساء الخميس.', 'ar');
    const first = keyed('قتل 17 شخصاً في انفجار المرفأ مساء الخميس.', 'ar');
    const english = keyed('The death toll from the port blast has risen to 19, officials said.\n\nThe explosion tore through the docks on Thursday.', 'en');
    expect(risen.map((f) => f.key)).toEqual(['casualty|killed|person|2025-03-06']);
    expect(first.map((f) => f.key)).toEqual(['casualty|killed|person|2025-03-06']);
    expect(english.map((f) => f.key)).toEqual(['casualty|killed|person|2025-03-06']);
  });

  it('dates a count by a date in the next sentence, and not by the day its source spoke', () => {
    expect(keyed('Eleven people were killed in a drone strike, medics said. The strike hit a bus station on Tuesday.', 'en').map((f) => f.key))
      .toEqual(['casualty|killed|person|2025-03-04']);
    expect(keyed('Six people were killed in the flood, the governor said on Friday. The river burst its banks on Wednesday.', 'en').map((f) => f.key))
      .toEqual(['casualty|killed|person|2025-03-05']);
  });

  it('keeps a toll apart from its parts: children and women among the dead have keys of their own, and conflict with no total', () => {
    const found = keyed('بلغت حصيلة القتلى مساء الخميس 23 قتيلاً، بينهم خمسة أطفال وامرأتان.', 'ar');
    expect(found.map((f) => [f.n, f.key])).toEqual([
      [23, 'casualty|killed|person|2025-03-06'], [5, 'casualty|killed|child|2025-03-06'], [2, 'casualty|killed|woman|2025-03-06'],
    ]);
    const english = keyed('On Thursday 23 people were killed, including five children and two women.', 'en');
    expect(english.map((f) => f.key)).toEqual(['casualty|killed|person|2025-03-06', 'casualty|killed|child|2025-03-06', 'casualty|killed|woman|2025-03-06']);
  });

  it('never compares a bare part, a restated earlier toll or "more" with the toll they belong to', () => {
    const part = keyed('On Sunday 31 people were taken to hospital, seven of them in intensive care.', 'en');
    expect(part).toHaveLength(2);
    expect(isLocalKey(keyOf(part, 'seven')!)).toBe(true);
    expect(keyOf(part, 'seven')).not.toBe(keyOf(part, '31'));
    const restated = keyed('ارتفع عدد القتلى يوم الأحد إلى 9 بعد أن كان 6.', 'ar');
    expect(restated.map((f) => f.n)).toEqual([9, 6]);
    expect(restated[0].key).toBe('casualty|killed|person|2025-03-02');
    expect(isLocalKey(restated[1].key!)).toBe(true);
    const more = keyed('Four people drowned on Monday. Two more bodies were found later.', 'en');
    expect(more.map((f) => f.n)).toEqual([4, 2]);
    expect(isLocalKey(more[1].key!)).toBe(true);
  });

  it('gives a toll after a named count those victims, but not a part of it', () => {
    const named = keyed('قتل 14 جندياً تركياً مساء الخميس. وقال مسؤول إن عدد القتلى ارتفع إلى 16.', 'ar');
    expect(named.map((f) => f.key)).toEqual(['casualty|killed|soldier:TR|2025-03-06', 'casualty|killed|soldier:TR|2025-03-06']);
    const afterPart = keyed('Twelve people were killed on Thursday, including four children. The toll later rose to 15.', 'en');
    expect(afterPart.map((f) => f.key)).toEqual(['casualty|killed|person|2025-03-06', 'casualty|killed|child|2025-03-06', 'casualty|killed|person|2025-03-06']);
  });

  it('gives a count with no victims named those of the count before only when it plainly is about them (trial 7, finding 17)', () => {
    // Another sentence and no toll: maybe other victims ("a second bomb"), so a toll of anyone, never "civilians".
    const other = keyed('Militiamen killed 40 civilians on Thursday. A second bomb killed 11 on Thursday, police said.', 'en');
    expect(other.map((f) => f.key)).toEqual(['casualty|killed|civilian|2025-03-06', 'casualty|killed|person|2025-03-06']);
    const otherAr = keyed('قتل 40 مدنياً مساء الخميس. وقتل 11 في انفجار آخر مساء الخميس.', 'ar');
    expect(otherAr.map((f) => f.key)).toEqual(['casualty|killed|civilian|2025-03-06', 'casualty|killed|person|2025-03-06']);
    // A toll in a later sentence, or a count in the same sentence: the same victims (both languages).
    expect(keyed('Militiamen killed 40 civilians on Thursday. The toll later rose to 43.', 'en').map((f) => f.key))
      .toEqual(['casualty|killed|civilian|2025-03-06', 'casualty|killed|civilian|2025-03-06']);
    expect(keyed('قتل 40 مدنياً مساء الخميس. وارتفعت الحصيلة لاحقا إلى 43.', 'ar').map((f) => f.key))
      .toEqual(['casualty|killed|civilian|2025-03-06', 'casualty|killed|civilian|2025-03-06']);
    expect(keyed('The ministry said 40 civilians were killed on Thursday, while the army said no more than six died.', 'en').map((f) => f.key))
      .toEqual(['casualty|killed|civilian|2025-03-06', 'casualty|killed|civilian|2025-03-06']);
  });
});

describe('the date a claim is stated with (ownSentenceDate), next to eventDate', () => {
  const claimsOf = (text: string, language: 'ar' | 'en', publishedAt: string) => {
    const all = extractClaims(text, { language, publishedAt });
    return { all, casualties: all.filter((c) => c.type === 'casualty') };
  };

  it('takes a date of the claim\'s own sentence, never one of the sentence before (which eventDate borrows)', () => {
    const { all, casualties } = claimsOf('Nine people were killed when a bus overturned on Monday. Four soldiers were wounded in a separate attack near the border.', 'en', '2024-06-12');
    const [bus, soldiers] = casualties;
    expect(bus.text).toMatch(/Nine/);
    expect(soldiers.text).toMatch(/Four/);
    expect(ownSentenceDate(bus, all)).toBe('2024-06-10');
    expect(eventDate(soldiers, all)).toBe('2024-06-10');
    expect(ownSentenceDate(soldiers, all)).toBeUndefined();
  });

  it('leaves out a date of saying in the same sentence, in both languages', () => {
    const en = claimsOf('Twelve miners died in the flooded shaft, the governor said on Wednesday.', 'en', '2024-03-08');
    expect(ownSentenceDate(en.casualties[0], en.all)).toBeUndefined();
    const ar = claimsOf('قتل 7 أشخاص في انفجار مساء الثلاثاء، وفق ما أعلنت الشرطة صباح الأربعاء.', 'ar', '2024-03-08');
    expect(ar.casualties).toHaveLength(1);
    expect(ownSentenceDate(ar.casualties[0], ar.all)).toBe('2024-03-05');
  });
});

describe('counts one article fits together are no conflicts within it (trial 8, findings 27 and 28)', () => {
  const run = (articles: { id: string; text: string; language: 'ar' | 'en' }[], publishedAt = '2024-05-10') => {
    const members = new Map<string, any[]>();
    const fit = new Map<string, InArticle | undefined>();
    const texts = new Map<string, string>();
    for (const a of articles) {
      const all = extractClaims(a.text, { language: a.language, publishedAt }).filter((c) => c.type !== 'statement');
      const keys = matchKeys(all, publishedAt);
      const fits = inArticle(all, keys, a.text);
      all.forEach((c, i) => {
        const claimId = `${a.id}.${c.id}`;
        texts.set(claimId, c.text);
        fit.set(claimId, fits[i]);
        if (keys[i] && c.type === 'casualty') members.set(keys[i]!, [...(members.get(keys[i]!) ?? []), { claimId, articleId: a.id, casualty: c.casualty }]);
      });
    }
    const conflicts: string[] = [];
    for (const group of members.values()) {
      for (const [id, r] of checkGroup(group, undefined, (x) => fit.get(x))) for (const o of r.conflicts) conflicts.push(`${texts.get(id)} <> ${texts.get(o.claimId)}`);
    }
    return conflicts.sort();
  };

  it('a headline total and its parts in the body ("27 … and four more")', () => {
    expect(run([{ id: 'a', text: 'Gunmen kill 31 in a raid on a village\n\nGunmen killed villagers in a night raid, a local official said.\n\n"We buried 27 people yesterday and four more died in hospital this morning," the council chairman told reporters.', language: 'en' }])).toEqual([]);
  });

  it('a total and a subset of it ("Eleven of the injured")', () => {
    expect(run([{ id: 'a', text: 'A bus crash on Saturday killed 19 people and left 23 injured, police said. Eleven of the injured were in critical condition, a doctor said.', language: 'en' }])).toEqual([]);
  });

  it('a toll the article itself revises, in Arabic and English', () => {
    expect(run([{ id: 'a', text: 'قُتل 23 شخصاً في قصف على سوق يوم الاثنين. وكانت حصيلة أولية قد أشارت إلى مقتل 15 شخصاً، قبل أن ترتفع إلى 23 بعد وفاة عدد من الجرحى.', language: 'ar' }])).toEqual([]);
    expect(run([{ id: 'a', text: 'Floods killed 14 people in the valley on Monday. The toll rose to 16 on Monday evening, officials said.', language: 'en' }])).toEqual([]);
  });

  it('still flags an article that contradicts itself, and the same counts against another article', () => {
    expect(run([{ id: 'a', text: 'The health ministry said 18 people were killed in the strike on Monday, while the army said no more than six died.', language: 'en' }]))
      .toEqual(['18 people were killed <> no more than six died', 'no more than six died <> 18 people were killed']);
    // Across articles every count is compared as it is: the revised-away 15 and another article's 20 conflict.
    const across = run([
      { id: 'a', text: 'قُتل 23 شخصاً في قصف على سوق يوم الاثنين. وكانت حصيلة أولية قد أشارت إلى مقتل 15 شخصاً، قبل أن ترتفع إلى 23 بعد وفاة عدد من الجرحى.', language: 'ar' },
      { id: 'b', text: 'قُتل 20 شخصاً في قصف على سوق يوم الاثنين.', language: 'ar' },
    ]);
    expect(across).toContain('قُتل 20 شخصاً <> مقتل 15 شخصاً');
    expect(across).toContain('قُتل 20 شخصاً <> قُتل 23 شخصاً');
    expect(across.filter((c) => !c.includes('20'))).toEqual([]);
  });
});
