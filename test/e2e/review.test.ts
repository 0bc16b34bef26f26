/** Checking across articles and languages, revisions after CHECKED, and ClaimReview, on the real local ctx.stack. */
import { describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';

const ctx = useStack('omar@desk');

const submit = async (body: Record<string, unknown>) => {
  const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body });
  expect(r.status).toBe(202);
  // Read as the reviewer: checks' suggestions and verdicts are internal (submitters do not see them).
  return articleStatus(ctx.stack.url, ctx.reviewer, r.body.articleId, ['AWAITING_REVIEW']);
};
const soldierClaim = (a: any) => a.claims.find((c: any) => c.type === 'casualty');

describe('cross-article checks', () => {
  it('matches the same claim across Arabic and English, and flags a different count on all three', async () => {
    // Arrange / Act
    const ar = await submit({ text: 'أعلنت وزارة الدفاع مقتل 33 جندياً تركياً في غارة جوية مساء الخميس.', language: 'ar', publishedAt: '2020-02-28', url: 'https://example.org/x/ar' });
    const en = await submit({ text: 'Thirty-three Turkish soldiers were killed in an air strike on Thursday evening, officials said.', language: 'en', publishedAt: '2020-02-28', url: 'https://example.org/x/en' });
    const third = await submit({ text: 'The ministry said 34 Turkish troops were killed in the strike on Thursday.', language: 'en', publishedAt: '2020-02-29', url: 'https://example.org/x/third' });

    // Assert: the English article sees the Arabic one as corroboration, the third conflicts with both.
    const [arClaim, enClaim, thirdClaim] = [soldierClaim(ar), soldierClaim(en), soldierClaim(third)];
    expect(enClaim.checks.corroborations).toEqual([{ articleId: ar.articleId, claimId: arClaim.claimId, min: 33, max: 33 }]);
    expect(thirdClaim.checks.conflicts.map((r: any) => r.articleId).sort()).toEqual([ar.articleId, en.articleId].sort());
    // ... and the earlier articles were updated when the third came in.
    for (const id of [arClaim.claimId, enClaim.claimId]) {
      const c = (await call(ctx.stack.url, 'GET', `/claims/${id}`, { token: ctx.reviewer })).body;
      expect(c.checks.conflicts).toEqual([{ articleId: third.articleId, claimId: thirdClaim.claimId, min: 34, max: 34 }]);
      expect(c.checks.priority).toBeGreaterThan(arClaim.checks.priority - 1e-9);
    }
    // A verdict on the Arabic claim is offered (not applied) to a later equivalent claim.
    await call(ctx.stack.url, 'PUT', `/claims/${arClaim.claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'true', expectedVersion: 0 } });
    const fourth = await submit({ text: "Turkey's defence ministry said 33 Turkish soldiers died in the attack on Thursday.", language: 'en', publishedAt: '2020-02-28', url: 'https://example.org/x/fourth' });
    const fourthClaim = soldierClaim(fourth);
    expect(fourthClaim.checks.suggestedVerdict).toEqual({ rating: 'true', fromClaimId: arClaim.claimId });
    expect(fourthClaim.verdict).toBeNull();
  });
  it('compares a toll given without a victim noun, dated by its article, and keeps the parts of a toll out of it', async () => {
    // A toll announced on Friday of a blast on Wednesday, in two articles; the second lists parts of its toll.
    const first = await submit({ text: 'قتل 27 شخصاً في انفجار مستودع الوقود مساء الأربعاء.', language: 'ar', publishedAt: '2023-09-08', url: 'https://example.org/x/depot-1' });
    const second = await submit({
      text: 'ارتفعت حصيلة ضحايا انفجار مستودع الوقود إلى 31 قتيلاً، بينهم ستة أطفال، وفق ما أعلنت وزارة الصحة صباح الجمعة.\n\nوكان الانفجار قد وقع مساء الأربعاء.',
      language: 'ar', publishedAt: '2023-09-08', url: 'https://example.org/x/depot-2',
    });
    const toll = second.claims.find((c: any) => c.casualty?.min === 31);
    const children = second.claims.find((c: any) => c.casualty?.min === 6);
    const firstToll = first.claims.find((c: any) => c.casualty?.min === 27);
    expect(toll.checks.conflicts).toEqual([{ articleId: first.articleId, claimId: firstToll.claimId, min: 27, max: 27 }]);
    expect(children.checks.conflicts).toEqual([]);
    const updated = (await call(ctx.stack.url, 'GET', `/claims/${firstToll.claimId}`, { token: ctx.reviewer })).body;
    expect(updated.checks.conflicts.map((r: any) => r.min)).toEqual([31]);
  });
});

describe('a count with no victims named, across articles (trial 7, finding 17)', () => {
  it('conflicts with a named count of another article only when it plainly is about those victims', async () => {
    const named = await submit({ text: 'Militiamen killed 40 civilians in Mabanga on Tuesday, the army said.', language: 'en', publishedAt: '2024-03-07', url: 'https://example.org/x/mabanga-1' });
    // "A second bomb killed 11": maybe other victims; compared as a toll of anyone, not as the 40 civilians.
    const other = await submit({
      text: 'Militiamen killed at least 40 civilians in the village on Tuesday, a UN spokesman said. A second bomb killed 11 on Tuesday, police said.',
      language: 'en', publishedAt: '2024-03-07', url: 'https://example.org/x/mabanga-2',
    });
    // "The toll later rose to 43": the same victims, a real conflict with the 40.
    const toll = await submit({ text: 'Militiamen killed 40 civilians on Tuesday. The toll later rose to 43, officials said.', language: 'en', publishedAt: '2024-03-07', url: 'https://example.org/x/mabanga-3' });
    const by = (a: any, n: number) => a.claims.find((c: any) => c.casualty?.min === n);
    const [namedClaim, eleven, risen] = [by(named, 40), by(other, 11), by(toll, 43)];
    expect(eleven.casualty.group).toBe('');
    expect(eleven.checks.conflicts).toEqual([]);
    const after = (await call(ctx.stack.url, 'GET', `/claims/${namedClaim.claimId}`, { token: ctx.reviewer })).body;
    expect(after.checks.corroborations.map((r: any) => r.claimId).sort()).toEqual([by(other, 40).claimId, by(toll, 40).claimId].sort());
    expect(after.checks.conflicts).toEqual([{ articleId: toll.articleId, claimId: risen.claimId, min: 43, max: 43 }]);
  });
});

describe('counts one article fits together (trial 8, findings 27 and 28)', () => {
  it('are no conflicts within it, and a later article still conflicts with them', async () => {
    const text = 'قُتل 23 شخصاً في قصف على سوق يوم الاثنين. وكانت حصيلة أولية قد أشارت إلى مقتل 15 شخصاً، قبل أن ترتفع إلى 23 بعد وفاة عدد من الجرحى.';
    const first = await submit({ text, language: 'ar', publishedAt: '2024-03-20', url: 'https://example.org/x/souq-1' });
    expect(first.claims.filter((c: any) => c.type === 'casualty').map((c: any) => [c.casualty.min, c.checks.conflicts])).toEqual([[23, []], [23, []], [15, []]]);
    const later = await submit({ text: 'قُتل 20 شخصاً في قصف على سوق يوم الاثنين.', language: 'ar', publishedAt: '2024-03-20', url: 'https://example.org/x/souq-2' });
    const twenty = soldierClaim(later);
    expect(twenty.checks.conflictCount).toBe(3);
    // The earlier article's claims gain the new conflict, and only it: their own article's counts stay out.
    const fifteen = first.claims.find((c: any) => c.casualty?.min === 15);
    const after = (await call(ctx.stack.url, 'GET', `/claims/${fifteen.claimId}`, { token: ctx.reviewer })).body;
    expect(after.checks.conflicts).toEqual([{ articleId: later.articleId, claimId: twenty.claimId, min: 20, max: 20 }]);
  });
});

describe('verdicts and ClaimReview', () => {
  it('revises a verdict after CHECKED: the history grows and the summary follows', async () => {
    const a = await submit({ text: 'The army said 12 civilians were killed in the shelling on Monday.', language: 'en', publishedAt: '2024-06-12', url: 'https://example.org/x/revise', title: 'Shelling' });
    for (const c of a.claims) await call(ctx.stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'true', expectedVersion: 0 } });
    const checked = await articleStatus(ctx.stack.url, ctx.reviewer, a.articleId, ['CHECKED']);
    expect(checked.summary.ratings.true).toBe(a.claims.length);

    const target = soldierClaim(a);
    const revised = await call(ctx.stack.url, 'PUT', `/claims/${target.claimId}/verdict`, {
      token: ctx.reviewer, body: { rating: 'false', note: 'the hospital lists 9', evidence: ['https://example.org/hospital-list'], expectedVersion: 1 },
    });
    expect(revised.status).toBe(200);
    expect(revised.body.history.map((h: any) => [h.version, h.rating, h.reviewer])).toEqual([[1, 'true', 'omar@desk'], [2, 'false', 'omar@desk']]);
    const after = (await call(ctx.stack.url, 'GET', `/articles/${a.articleId}`, { token: ctx.reviewer })).body;
    expect(after.status).toBe('CHECKED');
    expect(after.summary.ratings).toMatchObject({ true: a.claims.length - 1, false: 1 });

    const editor = await ctx.stack.token('editor', 'hala@desk');
    expect((await call(ctx.stack.url, 'POST', `/claims/${target.claimId}/publication`, { token: editor, body: { expectedVersion: 2 } })).status).toBe(200);
    const reviews = (await call(ctx.stack.url, 'GET', `/articles/${a.articleId}/claimreview`)).body as any[];
    const review = reviews.find((r) => r.url.endsWith(target.claimId));
    expect(review).toMatchObject({
      '@context': 'https://schema.org', '@type': 'ClaimReview', inLanguage: 'en',
      // The claim itself (value, kind, group, day), not the sentence.
      claimReviewed: '12 civilians killed on 10 June 2024',
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim', datePublished: '2024-06-12', appearance: [{ url: 'https://example.org/x/revise', headline: 'Shelling' }] },
      author: { '@type': 'Organization' },
    });
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('labels ClaimReview in the language of an Arabic article', async () => {
    const a = await submit({ text: 'قتل 7 مدنيين في قصف على البلدة أمس.', language: 'ar', publishedAt: '2024-06-12', url: 'https://example.org/x/ar-review' });
    const c = soldierClaim(a);
    await call(ctx.stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'misleading', expectedVersion: 0 } });
    await articleStatus(ctx.stack.url, ctx.submitter, a.articleId, ['AWAITING_REVIEW', 'CHECKED']);
    const editor = await ctx.stack.token('editor', 'hala@desk');
    expect((await call(ctx.stack.url, 'POST', `/claims/${c.claimId}/publication`, { token: editor, body: { expectedVersion: 1 } })).status).toBe(200);
    const reviews = (await call(ctx.stack.url, 'GET', `/articles/${a.articleId}/claimreview`)).body as any[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ inLanguage: 'ar', reviewRating: { ratingValue: 3, alternateName: 'مضلل' } });
  });

  it('pages the queue with an opaque cursor, highest priority first, without repeats', async () => {
    const seen: string[] = [];
    const priorities: number[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call(ctx.stack.url, 'GET', `/review-queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: ctx.reviewer });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      for (const c of page.body.items) {
        seen.push(c.claimId);
        priorities.push(c.checks.priority);
        expect(c.status).toBe('PENDING_REVIEW');
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(2);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
  });
});
