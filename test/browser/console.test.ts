/**
 * The reviewer console in headless Chromium (Debian's package, driven by playwright-core) against the
 * real local stack: sign in, submit an article and watch it through the workflow, take claims from the
 * queue, give verdicts (one of them stale), see the article CHECKED. Screenshots of each view are saved
 * under test-results/console/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsole, haveBrowser, launchBrowser, shotsDir, soon } from '../support/browser.ts';
import { call, startStack, type RunningStack } from '../support/local-stack.ts';

const shots = shotsDir('console');

let stack: RunningStack;
let browser: Browser;
let page: Page;
let articleHref = '';

const ARTICLE = [
  'قُتل 9 مدنيين وأصيب 14 آخرون في قصف على بلدة بريف إدلب مساء الخميس، بحسب ما أفاد الدفاع المدني.',
  'وقال مسؤول محلي إن عشرات العائلات نزحت من البلدة.',
].join('\n\n');

describe.skipIf(!haveBrowser)('reviewer console', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    // The console as `npm start` serves it: built by Vite into console/dist.
    await buildConsole();
    stack = await startStack();
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => { throw e; });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('signs in with the local dev token flow', async () => {
    await page.goto(stack.url + '/');
    await page.getByLabel('Your name').fill('lina@desk');
    await page.getByLabel('Role').selectOption('reviewer');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await soon(() => page.getByText('Signed in as lina@desk').count()).toBe(1);
    await page.screenshot({ path: join(shots, '1-queue-empty.png') });
  });

  it('submits an Arabic article and shows its progress through the workflow live', async () => {
    await page.getByRole('link', { name: 'Submit an article' }).click();
    await page.getByLabel('Text').fill(ARTICLE);
    await page.getByLabel('Language').selectOption('ar');
    await page.getByLabel('Published on').fill('2024-03-02');
    await page.getByLabel('Title').fill('قصف على ريف إدلب');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect.poll(() => page.locator('.progress [data-status]').getAttribute('data-status'), { timeout: 20_000 }).toBe('AWAITING_REVIEW');
    expect(await page.locator('.progress li').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(shots, '2-submitted.png') });
  });

  it('lists the claims in the queue by priority, with their sentence and article title', async () => {
    await page.getByRole('link', { name: 'Review queue' }).first().click();
    // One row per sentence, its claims listed in it (the desk, #14): count the claims.
    const rows = page.locator('table.queue tbody li[data-claim]');
    await soon(() => rows.count()).toBeGreaterThanOrEqual(3);
    const priorities = (await page.locator('table.queue tbody td.num').allTextContents()).map(Number);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    await soon(() => page.locator('table.queue tbody').getByText('قصف على ريف إدلب').count()).toBeGreaterThan(0);
    await page.getByLabel('Language').selectOption('ar');
    await soon(() => page.url()).toContain('language=ar');
    await soon(() => rows.count()).toBeGreaterThanOrEqual(3);
    await soon(() => page.locator('table.queue tbody mark').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('button', { name: 'Load more' }).isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, '3-queue.png') });
  });

  it('shows a claim highlighted right-to-left in its article, records a verdict, and survives a stale version', async () => {
    await page.locator('table.queue tbody a.claim-link').first().click();
    const text = page.locator('.article-text');
    await soon(() => text.getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#current-claim').textContent()).toBeTruthy();
    const claimId = decodeURIComponent(page.url().split('#/claim/')[1]);
    articleHref = (await page.getByRole('link', { name: 'Open the article' }).getAttribute('href'))!;

    // Another reviewer decides first (through the API), so this page's version is stale.
    const other = await stack.token('reviewer', 'sami@desk');
    expect((await call(stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: other, body: { rating: 'mostly-true', expectedVersion: 0 } })).status).toBe(200);

    await page.getByLabel('False', { exact: true }).check();
    await page.getByLabel('Note').fill('The hospital lists 7 dead.');
    await page.getByLabel('Evidence links (one per line)').fill('https://example.org/hospital-list');
    await page.getByRole('button', { name: 'Record verdict' }).click();
    await soon(() => page.getByRole('alert').textContent()).toContain('Another reviewer recorded version 1 first');
    // Nothing lost: the note is still there; recording again replaces the other verdict with version 2.
    expect(await page.getByLabel('Note').inputValue()).toBe('The hospital lists 7 dead.');
    await page.screenshot({ path: join(shots, '4-claim-stale.png') });
    await page.getByRole('button', { name: 'Record verdict' }).click();
    await soon(() => page.locator('p.ok').textContent()).toBe('Verdict recorded (version 2).');
    expect(await page.locator('ol.history > li').count()).toBe(2);
    await page.screenshot({ path: join(shots, '5-claim-decided.png') });
  });

  it('brings the article to CHECKED once every claim is decided, with a link to its ClaimReview', async () => {
    // Decide the rest through the queue, as a reviewer would, one after another.
    for (let i = 0; i < 10; i++) {
      await page.goto(`${stack.url}/?visit=${i}#/queue`);
      await page.locator('table.queue').waitFor();
      await soon(() => page.locator('main p').first().textContent()).not.toBe('Loading…');
      const first = page.locator('table.queue tbody a.claim-link').first();
      if (!(await first.count())) break;
      await first.click();
      await page.getByLabel('True', { exact: true }).check();
      await page.getByRole('button', { name: 'Record verdict' }).click();
      await soon(() => page.locator('p.ok').count()).toBe(1);
    }
    await page.goto(`${stack.url}/${articleHref}`);
    await expect.poll(() => page.locator('.article [data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('CHECKED');
    const link = page.getByRole('link', { name: 'ClaimReview (JSON-LD)' });
    // ClaimReview carries published verdicts only: an editor publishes them (test/browser/publishing.test.ts does it in the console).
    const editor = await stack.token('editor', 'nadia@desk');
    const articleId = decodeURIComponent(articleHref.split('#/article/')[1]);
    for (const c of (await call(stack.url, 'GET', `/articles/${articleId}`, { token: editor })).body.claims) {
      expect((await call(stack.url, 'POST', `/claims/${c.claimId}/publication`, { token: editor, body: { expectedVersion: c.version } })).status).toBe(200);
    }
    const reviews = (await call(stack.url, 'GET', new URL((await link.getAttribute('href'))!, stack.url).pathname)).body;
    expect(reviews.length).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(shots, '6-article-checked.png'), fullPage: true });
  }, 90_000);

  it('switches the interface to Arabic, right to left', async () => {
    await page.getByRole('button', { name: 'العربية' }).click();
    await soon(() => page.evaluate(() => (globalThis as any).document.documentElement.dir)).toBe('rtl');
    expect(await page.getByRole('link', { name: 'قائمة المراجعة' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, '7-article-arabic-ui.png'), fullPage: true });
  });

  it('is operable from the keyboard: the skip link and labelled controls', async () => {
    await page.goto(stack.url + '/#/submit');
    await page.locator('#submit-text').waitFor();
    // The skip link is the first stop in tab order, shows itself when focused, and lands on the content.
    const firstTabbable = await page.evaluate(() => [...(globalThis as any).document.querySelectorAll('a[href], button, input, select, textarea')].find((el: any) => el.tabIndex >= 0)?.className);
    expect(firstTabbable).toBe('skip');
    await page.focus('a.skip');
    const box = await page.locator('a.skip').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await soon(() => page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('main');
    const unlabelled = await page.evaluate(() => [...(globalThis as any).document.querySelectorAll('input, select, textarea')]
      .filter((el: any) => !el.labels?.length).map((el: any) => el.outerHTML));
    expect(unlabelled).toEqual([]);
  });
});
