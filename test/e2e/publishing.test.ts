/**
 * Publishing on the real local stack (DESIGN.md section 9): editors publish and withdraw, readers get the
 * page, the feed and the sitemap without a token, and an internal note never reaches any of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';

const ctx = useStack('reviewer-4821@desk');
const NOTE = `internal-note-${Math.random().toString(36).slice(2)}-do-not-publish`;
let editor: string;
/** Every public response seen in this file, searched for the internal note at the end. */
const publicBodies: string[] = [];

const publicGet = async (path: string) => {
  const res = await fetch(ctx.stack.url + path);
  const body = await res.text();
  publicBodies.push(body);
  return { status: res.status, type: res.headers.get('content-type') ?? '', cache: res.headers.get('cache-control') ?? '', body };
};
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);

async function decided(body: Record<string, unknown>, verdict: Record<string, unknown>) {
  const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body });
  const a = await articleStatus(ctx.stack.url, ctx.submitter, r.body.articleId, ['AWAITING_REVIEW']);
  const claim = a.claims.find((c: any) => c.type === 'casualty');
  const v = await call(ctx.stack.url, 'PUT', `/claims/${claim.claimId}/verdict`, { token: ctx.reviewer, body: { expectedVersion: 0, ...verdict } });
  expect(v.status).toBe(200);
  return { article: a, claim: v.body };
}
const publish = (claimId: string, expectedVersion: number, token = editor) =>
  call(ctx.stack.url, 'POST', `/claims/${claimId}/publication`, { token, body: { expectedVersion } });

beforeAll(async () => {
  editor = await ctx.stack.token('editor', 'editor-5530@desk');
});

describe('publishing a verdict', () => {
  let en: Awaited<ReturnType<typeof decided>>;
  let ar: Awaited<ReturnType<typeof decided>>;

  beforeAll(async () => {
    en = await decided(
      { text: 'At least 14 civilians were killed in the shelling of the market on Sunday, the civil defence said.', language: 'en', publishedAt: '2024-04-08', url: 'https://news.example/en/market', title: 'Market shelled', source: 'News Example' },
      { rating: 'false', note: NOTE, publicExplanation: 'The hospital register lists 9 dead, named.', evidence: ['https://records.example/hospital'] },
    );
    ar = await decided(
      { text: 'قتل 33 جندياً تركياً في غارة جوية مساء الخميس، بحسب وزارة الدفاع.', language: 'ar', publishedAt: '2020-02-28', url: 'https://news.example/ar/idlib', title: 'غارة على إدلب' },
      { rating: 'unverifiable', note: NOTE, publicExplanation: 'لم تنشر الوزارة أسماء القتلى.' },
    );
  });

  it('is for editors: no token 401, a reviewer or a submitter 403, and nothing is published', async () => {
    expect((await call(ctx.stack.url, 'POST', `/claims/${en.claim.claimId}/publication`, { body: { expectedVersion: 1 } })).status).toBe(401);
    const byReviewer = await publish(en.claim.claimId, 1, ctx.reviewer);
    expect(byReviewer.status).toBe(403);
    expect(byReviewer.type).toContain('application/problem+json');
    expect((await publish(en.claim.claimId, 1, ctx.submitter)).status).toBe(403);
    expect((await call(ctx.stack.url, 'DELETE', `/claims/${en.claim.claimId}/publication`, { token: ctx.reviewer })).status).toBe(403);
    expect((await publicGet(`/fact-checks/${en.claim.claimId}`)).status).toBe(404);
  });

  it('refuses a claim without a verdict (422), a stale version (409) and a malformed body (400)', async () => {
    const open = en.article.claims.find((c: any) => c.claimId !== en.claim.claimId && c.status === 'PENDING_REVIEW');
    expect(open).toBeDefined();
    const none = await publish(open.claimId, 0);
    expect(none).toMatchObject({ status: 422, body: { status: 422 } });
    expect(await publish(en.claim.claimId, 0)).toMatchObject({ status: 409, body: { currentVersion: 1 } });
    expect((await call(ctx.stack.url, 'POST', `/claims/${en.claim.claimId}/publication`, { token: editor, body: { expectedVersion: '1' } })).status).toBe(400);
    expect((await call(ctx.stack.url, 'POST', `/claims/${en.claim.claimId}/publication`, { token: editor, body: { expectedVersion: 1, extra: true } })).status).toBe(400);
  });

  it('lists decided, unpublished claims for editors, and only for editors', async () => {
    expect((await call(ctx.stack.url, 'GET', '/publication-queue', { token: ctx.reviewer })).status).toBe(403);
    const q = await call(ctx.stack.url, 'GET', '/publication-queue?limit=100', { token: editor });
    expect(q.status).toBe(200);
    const ids = q.body.items.map((c: any) => c.claimId);
    expect(ids).toEqual(expect.arrayContaining([en.claim.claimId, ar.claim.claimId]));
    expect(q.body.items.every((c: any) => c.status === 'DECIDED')).toBe(true);
  });

  it('publishes as an editor: 200, kept in the history, off the editors list, once however many race', async () => {
    const replies = await Promise.all(Array.from({ length: 8 }, () => publish(en.claim.claimId, 1)));
    expect(replies.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(replies.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const claim = (await call(ctx.stack.url, 'GET', `/claims/${en.claim.claimId}`, { token: ctx.reviewer })).body;
    expect(claim.publication).toMatchObject({ state: 'published', version: 1, editor: 'editor-5530@desk' });
    expect(claim.history.filter((h: any) => h.event === 'published')).toEqual([expect.objectContaining({ event: 'published', version: 1, editor: 'editor-5530@desk' })]);
    expect((await publish(ar.claim.claimId, 1)).status).toBe(200);
    const q = await call(ctx.stack.url, 'GET', '/publication-queue?limit=100', { token: editor });
    expect(q.body.items.map((c: any) => c.claimId)).not.toContain(en.claim.claimId);
  });

  it('serves the page without a token: HTML in the article\'s direction with ClaimReview JSON-LD, every required field', async () => {
    const page = await publicGet(`/fact-checks/${en.claim.claimId}`);
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.cache).toMatch(/public, max-age=\d+/);
    expect(page.body).toMatch(/<html lang="en" dir="ltr">/);
    for (const s of ['At least 14 civilians killed', 'False', 'The hospital register lists 9 dead, named.', 'href="https://records.example/hospital"', 'href="https://news.example/en/market"']) expect(page.body).toContain(s);
    const ld = jsonLdOf(page.body);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org', '@type': 'ClaimReview',
      url: `${ctx.stack.url}/fact-checks/${en.claim.claimId}`,
      claimReviewed: 'At least 14 civilians killed on 7 April 2024',
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      author: { '@type': 'Organization', name: expect.any(String), url: expect.any(String) },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 2, bestRating: 5, worstRating: 1, ratingExplanation: 'The hospital register lists 9 dead, named.' },
      itemReviewed: {
        '@type': 'Claim', author: { name: 'the civil defence' }, datePublished: '2024-04-08',
        appearance: [expect.objectContaining({ '@type': 'CreativeWork', url: 'https://news.example/en/market' })],
      },
    });

    const arPage = await publicGet(`/fact-checks/${ar.claim.claimId}`);
    expect(arPage.body).toMatch(/<html lang="ar" dir="rtl">/);
    const arLd = jsonLdOf(arPage.body);
    expect(arLd.claimReviewed).toMatch(/^مقتل 33 جندياً تركياً/);
    // Unverifiable is the bottom of the default scale (DESIGN.md section 6: 5..1).
    expect(arLd.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'لا يمكن التحقق منه', ratingValue: 1, bestRating: 5, worstRating: 1, ratingExplanation: 'لم تنشر الوزارة أسماء القتلى.' });
  });

  it('lists published reviews in the feed, newest first, page by page, and in the sitemap', async () => {
    const first = await publicGet('/fact-checks?limit=1');
    expect(first.status).toBe(200);
    const page1 = JSON.parse(first.body);
    expect(page1.items.map((r: any) => r.url)).toEqual([`${ctx.stack.url}/fact-checks/${ar.claim.claimId}`]);
    const page2 = JSON.parse((await publicGet(`/fact-checks?limit=1&cursor=${page1.nextCursor}`)).body);
    expect(page2.items.map((r: any) => r.url)).toEqual([`${ctx.stack.url}/fact-checks/${en.claim.claimId}`]);
    expect((await publicGet('/fact-checks?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
    const sitemap = await publicGet('/fact-checks/sitemap.xml');
    expect(sitemap.type).toContain('xml');
    for (const c of [en.claim, ar.claim]) expect(sitemap.body).toContain(`<loc>${ctx.stack.url}/fact-checks/${c.claimId}</loc>`);
    const reviews = await publicGet(`/articles/${en.article.articleId}/claimreview`);
    expect(JSON.parse(reviews.body)).toHaveLength(1);
  });

  it('keeps the published version public when a reviewer revises, and lists the claim again for the editors', async () => {
    const revised = await call(ctx.stack.url, 'PUT', `/claims/${en.claim.claimId}/verdict`, { token: ctx.reviewer, body: { rating: 'misleading', note: NOTE, publicExplanation: 'revised wording', expectedVersion: 1 } });
    expect(revised.status).toBe(200);
    // The submitter sees the published rating and explanation only: not the revision, the note, or who decided.
    for (const path of [`/claims/${en.claim.claimId}`, `/articles/${en.article.articleId}`]) {
      const seen = (await call(ctx.stack.url, 'GET', path, { token: ctx.submitter })).body;
      const claim = seen.claims ? seen.claims.find((c: any) => c.claimId === en.claim.claimId) : seen;
      expect(claim.verdict).toEqual({ rating: 'false', publicExplanation: 'The hospital register lists 9 dead, named.', evidence: ['https://records.example/hospital'], at: expect.any(String) });
      expect(JSON.stringify(seen)).not.toMatch(new RegExp(`${NOTE}|reviewer-4821|editor-5530|revised wording`));
    }
    const unpublished = (await call(ctx.stack.url, 'GET', `/articles/${en.article.articleId}`, { token: ctx.submitter })).body.claims
      .filter((c: any) => c.claimId !== en.claim.claimId);
    expect(unpublished.every((c: any) => c.verdict === null)).toBe(true);
    const page = await publicGet(`/fact-checks/${en.claim.claimId}`);
    expect(jsonLdOf(page.body).reviewRating.alternateName).toBe('False');
    const q = await call(ctx.stack.url, 'GET', '/publication-queue?limit=100', { token: editor });
    expect(q.body.items.map((c: any) => c.claimId)).toContain(en.claim.claimId);
    const preview = await call(ctx.stack.url, 'GET', `/claims/${en.claim.claimId}/publication/preview`, { token: editor });
    expect(preview.status).toBe(200);
    expect(preview.body).toContain('revised wording');
    expect(preview.body).toContain('noindex');
    expect(preview.body).not.toContain(NOTE);
    expect((await call(ctx.stack.url, 'GET', `/claims/${en.claim.claimId}/publication/preview`, { token: ctx.reviewer })).status).toBe(403);
    expect((await publish(en.claim.claimId, 2)).status).toBe(200);
    expect(jsonLdOf((await publicGet(`/fact-checks/${en.claim.claimId}`)).body).reviewRating.alternateName).toBe('Misleading');
  });

  it('withdraws: the page answers 410, the feed, the sitemap and ClaimReview drop it, the history keeps it', async () => {
    const w = await call(ctx.stack.url, 'DELETE', `/claims/${en.claim.claimId}/publication`, { token: editor });
    expect(w.status).toBe(200);
    expect(w.body.publication).toMatchObject({ state: 'withdrawn', version: 2 });
    expect(w.body.history.map((h: any) => h.event ?? `v${h.version}`)).toEqual(['v1', 'published', 'v2', 'published', 'withdrawn']);
    const gone = await publicGet(`/fact-checks/${en.claim.claimId}`);
    expect(gone.status).toBe(410);
    expect(gone.body).not.toContain('application/ld+json');
    const feed = JSON.parse((await publicGet('/fact-checks?limit=100')).body);
    expect(feed.items.map((r: any) => r.url)).not.toContain(`${ctx.stack.url}/fact-checks/${en.claim.claimId}`);
    expect(feed.items.map((r: any) => r.url)).toContain(`${ctx.stack.url}/fact-checks/${ar.claim.claimId}`);
    expect((await publicGet('/fact-checks/sitemap.xml')).body).not.toContain(en.claim.claimId);
    expect(JSON.parse((await publicGet(`/articles/${en.article.articleId}/claimreview`)).body)).toEqual([]);
    // Withdrawn already: the claim exists, so not 404 but a conflict with its state, said precisely.
    const again = await call(ctx.stack.url, 'DELETE', `/claims/${en.claim.claimId}/publication`, { token: editor });
    expect(again.status).toBe(409);
    expect(again.type).toContain('application/problem+json');
    expect(again.body).toMatchObject({ status: 409, title: 'Conflict', publication: { state: 'withdrawn', version: 2, editor: 'editor-5530@desk' } });
    expect(again.body.detail).toMatch(new RegExp(`^claim ${en.claim.claimId.replace('.', '\\.')} is not published: its fact-check \\(version 2\\) was already withdrawn at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ by editor-5530@desk`));
    expect(JSON.parse((await publicGet('/fact-checks?limit=100')).body).items.map((r: any) => r.url)).not.toContain(`${ctx.stack.url}/fact-checks/${en.claim.claimId}`);
  });

  it('withdrawing a claim never published is 409 with why; an unknown claim stays 404', async () => {
    // Arrange: a decided claim no editor has published
    const fresh = await decided(
      { text: 'Eleven fishermen were reported missing after the storm on Tuesday, the coast guard said.', language: 'en', publishedAt: '2024-05-02', url: 'https://news.example/en/storm', title: 'Storm' },
      { rating: 'true', note: NOTE },
    );
    // Act
    const r = await call(ctx.stack.url, 'DELETE', `/claims/${fresh.claim.claimId}/publication`, { token: editor });
    const unknown = await call(ctx.stack.url, 'DELETE', `/claims/${fresh.article.articleId}.casualty-90-99/publication`, { token: editor });
    // Assert
    expect(r.status).toBe(409);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ status: 409, title: 'Conflict', detail: `claim ${fresh.claim.claimId} is not published: it has never been published, so there is nothing to withdraw`, publication: null });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/does not exist/);
    const after = await call(ctx.stack.url, 'GET', `/claims/${fresh.claim.claimId}`, { token: editor });
    expect(after.body.publication).toBeNull();
    expect(after.body.history.filter((h: any) => h.event)).toEqual([]);
  });

  it('states each claim with the date of its own sentence only: the sentence before may date other victims', async () => {
    // Arrange: two sentences, the first dated, the second about other victims with no date of its own
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: {
      text: 'Nine people were killed when a bus overturned on Monday. Four soldiers were wounded in a separate attack near the border.',
      language: 'en', publishedAt: '2024-06-12', url: 'https://news.example/en/two-incidents', title: 'Two incidents',
    } });
    const a = await articleStatus(ctx.stack.url, ctx.submitter, r.body.articleId, ['AWAITING_REVIEW']);
    const bus = a.claims.find((c: any) => c.type === 'casualty' && c.text.includes('Nine'));
    const soldiers = a.claims.find((c: any) => c.type === 'casualty' && c.text.includes('Four'));
    // Act
    const stated: string[] = [];
    for (const c of [bus, soldiers]) {
      expect((await call(ctx.stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: ctx.reviewer, body: { expectedVersion: 0, rating: 'true' } })).status).toBe(200);
      expect((await publish(c.claimId, 1)).status).toBe(200);
      stated.push(jsonLdOf((await publicGet(`/fact-checks/${c.claimId}`)).body).claimReviewed);
    }
    // Assert
    expect(stated[0]).toMatch(/killed on 10 June 2024$/);
    expect(stated[1]).toMatch(/soldiers injured$/);
  });

  it('never puts the internal note in any public response', async () => {
    expect(publicBodies.length).toBeGreaterThan(10);
    for (const body of publicBodies) expect(body).not.toContain(NOTE);
    for (const body of publicBodies) expect(body).not.toContain('reviewer-4821');
  });
});

describe('bad requests to the publishing routes', () => {
  it('answer with a precise 4xx application/problem+json, never a 5xx', async () => {
    const claimId = 'art-00000000000000000000.casualty-1-2';
    const bad: [string, string, Record<string, unknown>?, string?][] = [
      ['POST', `/claims/${claimId}/publication`, { expectedVersion: 0 }],
      ['POST', '/claims/x/publication', { expectedVersion: 0 }],
      ['POST', `/claims/${claimId}/publication`, { expectedVersion: -1 }],
      ['POST', `/claims/${claimId}/publication`, undefined, 'not json'],
      ['DELETE', `/claims/${claimId}/publication`],
      ['DELETE', '/claims/%E2%80%AE/publication'],
      ['GET', `/claims/${claimId}/publication/preview`],
      ['GET', '/publication-queue?limit=0'],
      ['GET', '/publication-queue?cursor=%%%'],
      ['GET', '/publication-queue?foo=bar'],
      ['GET', `/publication-queue?cursor=${Buffer.from('{"PK":"a","SK":"b","GSI2PK":"QUEUE#en","GSI2SK":"c"}').toString('base64url')}`],
      ['GET', '/fact-checks/..%2F..%2Fetc'],
      ['GET', `/fact-checks/${claimId}`],
      ['GET', '/fact-checks?limit=1000'],
      ['GET', `/fact-checks?cursor=${Buffer.from('{"PK":"a","SK":"b","GSI1PK":"QUEUE","GSI1SK":"c"}').toString('base64url')}`],
    ];
    for (const [method, path, body, raw] of bad) {
      const r = await call(ctx.stack.url, method, path, { token: editor, body, raw, headers: raw ? { 'content-type': 'application/json' } : {} });
      expect(r.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(r.status, `${method} ${path}`).toBeLessThan(500);
      expect(r.type, `${method} ${path}`).toContain('application/problem+json');
      expect(r.body, `${method} ${path}`).toMatchObject({ status: r.status, title: expect.any(String), detail: expect.any(String) });
    }
  });
});
