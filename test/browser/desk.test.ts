/**
 * The desk in headless Chromium (Debian's, via playwright-core) against the real local stack: the article
 * list, search, a lease seen by a second reviewer, a claim reviewed from the keyboard, the phone layout
 * (390 px) and the Arabic interface with Latin names; and the small traps (a submitter's home, an article
 * without claims, the publication date, evidence typed as prose, empty sign-in and verdict forms), and an
 * article longer than one page of claims, followed and shown whole.
 * Screenshots go to test-results/desk/. The console is built into its own folder (FACTCHECK_CONSOLE_DIR),
 * so this file and console.test.ts never rebuild under each other.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsole, haveBrowser, launchBrowser, shotsDir, signIn as signInAt, soon, type Role } from '../support/browser.ts';
import { articleStatus, call, startStack, type RunningStack } from '../support/local-stack.ts';
import { claimPages, LONG_ARTICLE } from '../support/long-article.ts';

const shots = shotsDir('desk');
const consoleDir = shotsDir('desk-console');

let stack: RunningStack;
let browser: Browser;
const contexts: BrowserContext[] = [];
const ids: Record<string, any> = {};

async function newPage(opts: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: opts.locale ?? 'en-GB', viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw e; });
  return page;
}

/** Signs in on a new page, checking first that the name field is empty and required. */
const signIn = (page: Page, name: string, role: Role) => signInAt(page, stack.url, name, role, { emptyForm: true });

const submit = async (token: string, body: Record<string, unknown>) => {
  const r = await call(stack.url, 'POST', '/articles', { token, body });
  expect(r.status).toBe(202);
  return articleStatus(stack.url, token, r.body.articleId, ['AWAITING_REVIEW', 'CHECKED']);
};

describe.skipIf(!haveBrowser)('the desk in the console', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    await buildConsole(consoleDir);
    // At most 120 claims kept per article: the long article (144) is cut, and its page says so.
    stack = await startStack({ env: { FACTCHECK_CONSOLE_DIR: consoleDir, MAX_CLAIMS_PER_ARTICLE: '120' } });
    browser = await launchBrowser();
    const nadia = await stack.token('submitter', 'nadia');
    ids.ar = await submit(nadia, {
      text: 'قُتل 18 مدنياً وأصيب 40 آخرون في قصف على مدينة حلب يوم الأحد، بحسب وزارة الصحة.\n\nوقال الجيش إن ستة أشخاص فقط قتلوا.',
      language: 'ar', publishedAt: '2024-03-04', url: 'https://example.org/desk/aleppo', title: 'قصف على حلب', source: 'وكالة الأنباء',
    });
    ids.en = await submit(nadia, {
      text: 'Thirty-three Turkish soldiers were killed in an air strike in Idlib on Thursday, the defence ministry said.',
      language: 'en', publishedAt: '2024-03-01', url: 'https://example.org/desk/idlib', title: 'Strike in Idlib', source: 'Daily Courier',
    });
    ids.none = await submit(nadia, { text: 'The council discussed the budget and the new library.', language: 'en', publishedAt: '2024-02-20', title: 'Council notes' });
    expect(ids.none.status).toBe('CHECKED');
    expect(ids.none.claims).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await stack?.stop();
  });

  it('sends a submitter to their own articles, never to a red 403, and asks for the publication date', async () => {
    const page = await newPage();
    await signIn(page, 'nadia', 'submitter');
    await soon(() => page.locator('h1').textContent()).toBe('My articles');
    await soon(() => page.locator('table.articles tbody tr').count()).toBe(3);
    expect(await page.locator('.error').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Review queue' }).count()).toBe(0);
    await page.goto(`${stack.url}/#/queue`);
    await soon(() => page.getByText('The review queue is for reviewers.').count()).toBe(1);
    expect(await page.locator('.error').count()).toBe(0);

    await page.getByRole('link', { name: 'Submit an article' }).first().click();
    const published = page.getByLabel('Published on');
    expect(await published.inputValue()).toBe('');
    await page.getByLabel('Text').fill('Two people were injured in a fire on Monday.');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    // Not sent: the date is required until the submitter says it is unknown.
    expect(await published.evaluate((el: any) => el.validity.valueMissing)).toBe(true);
    expect(await page.locator('.progress').count()).toBe(0);
    await page.getByLabel('The publication date is unknown').check();
    expect(await published.isDisabled()).toBe(true);
    await page.screenshot({ path: join(shots, '1-submitter.png'), fullPage: true });

    // Their own claim opens (their answer has no verdict history: the page leaves it out, and no verdict form).
    await page.goto(`${stack.url}/#/claim/${encodeURIComponent(ids.ar.claims[0].claimId)}`);
    await soon(() => page.locator('section.claim h1').count()).toBe(1);
    expect(await page.locator('.history-box').count()).toBe(0);
    expect(await page.locator('#verdict-note').count()).toBe(0);
    expect(await page.locator('.error').count()).toBe(0);
  });

  it('lists articles newest first; an article without claims reads "no check-worthy claims found"', async () => {
    const page = await newPage();
    await signIn(page, 'Layla Haddad', 'reviewer');
    await page.getByRole('link', { name: 'Articles' }).click();
    const rows = page.locator('table.articles tbody tr');
    await soon(() => rows.count()).toBe(3);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-article')))).toEqual([ids.ar.articleId, ids.en.articleId, ids.none.articleId]);
    const none = page.locator(`tr[data-article="${ids.none.articleId}"] [data-status]`);
    expect(await none.textContent()).toBe('No check-worthy claims found');
    expect(await page.locator('table.articles').getByText('Checked', { exact: true }).count()).toBe(0);
    await page.getByLabel('Words').fill('courier');
    await page.getByRole('button', { name: 'Apply' }).click();
    await soon(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-article')).toBe(ids.en.articleId);
    await page.screenshot({ path: join(shots, '2-articles.png'), fullPage: true });

    // The article page: publication date and source link, and the neutral wording.
    await page.goto(`${stack.url}/#/article/${ids.none.articleId}`);
    await soon(() => page.locator('.article [data-status]').textContent()).toBe('No check-worthy claims found');
    await page.goto(`${stack.url}/#/article/${ids.en.articleId}`);
    await soon(() => page.getByRole('link', { name: 'Source link' }).getAttribute('href')).toBe('https://example.org/desk/idlib');
    expect(await page.locator('.article time').first().getAttribute('datetime')).toBe('2024-03-01');
  });

  it('searches claims by a word in another form (clitics) and shows each with its article', async () => {
    const page = await newPage();
    await signIn(page, 'Layla Haddad', 'reviewer');
    await page.keyboard.press('/');
    await soon(() => page.url()).toContain('#/search');
    // "/" lands in the search box: the view focuses it, and the router leaves the focus where the view put it.
    await soon(() => page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('بحلب');
    expect(await page.locator('#search-q').inputValue()).toBe('بحلب');
    const results = page.locator('ol.results > li');
    // The claims are searchable once the article's postings are written (right after extraction; later on a
    // loaded machine): the search is run again until they are, as a reviewer would.
    await soon(async () => {
      if (!(await results.count())) await page.locator('#search-q').press('Enter');
      return results.count();
    }).toBeGreaterThan(0);
    const claimIds = await results.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-claim')));
    expect(claimIds.every((id) => id!.startsWith(ids.ar.articleId))).toBe(true);
    expect(await results.first().getByRole('link', { name: 'قصف على حلب' }).count()).toBe(1);
    // Each shows why it matched: its sentence, right to left, with the word of "بحلب" marked (without the clitic's
    // letter it is the same word).
    const sentence = results.first().locator('p.claim-text');
    expect(await sentence.getAttribute('dir')).toBe('rtl');
    expect(await sentence.textContent()).toContain('في قصف على مدينة حلب يوم الأحد');
    expect(await results.locator('p.claim-text mark').allTextContents()).toEqual(claimIds.map(() => 'حلب'));
    await page.getByLabel('Kind').selectOption('injured');
    await page.getByRole('button', { name: 'Apply' }).click();
    await soon(() => results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('40');
    await page.screenshot({ path: join(shots, '3-search.png'), fullPage: true });
    // English, by stem: "soldier killings" marks "soldiers" and "killed", left to right.
    await page.goto(`${stack.url}/#/search?q=${encodeURIComponent('soldier killings')}`);
    await soon(() => results.first().locator('p.claim-text mark').allTextContents()).toEqual(['soldiers', 'killed']);
    expect(await results.first().locator('p.claim-text').getAttribute('dir')).toBe('ltr');
  });

  it('reviews a claim from the keyboard: empty form, one clear evidence error, record, next claim', async () => {
    // Another reviewer decided the English claim first: its rating and note must not be pre-filled here.
    const sami = await stack.token('reviewer', 'sami');
    const decided = ids.en.claims.find((c: any) => c.type === 'casualty');
    await call(stack.url, 'PUT', `/claims/${decided.claimId}/verdict`, { token: sami, body: { rating: 'misleading', note: 'sami thinks so', expectedVersion: 0 } });

    const page = await newPage();
    await signIn(page, 'Layla Haddad', 'reviewer');
    await page.goto(`${stack.url}/#/claim/${decided.claimId}`);
    await page.locator('#verdict-note').waitFor();
    expect(await page.locator('input[name=rating]:checked').count()).toBe(0);
    expect(await page.locator('#verdict-note').inputValue()).toBe('');

    await page.goto(`${stack.url}/#/queue?language=en`);
    await soon(() => page.locator('[data-row-link]').count()).toBeGreaterThan(0);
    // Rows show while the queue is still loading; when it is done the console focuses <main>, which would take the
    // focus back from the row j gives it: keys wait for the view to be done.
    await soon(() => page.locator('main').getByText('Loading…', { exact: true }).count()).toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await soon(() => page.url()).toContain('#/claim/');
    const first = decodeURIComponent(page.url().split('#/claim/')[1]);
    await page.locator('#verdict-note').waitFor();
    // The form shows before the page takes the claim's lease; once it has, the console focuses <main> (taking the
    // focus from the rating 4 would choose): keys wait for the lease.
    await soon(() => page.locator('.lease-box').textContent()).toContain('You are on this claim');
    await page.locator('main').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('4');
    expect(await page.locator('input[name=rating][value=false]').isChecked()).toBe(true);
    // The focus is on the radio now: a shortcut still works from there (? opens the help).
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('name'))).toBe('rating');
    await page.keyboard.press('?');
    expect(await page.locator('#shortcuts').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('?');
    await page.locator('#verdict-evidence').fill('the hospital list says nine people died there');
    await page.keyboard.press('Control+Enter');
    const alerts = page.locator('form [role=alert]');
    await soon(() => alerts.count()).toBe(1);
    expect(await alerts.textContent()).toContain('Evidence must be links');
    await page.locator('#verdict-evidence').fill('https://example.org/hospital-list');
    await page.keyboard.press('Control+Enter');
    await soon(() => page.locator('p.ok').textContent()).toBe('Verdict recorded (version 1).');
    // No click: after recording, the shortcuts work from the keyboard (focus used to stay on the rating radio).
    await soon(() => page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe('Next claim');
    await page.keyboard.press('n');
    await soon(() => page.url()).not.toContain(first);
    expect(page.url()).toContain('#/claim/');
    expect((await call(stack.url, 'GET', `/claims/${first}`, { token: sami })).body.verdict.rating).toBe('false');
  });

  it('shows a second reviewer who is on a claim, in the queue and on the claim, and still lets them decide', async () => {
    const target = ids.ar.claims.find((c: any) => c.casualty?.kind === 'killed' && c.casualty.min === 18);
    const layla = await newPage();
    await signIn(layla, 'Layla Haddad', 'reviewer');
    await layla.goto(`${stack.url}/#/claim/${target.claimId}`);
    await soon(() => layla.locator('.lease-box').textContent()).toContain('You are on this claim');

    const omar = await newPage();
    await signIn(omar, 'Omar', 'reviewer');
    const row = omar.locator(`table.queue li[data-claim="${target.claimId}"] .lease`);
    await soon(() => row.textContent()).toContain('Layla Haddad is on this claim until');
    expect(await row.locator('bdi').first().textContent()).toBe('Layla Haddad');
    // One row per sentence: the sentence with 18 killed and 40 injured is listed once.
    const sentences = await omar.locator('table.queue tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-sentence')));
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(await omar.locator(`table.queue tr:has(li[data-claim="${target.claimId}"]) li[data-claim]`).count()).toBeGreaterThanOrEqual(2);
    await omar.screenshot({ path: join(shots, '4-lease-in-queue.png'), fullPage: true });

    await omar.goto(`${stack.url}/#/claim/${target.claimId}`);
    await soon(() => omar.locator('.lease-box').textContent()).toContain('Layla Haddad is on this claim');
    await omar.getByLabel('True', { exact: true }).check();
    await omar.getByRole('button', { name: 'Record verdict' }).click();
    await soon(() => omar.locator('p.ok').textContent()).toBe('Verdict recorded (version 1).');
  });

  it('fits a phone: the queue at 390 px wide, no sideways scrolling, the sentence full width', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, 'Layla Haddad', 'reviewer');
    await soon(() => page.locator('table.queue tbody tr').count()).toBeGreaterThan(0);
    await soon(() => page.locator('table.queue td.sentence mark').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const sentence = await page.locator('table.queue td.sentence').first().boundingBox();
    expect(sentence!.width).toBeGreaterThan(300);
    await page.screenshot({ path: join(shots, 'phone-390-queue.png'), fullPage: true });
    await page.goto(`${stack.url}/#/articles`);
    await soon(() => page.locator('table.articles tbody tr').count()).toBe(3);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(shots, 'phone-390-articles.png'), fullPage: true });
  });

  it('speaks Arabic right to left with Latin names and dates isolated (<bdi>)', async () => {
    const page = await newPage({ locale: 'ar' });
    await page.goto(stack.url + '/');
    await page.locator('#signin-name').fill('Layla Haddad');
    await page.locator('#signin-role').selectOption('reviewer');
    await page.locator('form button[type=submit]').click();
    await soon(() => page.evaluate(() => (globalThis as any).document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('header .who bdi').textContent()).toBe('Layla Haddad');
    const decided = ids.ar.claims.find((c: any) => c.casualty?.min === 18);
    await page.goto(`${stack.url}/#/claim/${decided.claimId}`);
    const entry = page.locator('ol.history > li').first();
    await entry.waitFor();
    // The reviewer's name and the date each in their own isolate: the name cannot split the date.
    const isolates = await entry.locator(':scope > bdi').allTextContents();
    expect(isolates[0]).toBe('Omar');
    expect(await entry.locator(':scope > bdi time').count()).toBe(1);
    await page.screenshot({ path: join(shots, '5-arabic-ui.png'), fullPage: true });
  });

  it('follows and shows every claim of an article longer than one page of GET /articles/{id}', async () => {
    // Act: a submitter sends it from the page and watches it
    const hana = await newPage();
    await signIn(hana, 'hana', 'submitter');
    await hana.goto(`${stack.url}/#/submit`);
    await hana.getByLabel('Text').fill(LONG_ARTICLE.text);
    await hana.getByLabel('Language').selectOption(LONG_ARTICLE.language);
    await hana.getByLabel('Published on').fill(LONG_ARTICLE.publishedAt);
    await hana.getByLabel('Title').fill(LONG_ARTICLE.title);
    await hana.getByRole('button', { name: 'Submit', exact: true }).click();
    const open = hana.locator('.progress').getByRole('link', { name: 'Open the article' });
    await open.waitFor({ timeout: 15_000 });
    const articleId = (await open.getAttribute('href'))!.replace('#/article/', '');
    const reviewer = await stack.token('reviewer', 'Layla Haddad');
    const done = await articleStatus(stack.url, reviewer, articleId, ['AWAITING_REVIEW']);
    const pages = await claimPages(stack.url, reviewer, articleId);
    const all = pages.flat().map((c) => c.claimId);
    expect(pages.length).toBeGreaterThan(1);
    expect(done.claimCount).toBe(all.length);
    const linked = (page: Page, scope: string) => page.locator(`${scope} a[href^="#/claim/"]`)
      .evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice('#/claim/'.length))));
    // Assert: the progress lists them all once the workflow is done
    await soon(() => hana.locator('.progress [data-status]').getAttribute('data-status')).toBe('AWAITING_REVIEW');
    await soon(() => linked(hana, '.progress li')).toEqual(all);

    // and a reviewer's article page has a row for each, the last page's too
    const layla = await newPage();
    await signIn(layla, 'Layla Haddad', 'reviewer');
    await layla.goto(`${stack.url}/#/article/${articleId}`);
    await soon(() => layla.locator('.article tbody tr').count()).toBe(all.length);
    expect(await linked(layla, '.article tbody')).toEqual(all);
    expect(await layla.locator('.article').textContent()).toContain(`Claims: ${all.length} · `);
    expect(done.claimsOmitted).toBe(144 - all.length);
    expect(await layla.locator('.claims-omitted').textContent())
      .toBe(`${done.claimsOmitted} more claims were found in this article and not kept: only the ${all.length} most check-worthy are listed and reviewed.`);
    await layla.screenshot({ path: join(shots, '6-long-article.png'), fullPage: true });
  });

  it('dates an article only by the date it gives, reads "at least" as ≥ and leaves out what a row does not have', async () => {
    const nadia = await stack.token('submitter', 'nadia');
    const undated = await submit(nadia, { text: 'Four people were injured in a fire in Dunmere.', language: 'en', title: 'Fire in Dunmere' });
    const atLeast = await submit(nadia, { text: 'At least 18 people were killed in an air strike on Harlow Bay on Monday.', language: 'en', publishedAt: '2024-05-08', title: 'Harlow Bay strike' });
    const twelve = await submit(nadia, { text: 'Twelve people were killed in an air strike on Harlow Bay on Monday.', language: 'en', publishedAt: '2024-05-08', title: 'Twelve dead', source: 'Daily Courier' });
    const eighteen = atLeast.claims.find((c: any) => c.type === 'casualty');
    const claim = twelve.claims.find((c: any) => c.type === 'casualty');
    const page = await newPage();
    await signIn(page, 'Layla Haddad', 'reviewer');

    // An article sent without a publication date: "no date given" in the list, as on its page, not the day it came in.
    await page.getByRole('link', { name: 'Articles' }).click();
    const cell = page.locator(`tr[data-article="${undated.articleId}"] td`).first();
    await soon(() => cell.textContent()).toBe('no date given');
    expect(await cell.locator('time').count()).toBe(0);

    // The claim of twelve: its conflict "at least 18" reads ≥ 18; that article names no outlet, and the row says nothing of it.
    await page.goto(`${stack.url}/#/claim/${claim.claimId}`);
    const row = page.locator(`ul.refs li[data-claim="${eighteen.claimId}"]`);
    await soon(() => row.textContent()).toContain('Harlow Bay strike');
    expect(await row.textContent()).toMatch(/^Harlow Bay strike — ≥ 18 · \S.* · open$/);
    expect(await row.textContent()).not.toContain('none');
    // No verdict yet: a sentence, not a numbered list of one.
    expect(await page.locator('.history-box').textContent()).toBe('No verdict yet.');
    expect(await page.locator('ol.history').count()).toBe(0);
    await page.screenshot({ path: join(shots, '7-undated-and-at-least.png'), fullPage: true });
  });

  it('marks the words that matched in who said it, also when the sentence does not hold them', async () => {
    // The minister is named in the sentence before; "وأضاف أن" gives him the count.
    const nadia = await stack.token('submitter', 'nadia');
    const a = await submit(nadia, { text: 'قال وزير الصحة أحمد حسن في مؤتمر صحفي. وأضاف أن 11 شخصا قتلوا في الانفجار.', language: 'ar', publishedAt: '2025-01-02', title: 'مؤتمر الوزير' });
    const claim = a.claims.find((c: any) => c.type === 'casualty');
    expect(claim.attribution.source).toContain('أحمد حسن');
    const page = await newPage();
    await signIn(page, 'Layla Haddad', 'reviewer');
    await page.goto(`${stack.url}/#/search?q=${encodeURIComponent('أحمد حسن')}`);
    const result = page.locator(`ol.results > li[data-claim="${claim.claimId}"]`);
    await soon(async () => {
      if (!(await result.count())) await page.locator('#search-q').press('Enter');
      return result.count();
    }).toBe(1);
    expect(await result.locator('p.claim-text mark').count()).toBe(0);
    expect(await result.locator('p.said-by mark').allTextContents()).toEqual(['أحمد', 'حسن']);
    expect(await result.locator('p.said-by').textContent()).toContain(claim.attribution.source);
    await page.screenshot({ path: join(shots, '8-search-source.png'), fullPage: true });
  });

  it('takes a link alone (no text, no date: the page gives them), and says why an article failed and what to do', async () => {
    const page = await newPage();
    await signIn(page, 'nadia', 'submitter');
    await page.getByRole('link', { name: 'Submit an article' }).first().click();
    // A host that never resolves (.invalid): the submission is taken, the fetch fails.
    await page.getByLabel('Link (alone is enough: the page is fetched)').fill('http://news.invalid/desk/unreachable.html');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await soon(() => page.locator('.progress [data-status]').textContent()).toBe('Failed');
    await page.locator('.progress').getByRole('link', { name: 'Open the article' }).click();
    await soon(() => page.locator('.failure').count()).toBe(1);
    expect(await page.locator('.failure').textContent()).toMatch(/^Not checked: \w+: .*news\.invalid.*Send it again/);
    // No outlet given: the link's host stands for it.
    expect(await page.getByRole('link', { name: 'news.invalid' }).getAttribute('href')).toBe('http://news.invalid/desk/unreachable.html');
  });
});
