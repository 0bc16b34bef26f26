/**
 * Publishing in headless Chromium (Debian's, driven by playwright-core) against the real local stack: a
 * reviewer decides in the console with an internal note and a public explanation; an editor finds the claim
 * in "To publish", previews the page and publishes; a reader with no token opens the public page and finds
 * the ClaimReview JSON-LD with every required field; the editor withdraws and the page answers 410 and the
 * feed drops it. Every public response is searched for the internal note. Screenshots: test-results/publishing/.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsole, haveBrowser, launchBrowser, shotsDir, signIn as signInAt, soon, type Role } from '../support/browser.ts';
import { articleStatus, call, startStack, type RunningStack } from '../support/local-stack.ts';

const shots = shotsDir('publishing');

const NOTE = `stringer-says-${Math.random().toString(36).slice(2, 10)}`;
const EXPLANATION = 'سجلات المستشفى تذكر 7 قتلى بالأسماء.';
const ARTICLE = 'قُتل 9 مدنيين في قصف على بلدة بريف إدلب مساء الخميس، بحسب ما أفاد الدفاع المدني.';

let stack: RunningStack;
let browser: Browser;
let desk: BrowserContext;
let page: Page;
let claimId = '';
let articleId = '';
/** Every body a tokenless reader got from the stack. */
const publicBodies: string[] = [];
/** Every path a tokenless reader's browser asked for. */
const publicRequests: string[] = [];

/** Someone else signs in on the desk's page. */
const signIn = (name: string, role: Role) => signInAt(page, stack.url, name, role, { fresh: true });

/** A reader: a fresh context with no session, recording every response body. */
async function reader() {
  const context = await browser.newContext({ locale: 'ar' });
  const tab = await context.newPage();
  tab.on('request', (r) => void publicRequests.push(new URL(r.url()).pathname));
  tab.on('response', async (r) => {
    try {
      publicBodies.push(await r.text());
    } catch {
      /* a redirect or an aborted body */
    }
  });
  return { context, tab };
}

describe.skipIf(!haveBrowser)('publishing in the console and the public page', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    // Its own build of the console (not console/dist, which the other browser test rebuilds meanwhile).
    const dist = mkdtempSync(join(tmpdir(), 'factcheck-console-'));
    await buildConsole(dist);
    stack = await startStack({ env: { FACTCHECK_CONSOLE_DIR: dist } });
    browser = await launchBrowser();
    // A desk in Beirut: the console's times are still UTC, as the CLI prints them.
    desk = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Beirut', viewport: { width: 1280, height: 1000 } });
    page = await desk.newPage();
    page.on('pageerror', (e) => { throw e; });
    page.on('dialog', (d) => void d.accept());
    const submitter = await stack.token('submitter', 'wire@desk');
    const r = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: ARTICLE, language: 'ar', publishedAt: '2024-03-08', url: 'https://news.example/idlib', title: 'قصف على ريف إدلب', source: 'Wire' } });
    articleId = r.body.articleId;
    const a = await articleStatus(stack.url, submitter, articleId, ['AWAITING_REVIEW']);
    claimId = a.claims.find((c: any) => c.type === 'casualty').claimId;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('a reviewer decides with an internal note and a public explanation, and cannot publish', async () => {
    await signIn('samir@desk', 'reviewer');
    await page.goto(`${stack.url}/#/claim/${claimId}`);
    await page.getByLabel('False', { exact: true }).check();
    await page.getByLabel('Note').fill(NOTE);
    await page.getByLabel('Public explanation').fill(EXPLANATION);
    await page.getByLabel('Evidence links (one per line)').fill('https://records.example/hospital');
    await page.getByRole('button', { name: 'Record verdict' }).click();
    await soon(() => page.locator('p.ok').textContent()).toBe('Verdict recorded (version 1).');
    // No publishing for reviewers: not in the console, and the API says 403.
    expect(await page.getByRole('link', { name: 'To publish' }).count()).toBe(0);
    await page.goto(`${stack.url}/#/publish/${claimId}`);
    await soon(() => page.locator('main').textContent()).toContain('Publishing is for editors.');
    const token = await page.evaluate(() => (globalThis as any).sessionStorage.getItem('factcheck.token'));
    expect((await call(stack.url, 'POST', `/claims/${claimId}/publication`, { token, body: { expectedVersion: 1 } })).status).toBe(403);
  });

  it('an editor finds it among decided, unpublished claims and previews the public page', async () => {
    await signIn('mona@desk', 'editor');
    await soon(() => page.url()).toContain('#/publish');
    // Editors see all: the review queue is in their menu and lists the open claims (deciding stays the reviewers').
    expect(await page.getByRole('link', { name: 'Review queue' }).count()).toBe(1);
    await page.goto(`${stack.url}/#/queue`);
    await soon(() => page.locator('h1').first().textContent()).toContain('Review queue');
    expect(await page.getByText('The review queue is for reviewers.').count()).toBe(0);
    await page.goto(`${stack.url}/#/publish`);
    const row = page.locator(`table.to-publish tr[data-claim="${claimId}"]`);
    await soon(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('False');
    // The decision's time in UTC, in the CLI's form (2026-11-29 14:59:33Z), not the browser's zone or locale.
    const { at } = (await call(stack.url, 'GET', `/claims/${claimId}`, { token: await stack.token('editor', 'mona@desk') })).body.verdict;
    expect(await row.locator('time').textContent()).toBe(`${at.slice(0, 10)} ${at.slice(11, 19)}Z`);
    expect(await row.locator('time').getAttribute('datetime')).toBe(at);
    await page.screenshot({ path: join(shots, '1-to-publish.png') });
    await row.getByRole('link', { name: 'Open' }).click();
    await soon(() => page.locator('[data-state]').getAttribute('data-state')).toBe('unpublished');
    const preview = page.frameLocator('iframe.preview');
    await soon(() => preview.locator('h1').textContent()).toContain('مقتل 9 مدنيين');
    expect(await preview.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await preview.locator('.explanation').textContent()).toContain(EXPLANATION);
    expect(await preview.locator('body').textContent()).not.toContain(NOTE);
    expect(await page.locator('.thin-verdict').count()).toBe(0); // it has its explanation
    await page.screenshot({ path: join(shots, '2-preview.png'), fullPage: true });
  });

  it('publishes; a reader with no token gets the page with ClaimReview JSON-LD carrying every required field', async () => {
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await soon(() => page.locator('p.ok').textContent()).toContain('Published version 1.');
    await soon(() => page.locator('[data-state]').getAttribute('data-state')).toBe('published');
    expect(await page.getByRole('button', { name: /Publish version/ }).isVisible()).toBe(false);
    // The page shows the published page now, not its preview under "not published yet" (trial 8, finding 33).
    await soon(() => page.locator('section.publish-claim h2').textContent()).toBe('The public page (version 1, as readers see it)');
    const live = page.frameLocator('iframe.preview.live');
    await soon(() => live.locator('h1').textContent()).toContain('مقتل 9 مدنيين');
    expect(await live.locator('.preview-banner').count()).toBe(0);
    expect(await page.locator('iframe.preview:not(.live)').count()).toBe(0);

    const { context, tab } = await reader();
    const res = await tab.goto(`${stack.url}/fact-checks/${claimId}`);
    expect(res!.status()).toBe(200);
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
    for (const text of ['مقتل 9 مدنيين', 'خاطئ', EXPLANATION, 'الدفاع المدني']) expect(await tab.locator('main').textContent()).toContain(text);
    expect(await tab.locator('a[href="https://records.example/hospital"]').count()).toBe(1);
    expect(await tab.locator('a[href="https://news.example/idlib"]').count()).toBe(1);
    const blocks = await tab.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org', '@type': 'ClaimReview', url: `${stack.url}/fact-checks/${claimId}`, inLanguage: 'ar',
      claimReviewed: expect.stringMatching(/^مقتل 9 مدنيين/),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      author: { '@type': 'Organization', name: expect.any(String), url: expect.any(String) },
      reviewRating: { '@type': 'Rating', alternateName: 'خاطئ', ratingValue: 2, bestRating: 5, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', author: { name: expect.any(String) }, datePublished: '2024-03-08', appearance: [expect.objectContaining({ url: 'https://news.example/idlib' })] },
    });
    await tab.screenshot({ path: join(shots, '3-public-page.png'), fullPage: true });
    // The page declares no icon, so the browser does not ask for /favicon.ico (a 404) (trial 4, finding 19).
    expect(await tab.locator('link[rel=icon]').getAttribute('href')).toBe('data:,');
    await tab.waitForLoadState('networkidle');
    expect(publicRequests).toContain(`/fact-checks/${claimId}`);
    expect(publicRequests).not.toContain('/favicon.ico');
    const feed = await tab.goto(`${stack.url}/fact-checks`);
    expect((await feed!.json()).items.map((r: any) => r.url)).toEqual([`${stack.url}/fact-checks/${claimId}`]);
    await tab.goto(`${stack.url}/fact-checks/sitemap.xml`);
    await tab.goto(`${stack.url}/articles/${articleId}/claimreview`);
    await context.close();
  });

  it('withdraws: the page answers 410 and the feed drops it; the history shows both events', async () => {
    await page.getByRole('button', { name: 'Withdraw' }).click();
    await soon(() => page.locator('[data-state]').getAttribute('data-state')).toBe('withdrawn');
    await page.screenshot({ path: join(shots, '4-withdrawn.png') });
    const { context, tab } = await reader();
    const res = await tab.goto(`${stack.url}/fact-checks/${claimId}`);
    expect(res!.status()).toBe(410);
    expect(await tab.locator('script[type="application/ld+json"]').count()).toBe(0);
    const feed = await tab.goto(`${stack.url}/fact-checks`);
    expect((await feed!.json()).items).toEqual([]);
    await tab.goto(`${stack.url}/fact-checks/sitemap.xml`);
    expect(await tab.content()).not.toContain(claimId);
    await context.close();
    // The verdict is no current fact-check: the article page and the search say it was withdrawn (trial 8, finding 35).
    await page.goto(`${stack.url}/#/article/${articleId}`);
    await soon(() => page.locator(`td:has(a[href="#/claim/${claimId}"]) ~ td`).last().textContent()).toBe('False (fact-check withdrawn)');
    await page.goto(`${stack.url}/#/search?q=${encodeURIComponent('مدنيين')}`);
    await soon(() => page.locator(`li.result[data-claim="${claimId}"] .verdict`).textContent()).toBe('verdict: False (fact-check withdrawn)');
    // Back on the list for editors, and both events in the claim's history as reviewers see it.
    await page.goto(`${stack.url}/#/publish`);
    await soon(() => page.locator(`table.to-publish tr[data-claim="${claimId}"]`).count()).toBe(1);
    await page.goto(`${stack.url}/#/claim/${claimId}`);
    await soon(() => page.locator('ol.history li.publication-event').count()).toBe(2);
    for (const time of await page.locator('ol.history time').allTextContents()) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$/);
  });

  it('links an editor from the claim page to its publication page, and lists a history too long for one answer whole', async () => {
    // The claim page (an editor's) leads to the claim's publication page.
    await page.goto(`${stack.url}/#/claim/${claimId}`);
    await page.locator('a.publish-link').click();
    await soon(() => new URL(page.url()).hash).toBe(`#/publish/${claimId}`);
    await soon(() => page.locator('section.publish-claim').count()).toBe(1);
    // Revisions at the field limits (~60 KB each) until the claim's answer (at most 1 MB) leaves the oldest out.
    const reviewer = await stack.token('reviewer', 'rana@desk');
    let claim = (await call(stack.url, 'GET', `/claims/${claimId}`, { token: reviewer })).body;
    for (let i = 0; claim.historyCursor === null && i < 30; i++) {
      const r = await call(stack.url, 'PUT', `/claims/${claimId}/verdict`, {
        token: reviewer,
        body: { rating: 'false', note: `${i} ${'م'.repeat(4990)}`, publicExplanation: 'ش'.repeat(5000), evidence: Array.from({ length: 20 }, (_, k) => `https://example.org/${i}/${k}/${'a'.repeat(1990)}`), expectedVersion: claim.version },
      });
      expect(r.status).toBe(200);
      claim = r.body;
    }
    expect(claim.history.length).toBeLessThan(claim.historyCount);
    await page.goto(`${stack.url}/#/claim/${claimId}`);
    await soon(() => page.locator('ol.history > li').count()).toBe(claim.historyCount);
    // Oldest first, the first verdict and both publication events among them.
    expect(await page.locator('ol.history > li').first().textContent()).toContain('(v1)');
    expect(await page.locator('ol.history > li.publication-event').count()).toBe(2);
  });

  it('tells the editor when a verdict has no public explanation and no evidence, before it is published', async () => {
    const other = (await call(stack.url, 'GET', `/articles/${articleId}`, { token: await stack.token('editor', 'mona@desk') })).body.claims.find((c: any) => c.claimId !== claimId && c.status === 'PENDING_REVIEW');
    const r = await call(stack.url, 'PUT', `/claims/${other.claimId}/verdict`, { token: await stack.token('reviewer', 'rana@desk'), body: { rating: 'true', expectedVersion: 0 } });
    expect(r.status).toBe(200);
    await page.goto(`${stack.url}/#/publish/${encodeURIComponent(other.claimId)}`);
    await soon(() => page.locator('.thin-verdict').count()).toBe(1);
    expect(await page.locator('.thin-verdict').textContent()).toContain('readers would see the rating alone');
  });

  it('never shows the internal note to a reader', () => {
    expect(publicBodies.length).toBeGreaterThanOrEqual(6);
    for (const body of publicBodies) expect(body).not.toContain(NOTE);
  });
});
