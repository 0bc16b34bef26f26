/**
 * Feeds on the real local stack: an editor subscribes to the fixture site's RSS and Atom feeds; each
 * story comes in once (the poll timer runs every second, the stack restarts), with its text, title,
 * language, date and claims; conditional GETs answer 304; hostile feeds end with a reason on the feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdFor } from '../../lambdas/adapters/ids.ts';
import { FEED_SUBMITTER } from '../../lambdas/app/feeds.ts';
import { articleStatus, call, startStack, waitFor, type RunningStack } from '../support/local-stack.ts';
import { expectRemoved } from '../support/removal.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';

let site: FixtureSite;
let stack: RunningStack;
let editor: string;
let reviewer: string;
const env = () => ({ FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`, FACTCHECK_FEED_POLL_SECONDS: '1', FACTCHECK_FEED_ITEMS_PER_POLL: '5' });

beforeAll(async () => {
  site = await startFixtureSite();
  stack = await startStack({ env: env() });
  editor = await stack.token('editor', 'editor@desk');
  reviewer = await stack.token('reviewer');
});
afterAll(async () => {
  await stack?.stop();
  await site?.close();
});

const feeds = async () => (await call(stack.url, 'GET', '/feeds', { token: editor })).body.items as any[];
const feedOf = async (url: string) => (await feeds()).find((f) => f.url === url);
/** Fetches of the two story pages as pages (the html-as-feed subscription below adds a query). */
const storyHits = () => site.hits.filter((h) => /^\/(en|ar)\/2024\/[^?]*$/.test(h)).length;
const EN = () => `${site.base}/en/2024/03/12/flash-floods`;
const AR = () => `${site.base}/ar/2024/02/29/idlib-shelling`;

describe('feeds', () => {
  it('lets only editors subscribe or list', async () => {
    for (const role of ['submitter', 'reviewer'] as const) {
      const token = await stack.token(role);
      expect((await call(stack.url, 'POST', '/feeds', { token, body: { url: `${site.base}/rss.xml` } })).status).toBe(403);
      expect((await call(stack.url, 'GET', '/feeds', { token })).status).toBe(403);
    }
    expect((await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: 'ftp://x.example/feed' } })).status).toBe(400);
  });

  it('polls a new RSS feed at once and submits its story once (a repeated GUID is one item)', async () => {
    // Act
    const r = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/rss.xml` } });
    // Assert
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ feedId: expect.stringMatching(/^feed-/), title: 'The Harbour Times - World', lastPollStatus: 'ok', itemsTaken: 1, itemsListed: 2, createdBy: 'editor@desk' });
    const again = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/rss.xml` } });
    expect(again.status).toBe(200);
    expect(again.body.feedId).toBe(r.body.feedId);
    // Location: where the feed is read, as POST /articles points to the article.
    expect([r.location, again.location]).toEqual([`${stack.url}/feeds/${r.body.feedId}`, `${stack.url}/feeds/${r.body.feedId}`]);
    const read = await call(stack.url, 'GET', `/feeds/${r.body.feedId}`, { token: editor });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ feedId: r.body.feedId, url: `${site.base}/rss.xml`, title: 'The Harbour Times - World', createdBy: 'editor@desk', createdAt: r.body.createdAt });
    expect((await call(stack.url, 'GET', '/feeds/feed-00000000000000000000', { token: editor })).status).toBe(404);
    expect((await call(stack.url, 'GET', '/feeds/nope', { token: editor })).status).toBe(400);
    expect((await call(stack.url, 'GET', `/feeds/${r.body.feedId}`, { token: reviewer })).status).toBe(403);
    const article = await articleStatus(stack.url, reviewer, articleIdFor({ url: EN(), submitter: FEED_SUBMITTER }), ['AWAITING_REVIEW', 'FAILED']);
    expect(article).toMatchObject({ status: 'AWAITING_REVIEW', title: 'Flash floods kill 23 in northern province', language: 'en', publishedAt: '2024-03-12', url: EN() });
    expect(article.text.startsWith('At least 23 people were killed and 60 injured')).toBe(true);
    // Claims by their values (the extractor's spans may change): the counts, and Monday night before the 12th.
    const counts = article.claims.filter((c: any) => c.type === 'casualty').map((c: any) => [c.casualty.kind, c.casualty.min]);
    expect(counts).toEqual(expect.arrayContaining([['killed', 23], ['injured', 60], ['missing', 11], ['displaced', 2000]]));
    expect(counts).not.toContainEqual(['killed', 100]); // a commenter's number
    const days = article.claims.filter((c: any) => c.type === 'date').flatMap((c: any) => c.date.values.map((v: any) => v.from));
    expect(days).toEqual(expect.arrayContaining(['2024-03-11', '2024-03-15']));
  });

  it('takes the Arabic Atom feed; an item whose page is gone ends FAILED with the reason, the others go on', async () => {
    const r = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/atom.xml` } });
    expect(r.body).toMatchObject({ title: 'صحيفة الوادي - أخبار', itemsTaken: 2, lastPollStatus: 'ok' });
    const story = await articleStatus(stack.url, reviewer, articleIdFor({ url: AR(), submitter: FEED_SUBMITTER }), ['AWAITING_REVIEW', 'FAILED']);
    expect(story).toMatchObject({ status: 'AWAITING_REVIEW', title: 'مقتل 17 مدنياً في قصف على ريف إدلب', language: 'ar', publishedAt: '2024-02-29' });
    expect(story.claims.filter((c: any) => c.type === 'casualty').map((c: any) => c.casualty.min)).toEqual(expect.arrayContaining([17, 40, 120]));
    const gone = await articleStatus(stack.url, reviewer, articleIdFor({ url: `${site.base}/ar/gallery/camps`, submitter: FEED_SUBMITTER }), ['FAILED', 'AWAITING_REVIEW', 'CHECKED']);
    expect(gone.failure).toMatch(/the page answered 404/);
  });

  it('polls on the timer with conditional GETs and takes nothing twice', async () => {
    const before = site.notModified;
    await waitFor('two conditional polls', async () => site.notModified >= before + 2, 20_000);
    const rss = await feedOf(`${site.base}/rss.xml`);
    expect(rss).toMatchObject({ lastPollStatus: 'not-modified', itemsTaken: 1 });
    expect(Date.parse(rss.lastPollAt)).toBeGreaterThan(Date.parse((await feedOf(`${site.base}/atom.xml`)).createdAt));
    expect(storyHits()).toBe(2);
  });

  it('refuses at subscription (422, as webhooks) an address that is never fetched; the allowed fixture site passes', async () => {
    for (const [url, reason] of [
      ['http://169.254.169.254/latest/meta-data/', /link-local/],
      ['http://10.0.0.1/rss.xml', /private \(RFC 1918\)/],
      ['http://localhost/rss.xml', /localhost is the machine itself/],
      [`http://127.0.0.1:${site.port + 1}/rss.xml`, /loopback/], // the allow list names the site's port only
    ] as const) {
      const r = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url } });
      expect(r.status, url).toBe(422);
      expect(r.type).toContain('application/problem+json');
      expect(r.body).toMatchObject({ status: 422, detail: expect.stringMatching(reason) });
      const hook = await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url, events: ['ArticleChecked'] } });
      expect([hook.status, hook.body.detail]).toEqual([422, r.body.detail]); // one rule for both
    }
    expect((await feeds()).map((f) => f.url)).toEqual(expect.not.arrayContaining([expect.stringMatching(/169\.254|10\.0\.0\.1|localhost/)]));
  });

  it('bounds a feed of 10,000 items, and reports a feed that is not XML or redirects to a refused address', async () => {
    const big = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/feed-10000` } });
    expect(big.body).toMatchObject({ lastPollStatus: 'ok', itemsListed: 10_000, itemsTaken: 5, lastError: expect.stringMatching(/lists 10000 items; the first 5 are read/) });
    const notXml = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/not-xml-feed` } });
    expect(notXml.body).toMatchObject({ lastPollStatus: 'error', itemsTaken: 0, lastError: expect.stringMatching(/not RSS or Atom/) });
    // What only the poll can know (a redirect, a name's address) is kept on the feed.
    const metadata = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/to-metadata` } });
    expect(metadata.status).toBe(201);
    expect(metadata.body).toMatchObject({ lastPollStatus: 'error', lastError: expect.stringMatching(/link-local/) });
    expect(metadata.body.errors[0]).toMatchObject({ message: expect.stringMatching(/link-local/) });
    const html = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${EN()}?as=feed` } });
    expect(html.body.lastError).toMatch(/the feed is text\/html, not/);
    // The good feeds are untouched.
    expect(await feedOf(`${site.base}/rss.xml`)).toMatchObject({ itemsTaken: 1 });
    expect((await feeds()).length).toBe(6);
  });

  it('are listed a page at a time (limit, cursor, nextCursor) as every other list; a cursor of another list is a 400', async () => {
    const whole = await call(stack.url, 'GET', '/feeds', { token: editor });
    expect(whole.body.nextCursor).toBeNull();
    expect(whole.body.items.length).toBeGreaterThanOrEqual(3);
    const first = await call(stack.url, 'GET', '/feeds?limit=2', { token: editor });
    const rest = await call(stack.url, 'GET', `/feeds?limit=100&cursor=${first.body.nextCursor}`, { token: editor });
    expect([first.status, rest.status]).toEqual([200, 200]);
    expect(rest.body.nextCursor).toBeNull();
    // The same feeds in the same order (compared by id: the scheduler may poll a feed between two of these calls,
    // which changes its poll fields, not its place in the list).
    const ids = (items: { feedId: string }[]) => items.map((f) => f.feedId);
    expect(ids([...first.body.items, ...rest.body.items])).toEqual(ids(whole.body.items));
    // The cursor of another list (a webhook's deliveries, the publication queue) is not one of this list's.
    const queue = await call(stack.url, 'GET', `/publication-queue?cursor=${first.body.nextCursor}`, { token: editor });
    expect(queue.status).toBe(400);
    const forged = Buffer.from(JSON.stringify({ PK: 'X', SK: 'Y', GSI1PK: 'WEBHOOKS', GSI1SK: 'Z' })).toString('base64url');
    const bad = await call(stack.url, 'GET', `/feeds?cursor=${forged}`, { token: editor });
    expect([bad.status, bad.body.detail]).toEqual([400, expect.stringMatching(/^cursor: is not one this API gave out/)]);
  });

  it('takes nothing again after a restart', async () => {
    const taken = Object.fromEntries((await feeds()).map((f) => [f.url, f.itemsTaken]));
    const hits = storyHits();
    await stack.stop();
    stack = await startStack({ dataDir: stack.dataDir, env: env() });
    const before = site.notModified;
    await waitFor('polls after the restart', async () => site.notModified >= before + 2, 20_000);
    expect(Object.fromEntries((await feeds()).map((f) => [f.url, f.itemsTaken]))).toEqual(taken);
    expect(storyHits()).toBe(hits);
  });

  it('a link already stored is that article when a feed lists it (one story, one article); staff sending it get it (200); never its own corroboration', async () => {
    // Arrange: an editor sends a link by hand, before any feed lists it.
    const link = `${site.base}/en/2024/03/12/flash-floods?via=hand`;
    const hand = await call(stack.url, 'POST', '/articles', { token: editor, body: { url: link } });
    expect(hand.status).toBe(202);
    const original = await articleStatus(stack.url, reviewer, hand.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(original.status).toBe('AWAITING_REVIEW');
    site.route('/dup.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Wire</title><item><link>${link}</link><guid>w-1</guid></item><item><link>${link}#comments</link><guid>w-2</guid></item></channel></rss>`);
    });

    // Act: the feed lists the same link (and once with a fragment); staff send it again, by hand.
    const wire = await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/dup.xml` } });
    const again = await call(stack.url, 'POST', '/articles', { token: reviewer, body: { url: `${link}#top` } });
    const other = await call(stack.url, 'POST', '/articles', { token: reviewer, body: { url: link, title: 'Another headline' } });

    // Assert: no second article; the existing one is named.
    expect(wire.body).toMatchObject({ lastPollStatus: 'ok', itemsTaken: 2 });
    for (const url of [link, `${link}#comments`]) {
      expect((await call(stack.url, 'GET', `/articles/${articleIdFor({ url, submitter: FEED_SUBMITTER })}`, { token: reviewer })).status).toBe(404);
    }
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ articleId: hand.body.articleId, status: 'AWAITING_REVIEW', sameLink: true });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ articleId: hand.body.articleId, differences: { title: { submitted: 'Another headline' } } });
    expect(site.hits.filter((h) => h.startsWith('/en/2024/03/12/flash-floods?via=hand'))).toHaveLength(1);

    // A submitter, who sees only their own, gets their own article; its claims and the original's never
    // corroborate or conflict with each other (one source), though they are the same claims.
    const theirs = await call(stack.url, 'POST', '/articles', { token: await stack.token('submitter', 'stringer'), body: { url: link } });
    expect(theirs.status).toBe(202);
    expect(theirs.body.articleId).not.toBe(hand.body.articleId);
    const copy = await articleStatus(stack.url, reviewer, theirs.body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(copy.claims.map((c: any) => c.text)).toEqual(original.claims.map((c: any) => c.text));
    const refs = (a: any) => a.claims.flatMap((c: any) => [...c.checks.corroborations, ...c.checks.conflicts].map((r: any) => r.articleId));
    const after = (await call(stack.url, 'GET', `/articles/${hand.body.articleId}`, { token: reviewer })).body;
    expect(refs(copy)).not.toContain(hand.body.articleId);
    expect(refs(after)).not.toContain(theirs.body.articleId);
    // Other articles of the same story at other links still corroborate it (the feed's own copy of the page).
    expect(refs(copy)).toContain(articleIdFor({ url: EN(), submitter: FEED_SUBMITTER }));
  });

  it('are removed by an editor (204; then 404), and not polled again', async () => {
    // Arrange: two feeds of no items; the marker's fetches count the timer's runs (one run at a time, each fetches it once).
    for (const path of ['/removable.xml', '/marker.xml']) {
      site.route(path, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>Quiet</title></channel></rss>'));
    }
    const gone = (await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/removable.xml` } })).body;
    expect((await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/marker.xml` } })).status).toBe(201);
    const hits = (path: string) => site.hits.filter((h) => h === path).length;
    await waitFor('a timer poll of the feed', async () => hits('/removable.xml') >= 2, 20_000);
    // Act, Assert
    await expectRemoved(stack.url, `/feeds/${gone.feedId}`, { editor, other: reviewer });
    expect((await feeds()).map((f) => f.feedId)).not.toContain(gone.feedId);
    // Two more runs of the marker: the run under way at the removal (if any) is over; its fetches are counted.
    const marker = hits('/marker.xml');
    await waitFor('two runs after the removal', async () => hits('/marker.xml') >= marker + 2, 20_000);
    const settled = hits('/removable.xml');
    // Two runs more, each begun after that: neither fetched the removed feed.
    await waitFor('two runs more', async () => hits('/marker.xml') >= marker + 4, 20_000);
    expect(hits('/removable.xml')).toBe(settled);
    expect(await feedOf(`${site.base}/marker.xml`)).toMatchObject({ lastPollStatus: 'ok' });
  });
});
