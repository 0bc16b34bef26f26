/**
 * The desk's API on the real local stack: article lists (a submitter sees their own), claim search by
 * normalized words and structured values, and leases between two reviewers; bad input is a precise 4xx.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';

const ctx = useStack('hala@desk');
let nadia: string; // a submitter
let karim: string; // another submitter
let other: string; // a second reviewer
const ids: Record<string, any> = {};

const submit = async (token: string, body: Record<string, unknown>) => {
  const r = await call(ctx.stack.url, 'POST', '/articles', { token, body });
  expect(r.status).toBe(202);
  return articleStatus(ctx.stack.url, token, r.body.articleId, ['AWAITING_REVIEW', 'CHECKED']);
};
const get = (path: string, token = ctx.reviewer) => call(ctx.stack.url, 'GET', path, { token });
const expectProblem = (r: { status: number; type: string; body: any }, status: number, detail?: RegExp) => {
  expect(r.status).toBe(status);
  expect(r.type).toContain('application/problem+json');
  expect(r.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String), detail: expect.any(String) });
  if (detail) expect(r.body.detail).toMatch(detail);
};

beforeAll(async () => {
  nadia = await ctx.stack.token('submitter', 'nadia@desk');
  karim = await ctx.stack.token('submitter', 'karim@desk');
  other = await ctx.stack.token('reviewer', 'tarek@desk');
  ids.ar = await submit(nadia, {
    text: 'قالت وزارة الصحة إن 18 مدنياً قتلوا في قصف على مدينة حلب يوم الأحد.', language: 'ar', publishedAt: '2024-05-06',
    url: 'https://example.org/desk/aleppo', title: 'قصف على حلب', source: 'Wire',
  });
  ids.en = await submit(nadia, {
    text: 'At least 40 soldiers were wounded in clashes near Kherson on Saturday, the governor said.', language: 'en', publishedAt: '2024-05-05',
    url: 'https://example.org/desk/kherson', title: 'Clashes near Kherson', source: 'Daily Courier',
  });
  ids.karim = await submit(karim, {
    text: 'Police arrested 12 protesters in the capital on Friday, a spokesman said.', language: 'en', publishedAt: '2024-04-01',
    url: 'https://example.org/desk/arrests', title: 'Arrests in the capital', source: 'Daily Courier',
  });
});

describe('GET /articles', () => {
  it('lists every article newest first for a reviewer, and only their own for a submitter', async () => {
    const all = await get('/articles');
    expect(all.status).toBe(200);
    expect(all.body.items.map((a: any) => a.articleId)).toEqual([ids.ar.articleId, ids.en.articleId, ids.karim.articleId]);
    expect(all.body.items[0]).toMatchObject({ title: 'قصف على حلب', publishedAt: '2024-05-06', url: 'https://example.org/desk/aleppo', language: 'ar' });
    expect(all.body.items[0].claimCount).toBeGreaterThan(0);
    expect(all.body.items[0]).not.toHaveProperty('text');

    const own = await get('/articles', karim);
    expect(own.body.items.map((a: any) => a.articleId)).toEqual([ids.karim.articleId]);
    const hers = await get('/articles', nadia);
    expect(hers.body.items.map((a: any) => a.articleId)).toEqual([ids.ar.articleId, ids.en.articleId]);
  });

  it('filters by status, language, publication days and words of the title or source', async () => {
    const byLang = await get('/articles?language=ar');
    expect(byLang.body.items.map((a: any) => a.articleId)).toEqual([ids.ar.articleId]);
    const byDays = await get('/articles?from=2024-05-01&to=2024-05-05');
    expect(byDays.body.items.map((a: any) => a.articleId)).toEqual([ids.en.articleId]);
    const byWord = await get(`/articles?q=${encodeURIComponent('courier')}`);
    expect(byWord.body.items.map((a: any) => a.articleId)).toEqual([ids.en.articleId, ids.karim.articleId]);
    const arabicWord = await get(`/articles?q=${encodeURIComponent('بحلب')}`); // a clitic form of the title's word
    expect(arabicWord.body.items.map((a: any) => a.articleId)).toEqual([ids.ar.articleId]);
    const failed = await get('/articles?status=FAILED');
    expect(failed.body.items).toEqual([]);
  });

  it('pages with an opaque cursor, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`/articles?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((a: any) => a.articleId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.ar.articleId, ids.en.articleId, ids.karim.articleId]);
  });

  it('refuses bad input with problem+json', async () => {
    expectProblem(await get('/articles?status=DONE'), 400, /status/);
    expectProblem(await get('/articles?from=2024-13-01'), 400, /from/);
    expectProblem(await get('/articles?from=2024-05-06&to=2024-05-01'), 400, /after/);
    expectProblem(await get('/articles?cursor=bm90LWEtY3Vyc29y'), 400, /cursor/);
    expectProblem(await get('/articles?sort=asc'), 400, /sort/);
    expectProblem(await get('/articles?q=%20'), 400, /q/);
    expectProblem(await call(ctx.stack.url, 'GET', '/articles'), 401);
  });
});

describe('GET /claims', () => {
  const search = async (query: string, token = ctx.reviewer) => {
    const r = await get(`/claims?${query}`, token);
    expect(r.status).toBe(200);
    return r.body.items as any[];
  };

  it('finds claims by words of their sentence, normalized: clitics, digits, plurals, case', async () => {
    // "المدنيين" (with the article) and "ومدنيا"? The sentence says "مدنياً"; the query's clitic form finds it.
    const civilians = await search(`q=${encodeURIComponent('والمدنيا')}`);
    expect(civilians.map((c) => c.articleId)).toContain(ids.ar.articleId);
    // Each result says why: its sentence, the words of the query marked at offsets of the article's text.
    const marked = (c: any) => c.excerpt.marks.map((m: any) => c.excerpt.text.slice(m.start - c.excerpt.start, m.end - c.excerpt.start));
    const civilian = civilians.find((c) => c.articleId === ids.ar.articleId)!;
    expect(civilian.excerpt).toMatchObject({ start: civilian.sentence.start, end: civilian.sentence.end, text: ids.ar.text.slice(civilian.sentence.start, civilian.sentence.end) });
    expect(civilian.excerpt.text).toContain('18 مدنياً قتلوا');
    expect(marked(civilian)).toEqual(['مدنياً']);
    const aleppo = await search(`q=${encodeURIComponent('بحلب')}`);
    expect(new Set(aleppo.map((c) => c.articleId))).toEqual(new Set([ids.ar.articleId]));
    expect(aleppo[0].article).toMatchObject({ title: 'قصف على حلب', url: 'https://example.org/desk/aleppo', publishedAt: '2024-05-06' });
    const arabicDigits = await search(`q=${encodeURIComponent('١٨')}`); // Arabic-Indic 18
    expect(arabicDigits.some((c) => c.casualty?.min === 18)).toBe(true);
    const soldier = await search('q=Soldier%20KHERSON');
    expect(soldier.length).toBeGreaterThan(0);
    expect(soldier.every((c) => c.articleId === ids.en.articleId)).toBe(true);
    expect(soldier.map(marked)).toEqual(soldier.map(() => ['soldiers', 'Kherson']));
    expect(await search('q=soldier%20aleppo')).toEqual([]);
  });

  it('filters by structured values: type, kind, count range, days, language', async () => {
    const injured = await search('kind=injured');
    expect(injured).toHaveLength(1);
    expect(injured[0].casualty).toMatchObject({ kind: 'injured', min: 40, qualifier: 'at_least' });
    expect(injured.map((c) => c.claimId)).toEqual(ids.en.claims.filter((c: any) => c.casualty?.kind === 'injured').map((c: any) => c.claimId));
    const arrested = await search('type=casualty&min=10&max=15');
    expect(arrested.map((c) => [c.casualty.kind, c.casualty.min])).toEqual([['arrested', 12]]);
    const dates = await search('type=date&from=2024-05-04&to=2024-05-04');
    expect(dates.map((c) => c.date.values[0].from)).toEqual(['2024-05-04']); // "Saturday" before 5 May
    const arabic = await search('language=ar');
    expect(arabic.length).toBe(ids.ar.claims.length);
    expect(arabic.every((c) => c.articleId === ids.ar.articleId)).toBe(true);
  });

  it('finds decided claims too, and filters by status', async () => {
    const target = ids.karim.claims.find((c: any) => c.type === 'casualty');
    const v = await call(ctx.stack.url, 'PUT', `/claims/${target.claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'true', expectedVersion: 0 } });
    expect(v.status).toBe(200);
    const decided = await search('status=DECIDED');
    expect(decided.map((c) => c.claimId)).toEqual([target.claimId]);
    expect(decided[0].verdict.rating).toBe('true');
    const open = await search('status=PENDING_REVIEW&q=protesters');
    expect(open.map((c) => c.claimId)).not.toContain(target.claimId);
  });

  it('pages newest first with an opaque cursor, without repeats, and covers every claim', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`/claims?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c: any) => c.claimId));
      cursor = page.body.nextCursor;
    } while (cursor);
    const expected = [ids.ar, ids.en, ids.karim].flatMap((a) => a.claims.map((c: any) => c.claimId));
    expect(seen).toEqual(expected);
  });

  it('is for reviewers, and refuses bad input with problem+json', async () => {
    expectProblem(await get('/claims?q=killed', nadia), 403, /reviewer or editor/);
    const editor = await ctx.stack.token('editor', 'rana@desk');
    expect((await get('/claims?q=soldier', editor)).body.items.length).toBeGreaterThan(0);
    expectProblem(await get('/claims?kind=wounded'), 400, /kind/);
    expectProblem(await get('/claims?q=the%20of'), 400, /no word/);
    expectProblem(await get('/claims?min=20&max=10'), 400, /min/);
    expectProblem(await get('/claims?limit=500'), 400, /limit/);
    expectProblem(await get(`/claims?cursor=${Buffer.from('{"sk":"x"}').toString('base64url')}`), 400, /cursor/);
    expectProblem(await get('/claims?q=%E2%80%AEevil'), 400, /bidirectional/);
  });
});

describe('claim leases', () => {
  it('tells a second reviewer who holds a claim, shows it in the queue, and never blocks a verdict', async () => {
    const claim = ids.ar.claims[0];
    const path = `/claims/${claim.claimId}/lease`;
    const taken = await call(ctx.stack.url, 'POST', path, { token: ctx.reviewer, body: { ttlSeconds: 600 } });
    expect(taken.status).toBe(200);
    expect(taken.body.leasedBy).toBe('hala@desk');
    const ms = Date.parse(taken.body.until) - Date.now();
    expect(ms).toBeGreaterThan(590_000);
    expect(ms).toBeLessThan(610_000);

    const refused = await call(ctx.stack.url, 'POST', path, { token: other });
    expectProblem(refused, 409, /hala@desk/);
    expect(refused.body).toMatchObject({ leasedBy: 'hala@desk', until: taken.body.until });

    const queue = await get('/review-queue?limit=100', other);
    expect(queue.body.items.find((c: any) => c.claimId === claim.claimId).lease).toEqual({ leasedBy: 'hala@desk', until: taken.body.until });
    expect((await get(`/claims/${claim.claimId}`, other)).body.lease.leasedBy).toBe('hala@desk');

    // Another reviewer may still decide it: the lease is a courtesy, expectedVersion the guard.
    const verdict = await call(ctx.stack.url, 'PUT', `/claims/${claim.claimId}/verdict`, { token: other, body: { rating: 'misleading', expectedVersion: 0 } });
    expect(verdict.status).toBe(200);

    // Only the holder releases it; then the other reviewer can take it; the default is 15 minutes.
    expectProblem(await call(ctx.stack.url, 'DELETE', path, { token: other }), 409, /hala@desk/);
    expect((await call(ctx.stack.url, 'DELETE', path, { token: ctx.reviewer })).status).toBe(200);
    expect((await call(ctx.stack.url, 'DELETE', path, { token: ctx.reviewer })).status).toBe(200); // nothing held: a no-op
    const second = await call(ctx.stack.url, 'POST', path, { token: other });
    expect(second.status).toBe(200);
    expect(Math.round((Date.parse(second.body.until) - Date.now()) / 60_000)).toBe(15);
    expect((await get(`/claims/${claim.claimId}`)).body.lease.leasedBy).toBe('tarek@desk');
  });

  it("a verdict ends the lease of the reviewer who records it; another reviewer's lease stays theirs", async () => {
    const [mine, theirs] = ids.en.claims.map((c: any) => c.claimId);
    const lease = (id: string, token: string, method = 'POST') => call(ctx.stack.url, method, `/claims/${id}/lease`, { token });
    const decide = (id: string, token: string, expectedVersion: number) =>
      call(ctx.stack.url, 'PUT', `/claims/${id}/verdict`, { token, body: { rating: 'mostly-true', expectedVersion } });

    // Hala takes a claim and decides it: the lease ends with her verdict, in the answer, the claim and the search.
    expect((await lease(mine, ctx.reviewer)).status).toBe(200);
    const decided = await decide(mine, ctx.reviewer, 0);
    expect(decided.status).toBe(200);
    expect(decided.body).not.toHaveProperty('lease');
    expect((await get(`/claims/${mine}`, other)).body).not.toHaveProperty('lease');
    const found = (await get('/claims?status=DECIDED&q=Kherson')).body.items.find((c: any) => c.claimId === mine);
    expect(found).toBeDefined();
    expect(found).not.toHaveProperty('lease');
    const taken = await lease(mine, other); // free for anyone at once, not after its ttl
    expect(taken.status).toBe(200);
    expect(taken.body.leasedBy).toBe('tarek@desk');
    expect((await lease(mine, other, 'DELETE')).status).toBe(200);

    // Tarek holds another; Hala decides it: his lease stays his (he may be writing a revision) ...
    expect((await lease(theirs, other)).status).toBe(200);
    expect((await decide(theirs, ctx.reviewer, 0)).status).toBe(200);
    expect((await get(`/claims/${theirs}`)).body.lease.leasedBy).toBe('tarek@desk');
    expectProblem(await lease(theirs, ctx.reviewer), 409, /tarek@desk/);
    // ... until his own verdict (the revision) ends it.
    const revised = await decide(theirs, other, 1);
    expect(revised.status).toBe(200);
    expect(revised.body.version).toBe(2);
    expect(revised.body).not.toHaveProperty('lease');
    expect((await get(`/claims/${theirs}`)).body).not.toHaveProperty('lease');
  });

  it('refuses bad input with problem+json', async () => {
    const path = `/claims/${ids.en.claims[0].claimId}/lease`;
    expectProblem(await call(ctx.stack.url, 'POST', path, { token: ctx.reviewer, body: { ttlSeconds: 5 } }), 400, /ttlSeconds/);
    expectProblem(await call(ctx.stack.url, 'POST', path, { token: ctx.reviewer, body: { ttl: 60 } }), 400);
    expectProblem(await call(ctx.stack.url, 'POST', path, { token: ctx.reviewer, raw: '{"ttlSeconds":', headers: { 'content-type': 'application/json' } }), 400, /JSON/);
    expectProblem(await call(ctx.stack.url, 'POST', path, { token: ctx.reviewer, raw: 'ttl=60', headers: { 'content-type': 'text/plain' } }), 415);
    expectProblem(await call(ctx.stack.url, 'POST', path, { token: nadia }), 403);
    expectProblem(await call(ctx.stack.url, 'POST', `/claims/${ids.en.articleId}.casualty-999-1000/lease`, { token: ctx.reviewer }), 404);
    expectProblem(await call(ctx.stack.url, 'DELETE', '/claims/not-a-claim/lease', { token: ctx.reviewer }), 400, /claim id/);
  });
});
