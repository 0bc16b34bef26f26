/**
 * Feeds & webhooks in headless Chromium (Debian's, driven by playwright-core) against the real local stack:
 * an editor subscribes a feed served by a local site (allowed by FACTCHECK_FETCH_ALLOW), sees it listed with
 * its poll, is told inline (role=alert, focused) why a loopback address is refused, unsubscribes; registers a
 * webhook on the same site and is shown its secret once (the one that signs what the site receives), reads its
 * delivery log, removes it; a reviewer has no menu entry and no screen. Screenshots: test-results/intake/.
 */
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsole, haveBrowser, launchBrowser, shotsDir, signIn as signInAt, soon, type Role } from '../support/browser.ts';
import { articleStatus, call, startStack, type RunningStack } from '../support/local-stack.ts';
import { recordDeliveries, startFixtureSite, type Delivery, type FixtureSite } from '../support/fixture-site.ts';
import { DELIVERIES_PAGE } from '../../console/src/pages.ts';

const shots = shotsDir('intake');

const FEED_TITLE = `Desk wire ${Math.random().toString(36).slice(2, 8)}`;
let site: FixtureSite;
let stack: RunningStack;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
/** What the site's /hook received: the webhook deliveries. */
let hooked: Delivery[] = [];

/** Someone else signs in on the page. */
const signIn = (name: string, role: Role) => signInAt(page, stack.url, name, role, { fresh: true });

describe.skipIf(!haveBrowser)('feeds & webhooks in the console', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    site = await startFixtureSite();
    // A feed of two stories: the desk will have the English one already (sent by its link), the Arabic one is new.
    site.route('/desk.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      const item = (path: string) => `<item><title>${path}</title><link>${site.base}${path}</link></item>`;
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>${FEED_TITLE}</title><link>${site.base}/</link><description>two</description>${item('/en/2024/03/12/flash-floods')}${item('/ar/2024/02/29/idlib-shelling')}</channel></rss>`);
    });
    hooked = recordDeliveries(site);
    // Its own build of the console (the other browser tests build theirs meanwhile).
    const dist = mkdtempSync(join(tmpdir(), 'factcheck-console-'));
    await buildConsole(dist);
    stack = await startStack({ env: { FACTCHECK_CONSOLE_DIR: dist, FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`, FACTCHECK_WEBHOOK_SWEEP_MS: '100' } });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    page.on('pageerror', (e) => { throw e; });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.accept(); });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await site?.close();
  });

  it('an editor subscribes a feed, is told inline why an address is refused, and unsubscribes', async () => {
    await signIn('huda@desk', 'editor');
    await page.getByRole('link', { name: 'Feeds & webhooks' }).click();
    await soon(() => page.locator('h1').textContent()).toBe('Feeds & webhooks');
    await soon(() => page.getByText('No feeds yet.').count()).toBe(1);

    // Refused by the API (422: loopback, not allowed): its problem detail, announced and focused.
    const field = page.getByLabel('Feed address (RSS or Atom)');
    await field.fill('http://localhost:9/feed.xml');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    const alert = page.locator('#feeds-out [role=alert]');
    await soon(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/\(422\): .*localhost/);
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    expect((await call(stack.url, 'GET', '/feeds', { token: await stack.token('editor') })).body.items).toEqual([]);

    // From the keyboard: typed into the field (its "/" and "g" are text, not shortcuts), Enter subscribes. The
    // first poll's stories are counted as the API counts them: one new, one the desk had already.
    const sent = await call(stack.url, 'POST', '/articles', { token: await stack.token('editor'), body: { url: `${site.base}/en/2024/03/12/flash-floods` } });
    expect(sent.status).toBe(202);
    await field.fill('');
    await field.pressSequentially(`${site.base}/desk.xml`);
    await field.press('Enter');
    const row = page.locator('table.feeds tbody tr');
    await soon(() => row.count()).toBe(1);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#feeds-out').textContent()).toBe(`Subscribed to ${site.base}/desk.xml: polled once; stories: 1 new, 1 already stored.`);
    expect(await row.locator('td.items').textContent()).toBe('1 new, 1 already stored');
    expect(await page.locator('table.feeds th').allTextContents()).toContain('Stories at the last poll');
    expect(await row.textContent()).toContain(FEED_TITLE);
    expect(await row.locator('bdi.address').textContent()).toBe(`${site.base}/desk.xml`);
    expect(await row.locator('.poll').textContent()).toBe('ok');
    expect(site.hits).toContain('/desk.xml');
    await page.screenshot({ path: join(shots, '1-feed.png'), fullPage: true });

    // The same url again: the subscription there already, no second row. The message comes once the list is drawn
    // anew (its reload slowed down here): a row the keyboard is on is not replaced after the message.
    await row.evaluate((el) => el.setAttribute('data-drawn-before', ''));
    await page.route('**/feeds', async (route) => {
      if (route.request().method() === 'GET') await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await field.fill(`${site.base}/desk.xml`);
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await soon(() => page.locator('#feeds-out').textContent()).toContain('Already subscribed');
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-drawn-before')).toBeNull();
    await page.unroute('**/feeds');

    await row.getByRole('button', { name: `Unsubscribe ${site.base}/desk.xml` }).focus();
    await page.keyboard.press('Enter');
    await soon(() => row.count()).toBe(0);
    // Focus goes on to the list's heading, not lost with the removed row.
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('feeds-heading');
    expect(dialogs.at(-1)).toContain(`Unsubscribe from ${site.base}/desk.xml?`);
    expect(await page.getByText('No feeds yet.').count()).toBe(1);
    expect((await call(stack.url, 'GET', '/feeds', { token: await stack.token('editor') })).body.items).toEqual([]);
  });

  it('an editor registers a webhook, sees its secret once, reads its delivery log and removes it', async () => {
    await page.getByLabel('Webhook address').fill(`${site.base}/hook`);
    await page.getByLabel('VerdictRecorded').uncheck();
    await page.getByLabel('VerdictPublished').uncheck();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const secretField = page.getByRole('textbox', { name: 'Signing secret' });
    await soon(() => secretField.count()).toBe(1);
    const secret = await secretField.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await page.locator('.secret').textContent()).toContain('Copy it now: this secret is shown this once');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('hook-secret');
    const row = page.locator('table.webhooks tbody tr');
    await soon(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('ArticleChecked');
    expect(await row.textContent()).not.toContain('VerdictRecorded');
    expect(await row.textContent()).not.toContain(secret);
    await page.screenshot({ path: join(shots, '2-secret.png'), fullPage: true });

    // Once: a new visit of the screen lists the webhook without it.
    await page.reload();
    await soon(() => row.count()).toBe(1);
    expect(await secretField.count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(secret);

    // An event reaches the site, signed with the secret shown; the log says so.
    const submitter = await stack.token('submitter', 'wire@desk');
    const r = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: 'The council discussed the budget and the new library.', language: 'en', publishedAt: '2024-02-20' } });
    await articleStatus(stack.url, submitter, r.body.articleId, ['CHECKED']);
    await soon(() => hooked.length).toBe(1);
    const { headers, body } = hooked[0];
    expect(headers['x-factcheck-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${headers['x-factcheck-timestamp']}.${body}`).digest('hex')}`);
    // j goes to the row's link (as in the other lists), Enter opens the log.
    await page.locator('main').focus();
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe('Delivery log');
    await page.keyboard.press('Enter');
    const delivery = page.locator('table.deliveries tbody tr');
    await soon(() => delivery.count()).toBe(1);
    await soon(async () => { await page.getByRole('button', { name: 'Refresh' }).click(); return delivery.getAttribute('data-status'); }).toBe('DELIVERED');
    expect(await delivery.textContent()).toContain('ArticleChecked');
    expect(await delivery.textContent()).toContain('HTTP 204');
    await page.screenshot({ path: join(shots, '3-deliveries.png'), fullPage: true });

    await page.getByRole('link', { name: 'Back to feeds & webhooks' }).click();
    await soon(() => row.count()).toBe(1);
    await row.getByRole('button', { name: `Remove ${site.base}/hook` }).click();
    await soon(() => row.count()).toBe(0);
    expect(dialogs.at(-1)).toContain('Remove the webhook to');
    expect(await page.getByText('No webhooks yet.').count()).toBe(1);
    expect((await call(stack.url, 'GET', '/webhooks', { token: await stack.token('editor') })).body.items).toEqual([]);
  });

  it('in Arabic on a phone the screen reads right to left, addresses left to right, tables as cards', async () => {
    const editor = await stack.token('editor');
    const feed = (await call(stack.url, 'POST', '/feeds', { token: editor, body: { url: `${site.base}/desk.xml` } })).body;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'العربية' }).click();
    await soon(() => page.locator('h1').textContent()).toBe('الخلاصات والخطافات');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#feed-url').getAttribute('dir')).toBe('ltr');
    const row = page.locator('table.feeds tbody tr');
    await soon(() => row.count()).toBe(1);
    expect(await row.evaluate((tr) => (globalThis as any).getComputedStyle(tr).display)).toBe('block');
    expect(await row.locator('bdi.address').getAttribute('dir')).toBe('ltr');
    expect(await row.getByRole('button', { name: /^إلغاء الاشتراك/ }).count()).toBe(1);
    const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(shots, '4-phone-ar.png'), fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await page.setViewportSize({ width: 1280, height: 1000 });
    expect((await call(stack.url, 'DELETE', `/feeds/${feed.feedId}`, { token: editor })).status).toBe(204);
  });

  it('a reviewer has no feeds & webhooks entry, and the screen says it is for editors', async () => {
    await signIn('samir@desk', 'reviewer');
    expect(await page.getByRole('link', { name: 'Feeds & webhooks' }).count()).toBe(0);
    await page.goto(`${stack.url}/#/intake`);
    await soon(() => page.locator('main').textContent()).toContain('Feeds and webhooks are for editors.');
    expect(await page.locator('#feed-url').count()).toBe(0);
  });

  it('the delivery log pages: "Load more" follows nextCursor until the last delivery', async () => {
    // Arrange: a webhook of VerdictRecorded and one more verdict than a page of the log holds (revisions of one claim)
    const editor = await stack.token('editor', 'huda@desk');
    const hook = await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url: `${site.base}/hook`, events: ['VerdictRecorded'] } });
    expect(hook.status).toBe(201);
    const reviewer = await stack.token('reviewer', 'rana@desk');
    const r = await call(stack.url, 'POST', '/articles', { token: reviewer, body: { text: 'Gunmen killed 6 villagers on Monday, police said.', language: 'en', publishedAt: '2024-02-21', url: `${site.base}/paging-story` } });
    const claim = (await articleStatus(stack.url, reviewer, r.body.articleId, ['AWAITING_REVIEW'])).claims.find((c: any) => c.type === 'casualty');
    const total = DELIVERIES_PAGE + 1;
    for (let v = 0; v < total; v++) {
      const put = await call(stack.url, 'PUT', `/claims/${claim.claimId}/verdict`, { token: reviewer, body: { rating: v % 2 ? 'true' : 'false', expectedVersion: v } });
      expect(put.status).toBe(200);
    }
    const deliveries = `/webhooks/${hook.body.webhookId}/deliveries?limit=100`;
    await soon(async () => (await call(stack.url, 'GET', deliveries, { token: editor })).body.items.length).toBe(total);
    const ids = (await call(stack.url, 'GET', deliveries, { token: editor })).body.items.map((d: any) => d.eventId);
    // Act
    await signIn('huda@desk', 'editor');
    await page.goto(`${stack.url}/#/intake/webhooks/${hook.body.webhookId}`);
    const rows = page.locator('table.deliveries tbody tr');
    await soon(() => rows.count()).toBe(DELIVERIES_PAGE);
    const more = page.getByRole('button', { name: 'Load more' });
    expect(await more.isVisible()).toBe(true);
    await more.click();
    // Assert: every delivery once, newest first as the API lists them, and no button once the log is read to its end
    await soon(() => rows.count()).toBe(total);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')))).toEqual(ids);
    expect(await more.isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, '3b-deliveries-paged.png'), fullPage: true });
    await call(stack.url, 'DELETE', `/webhooks/${hook.body.webhookId}`, { token: editor });
  });
});
