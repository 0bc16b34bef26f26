/**
 * An editor's commands through the built CLI (child process) against the real local stack: feeds from a
 * local fixture site, webhooks delivered to it (the secret the CLI prints checks the signature, computed
 * here with node:crypto), and the publication queue. The same one-line errors and exit codes as the other
 * commands: the API's problem+json in one line (exit 1), wrong usage with its usage line (exit 2).
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, startStack, waitFor, type RunningStack } from '../support/local-stack.ts';
import { recordDeliveries, startFixtureSite, type Delivery, type FixtureSite } from '../support/fixture-site.ts';
import { cli, STACK_FRAME } from './support.ts';

let site: FixtureSite;
let stack: RunningStack;
/** What the fixture site's /hook received: the webhook deliveries. */
let hooked: Delivery[] = [];
const env = (extra: Record<string, string> = {}) => ({ FACTCHECK_API: stack.url, FACTCHECK_DATA_DIR: stack.dataDir, FACTCHECK_TOKEN: '', ...extra });
const FEED_ID = /feed-[0-9a-f]{20}/;
const HOOK_ID = /hook-[0-9a-f]{20}/;

beforeAll(async () => {
  site = await startFixtureSite();
  hooked = recordDeliveries(site);
  stack = await startStack({ env: { FACTCHECK_FETCH_ALLOW: `127.0.0.1:${site.port}`, FACTCHECK_WEBHOOK_RETRY_BASE_MS: '100', FACTCHECK_WEBHOOK_SWEEP_MS: '100' } });
});
afterAll(async () => {
  await stack?.stop();
  await site?.close();
});

describe('factcheck feeds', () => {
  let feedId = '';

  it('add subscribes (polled at once), says when it was already; list and show read it back', async () => {
    // Act
    const none = await cli(['feeds', 'list'], { env: env() });
    const added = await cli(['feeds', 'add', `${site.base}/rss.xml`], { env: env() });
    const again = await cli(['feeds', 'add', `${site.base}/rss.xml`], { env: env() });
    feedId = FEED_ID.exec(added.stdout)?.[0] ?? '';
    const list = await cli(['feeds', 'list'], { env: env() });
    const json = JSON.parse((await cli(['feeds', 'list', '--json'], { env: env() })).stdout);
    const show = await cli(['feeds', 'show', feedId], { env: env() });
    // Assert
    expect(none.stdout).toMatch(/^\(no feeds/);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(new RegExp(`^${feedId}: subscribed and polled: 1 new story submitted of 2 listed \\(The Harbour Times - World\\)$`, 'm'));
    expect(added.stdout).toMatch(new RegExp(`^see it: FACTCHECK_API=\\S+ FACTCHECK_DATA_DIR=\\S+ npx factcheck feeds show ${feedId}$`, 'm'));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^${feedId}: already subscribed \\(since \\S+ \\S+, by \\S+\\)`));
    expect(list.stdout).toMatch(/^feed id\s+last poll\s+taken\s+url\s+title$/m);
    expect(list.stdout).toMatch(new RegExp(`^${feedId}\\s+ok \\S+ \\S+\\s+1\\s+${site.base.replace(/\./g, '\\.')}/rss\\.xml\\s+The Harbour Times - World$`, 'm'));
    // --json is the API's own answer
    expect(json).toEqual((await call(stack.url, 'GET', '/feeds', { token: await stack.token('editor') })).body);
    expect(json.items).toHaveLength(1);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(new RegExp(`^feed\\s+${feedId}$`, 'm'));
    expect(show.stdout).toMatch(/^title\s+The Harbour Times - World$/m);
    expect(show.stdout).toMatch(/^items\s+1 taken; the feed listed 2 at its last read$/m);
    expect(show.stdout).not.toMatch(/undefined|null/);
  });

  it('add says which stories were new and which were stored already; the same feed with a #fragment is the one subscription', async () => {
    // Act: the same document at another url (its stories are articles already), and the first url with a fragment
    const copy = await cli(['feeds', 'add', `${site.base}/rss.xml?desk=copy`], { env: env() });
    const fragment = await cli(['feeds', 'add', `${site.base}/rss.xml#latest`], { env: env() });
    // Assert
    expect(copy.code, copy.stderr).toBe(0);
    const copyId = FEED_ID.exec(copy.stdout)![0];
    expect(copyId).not.toBe(feedId);
    expect(copy.stdout).toMatch(new RegExp(`^${copyId}: subscribed and polled: 0 new stories submitted, 1 already stored, of 2 listed \\(The Harbour Times - World\\)$`, 'm'));
    const answer = (await call(stack.url, 'GET', `/feeds/${copyId}`, { token: await stack.token('editor') })).body;
    expect(answer).toMatchObject({ itemsTaken: 1, lastPollItems: { new: 0, alreadyStored: 1 } });
    expect(fragment.code, fragment.stderr).toBe(0);
    expect(fragment.stdout).toMatch(new RegExp(`^${feedId}: already subscribed`));
    await cli(['feeds', 'remove', copyId], { env: env() });
  });

  it('a feed that cannot be read: subscribed, the first poll\'s error said; list and show carry it', async () => {
    // Act
    const added = await cli(['feeds', 'add', `${site.base}/not-xml-feed`], { env: env() });
    const id = FEED_ID.exec(added.stdout)![0];
    const list = await cli(['feeds', 'list'], { env: env() });
    const show = await cli(['feeds', 'show', id], { env: env() });
    // Assert
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(new RegExp(`^${id}: subscribed; its first poll failed: .+ \\(it is polled again on schedule\\)$`, 'm'));
    expect(list.stdout).toMatch(/^feed id\s+last poll\s+taken\s+url\s+title\s+last error$/m);
    expect(list.stdout).toMatch(new RegExp(`^${id}\\s+error `, 'm'));
    expect(show.stdout).toMatch(/^last error\s+\S/m);
    expect(show.stdout).toMatch(/^errors \(newest first\)\n {2}\d{4}-\d\d-\d\d \S+ {2}\S/m);
  });

  it('refusals are the API\'s problem in one line, exit 1: a target never fetched, an unknown feed, a reviewer', async () => {
    const local = await cli(['feeds', 'add', 'http://localhost:9/rss.xml'], { env: env() });
    const unknown = await cli(['feeds', 'show', 'feed-00000000000000000000'], { env: env() });
    const notAnId = await cli(['feeds', 'show', 'nope'], { env: env() });
    const reviewer = await cli(['feeds', 'list'], { env: env({ FACTCHECK_TOKEN: await stack.token('reviewer') }) });
    expect(local.code).toBe(1);
    expect(local.stderr).toMatch(/^factcheck: 422 Unprocessable Content: .*localhost is the machine itself.*\n$/);
    // On the local stack the refusal says how to let such an address through
    expect(local.stderr).toContain('(on this local stack: add 127.0.0.1:9 to FACTCHECK_FETCH_ALLOW, comma-separated pairs, and restart npm start to let it through)');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^factcheck: 404 Not Found: .*feed-00000000000000000000.*\n$/);
    expect(notAnId.stderr).toMatch(/^factcheck: 400 Bad Request: .*not a feed id\n$/);
    expect(reviewer.code).toBe(1);
    expect(reviewer.stderr).toMatch(/^factcheck: 403 Forbidden: /);
    for (const r of [local, unknown, notAnId, reviewer]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('remove unsubscribes in one line (then gone from list and show); again, or by a reviewer, is the API\'s refusal (exit 1)', async () => {
    // Arrange
    const id = FEED_ID.exec((await cli(['feeds', 'add', `${site.base}/atom.xml`], { env: env() })).stdout)![0];
    // Act
    const reviewer = await cli(['feeds', 'remove', id], { env: env({ FACTCHECK_TOKEN: await stack.token('reviewer') }) });
    const removed = await cli(['feeds', 'remove', id], { env: env() });
    const again = await cli(['feeds', 'remove', id], { env: env() });
    const againJson = await cli(['feeds', 'remove', id, '--json'], { env: env() });
    const other = FEED_ID.exec((await cli(['feeds', 'add', `${site.base}/atom.xml?copy=2`], { env: env() })).stdout)![0];
    const removedJson = await cli(['feeds', 'remove', other, '--json'], { env: env() });
    const list = await cli(['feeds', 'list'], { env: env() });
    const show = await cli(['feeds', 'show', id], { env: env() });
    const noId = await cli(['feeds', 'remove'], { env: env() });
    // Assert
    expect(reviewer.code).toBe(1);
    expect(reviewer.stderr).toMatch(/^factcheck: 403 Forbidden: /);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toBe(`${id}: unsubscribed; it is not polled again (the stories it brought in stay)\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^factcheck: 404 Not Found: feed ${id} does not exist \\(never subscribed, or removed already\\)\n$`));
    // --json, as on every other API command: the removal as JSON; a refusal exits 1 as without it.
    expect(removedJson.code, removedJson.stderr).toBe(0);
    expect(JSON.parse(removedJson.stdout)).toEqual({ feedId: other, removed: true });
    expect(againJson.code).toBe(1);
    expect(list.stdout).not.toContain(id);
    expect(show.code).toBe(1);
    // Read or removed, a removed feed is refused in the same words.
    expect(show.stderr).toBe(again.stderr);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toMatch(/^usage: factcheck feeds remove FEED_ID\b/m);
    for (const r of [reviewer, again, show, noId]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('list pages with the --cursor it prints, as the other lists; a --limit out of bounds is wrong usage', async () => {
    // Arrange: three feeds at least
    const token = await stack.token('editor');
    for (const n of [1, 2, 3]) await call(stack.url, 'POST', '/feeds', { token, body: { url: `${site.base}/rss.xml?page=${n}` } });
    const all = JSON.parse((await cli(['feeds', 'list', '--json'], { env: env() })).stdout);
    // Act: one a page, each page by the command the previous one printed
    const seen: string[] = [];
    let args = ['feeds', 'list', '--limit', '1'];
    for (let pages = 0; pages < all.items.length; pages++) {
      const r = await cli(args, { env: env() });
      expect(r.code, r.stderr).toBe(0);
      seen.push(...(r.stdout.match(new RegExp(FEED_ID.source, 'g')) ?? []));
      const more = /^more: FACTCHECK_API=\S+ FACTCHECK_DATA_DIR=\S+ npx factcheck (.+)$/m.exec(r.stdout);
      if (!more) break;
      expect(more[1]).toMatch(/^feeds list --limit 1 --cursor [A-Za-z0-9_-]+$/);
      args = more[1].split(' ');
    }
    const zero = await cli(['feeds', 'list', '--limit', '0'], { env: env() });
    // Assert
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    expect(all.nextCursor).toBeNull();
    expect(seen).toEqual(all.items.map((f: { feedId: string }) => f.feedId));
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--limit must be a whole number from 1 to 100/);
  });
});

describe('factcheck webhooks', () => {
  it('add prints the secret once; deliveries are signed with it and listed by the CLI', async () => {
    // Act
    const added = await cli(['webhooks', 'add', `${site.base}/hook`, '--event', 'ArticleChecked', '--event', 'VerdictRecorded'], { env: env() });
    const id = HOOK_ID.exec(added.stdout)![0];
    const secret = /^secret\s+(\S+)$/m.exec(added.stdout)![1];
    const submitted = await call(stack.url, 'POST', '/articles', {
      token: await stack.token('submitter'),
      body: { text: 'At least 12 civilians were killed in the shelling on Sunday, the civil defence said.', language: 'en', publishedAt: '2024-04-08', url: 'https://news.example/en/cli-hooks' },
    });
    const reviewer = await stack.token('reviewer');
    const article = await articleStatus(stack.url, reviewer, submitted.body.articleId, ['AWAITING_REVIEW']);
    const claimId = article.claims.find((c: any) => c.type === 'casualty').claimId;
    expect((await call(stack.url, 'PUT', `/claims/${claimId}/verdict`, { token: reviewer, body: { rating: 'false', expectedVersion: 0 } })).status).toBe(200);
    const delivered = await waitFor('a delivery to /hook', async () => hooked.find((h) => h.headers['x-factcheck-event'] === 'VerdictRecorded'));
    const deliveries = await waitFor('the delivery marked DELIVERED', async () => {
      const r = await cli(['webhooks', 'deliveries', id], { env: env() });
      return /\bDELIVERED\b/.test(r.stdout) && r;
    });
    const list = await cli(['webhooks', 'list'], { env: env() });
    const show = await cli(['webhooks', 'show', id], { env: env() });
    const json = JSON.parse((await cli(['webhooks', 'show', id, '--json'], { env: env() })).stdout);
    // Assert
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^events\s+ArticleChecked, VerdictRecorded$/m);
    expect(added.stdout).toMatch(/shown this once/);
    const expected = createHmac('sha256', secret).update(`${delivered.headers['x-factcheck-timestamp']}.${delivered.body}`).digest('hex');
    expect(delivered.headers['x-factcheck-signature']).toBe(`sha256=${expected}`);
    expect(deliveries.stdout).toMatch(/^event id\s+type\s+status\s+attempts\s+created\s+next try\s+last attempt$/m);
    expect(JSON.parse(delivered.body)).toMatchObject({ type: 'VerdictRecorded', data: expect.objectContaining({ claimId }) });
    expect(deliveries.stdout).toMatch(new RegExp(`^${delivered.headers['x-factcheck-delivery']}\\s+VerdictRecorded\\s+DELIVERED\\s+1\\s+.*\\b204$`, 'm'));
    expect(list.stdout).toMatch(new RegExp(`^${id}\\s+ArticleChecked,VerdictRecorded\\s+${site.base.replace(/\./g, '\\.')}/hook\\s`, 'm'));
    expect(show.stdout).toMatch(new RegExp(`^webhook\\s+${id}$`, 'm'));
    for (const r of [list, show]) expect(r.stdout).not.toContain(secret);
    expect(json).toEqual((await call(stack.url, 'GET', `/webhooks/${id}`, { token: await stack.token('editor') })).body);
    expect(json.secret).toBeUndefined();
  });

  it('deliveries pages with the --cursor it prints, as the other lists (trial 5, finding 10)', async () => {
    // Arrange: a webhook hears the verdicts on an article of three claims and the article checked: four deliveries
    const id = HOOK_ID.exec((await cli(['webhooks', 'add', `${site.base}/hook`, '--event', 'VerdictRecorded', '--event', 'ArticleChecked'], { env: env() })).stdout)![0];
    const submitted = await call(stack.url, 'POST', '/articles', {
      token: await stack.token('submitter'),
      body: { text: 'Five miners were killed and three were injured when a tunnel collapsed on Monday, the company said.', language: 'en', publishedAt: '2024-06-04' },
    });
    const reviewer = await stack.token('reviewer');
    const article = await articleStatus(stack.url, reviewer, submitted.body.articleId, ['AWAITING_REVIEW']);
    for (const c of article.claims) await call(stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: reviewer, body: { rating: 'true', expectedVersion: 0 } });
    const all = await waitFor('every delivery written', async () => {
      const items = JSON.parse((await cli(['webhooks', 'deliveries', id, '--json'], { env: env() })).stdout).items;
      return items.length === article.claims.length + 1 && items;
    });
    // Act: the first page, then the command its last line prints
    const first = await cli(['webhooks', 'deliveries', id, '--limit', String(all.length - 1)], { env: env() });
    const more = /^more: FACTCHECK_API=\S+ FACTCHECK_DATA_DIR=\S+ npx factcheck (.+)$/m.exec(first.stdout);
    const second = await cli(more![1].split(' '), { env: env() });
    // Assert
    expect(first.code, first.stderr).toBe(0);
    expect(more![1]).toMatch(new RegExp(`^webhooks deliveries ${id} --limit ${all.length - 1} --cursor [A-Za-z0-9_-]+$`));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toMatch(/^more:/m);
    const rows = (out: string) => out.split('\n').filter((l) => /^evt-/.test(l)).map((l) => l.split(/\s+/)[0]);
    expect([...rows(first.stdout), ...rows(second.stdout)]).toEqual(all.map((d: { eventId: string }) => d.eventId));
    expect(rows(second.stdout)).toHaveLength(1);
  });

  it('wrong usage is exit 2 with the usage line; the API\'s refusals exit 1', async () => {
    const noEvent = await cli(['webhooks', 'add', `${site.base}/hook`], { env: env() });
    const badEvent = await cli(['webhooks', 'add', `${site.base}/hook`, '--event', 'ClaimEaten'], { env: env() });
    const badLimit = await cli(['webhooks', 'deliveries', 'hook-00000000000000000000', '--limit', '500'], { env: env() });
    const metadata = await cli(['webhooks', 'add', 'http://169.254.169.254/hook', '--event', 'ArticleChecked'], { env: env() });
    const unknown = await cli(['webhooks', 'deliveries', 'hook-00000000000000000000'], { env: env() });
    expect(noEvent.code).toBe(2);
    expect(noEvent.stderr).toMatch(/^factcheck: webhooks add: needs --event TYPE \(one of ArticleChecked, VerdictRecorded, VerdictPublished, VerdictWithdrawn;/);
    expect(noEvent.stderr).toMatch(/^usage: factcheck webhooks add URL --event /m);
    expect(badEvent.code).toBe(2);
    expect(badEvent.stderr).toMatch(/--event must be one of .*, not "ClaimEaten"/);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toMatch(/--limit must be a whole number from 1 to 100, not "500"/);
    expect(metadata.code).toBe(1);
    expect(metadata.stderr).toMatch(/^factcheck: 422 Unprocessable Content: .*link-local/);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^factcheck: 404 Not Found: /);
    for (const r of [noEvent, badEvent, badLimit, metadata, unknown]) expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('remove takes a webhook and its log away in one line: no longer listed, shown or its deliveries read; again is 404 (exit 1)', async () => {
    // Arrange
    const id = HOOK_ID.exec((await cli(['webhooks', 'add', `${site.base}/hook`, '--event', 'VerdictPublished', '--event', 'VerdictWithdrawn'], { env: env() })).stdout)![0];
    // Act
    const removed = await cli(['webhooks', 'remove', id], { env: env() });
    const again = await cli(['webhooks', 'remove', id], { env: env() });
    const list = JSON.parse((await cli(['webhooks', 'list', '--json'], { env: env() })).stdout);
    const deliveries = await cli(['webhooks', 'deliveries', id], { env: env() });
    // Assert
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toBe(`${id}: removed, with its deliveries' log; no event is sent to it from now on\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^factcheck: 404 Not Found: webhook ${id} does not exist \\(never registered, or removed already\\)\n$`));
    expect(list.items.map((w: { webhookId: string }) => w.webhookId)).not.toContain(id);
    expect(list.items.length).toBeGreaterThan(0); // the others stay
    expect(deliveries.code).toBe(1);
    expect(deliveries.stderr).toBe(again.stderr);
    const show = await cli(['webhooks', 'show', id], { env: env() });
    expect(show.code).toBe(1);
    expect(show.stderr).toBe(again.stderr);
  });
});

describe('factcheck publication-queue', () => {
  it('lists decided claims not yet published, oldest decision first, pages with the --cursor it prints; publishing takes one off', async () => {
    // Arrange: two articles, a claim of each decided by a reviewer
    const reviewer = await stack.token('reviewer', 'rana@desk');
    const decided: string[] = [];
    for (const [i, text] of ['Seven fishermen were missing after the storm on Monday, the coast guard said.', 'Nine workers were injured in the factory fire on Tuesday, the police said.'].entries()) {
      const r = await call(stack.url, 'POST', '/articles', { token: await stack.token('submitter'), body: { text, language: 'en', publishedAt: '2024-05-0' + (i + 1), url: `https://news.example/en/queue-${i}` } });
      const a = await articleStatus(stack.url, reviewer, r.body.articleId, ['AWAITING_REVIEW']);
      const claim = a.claims.find((c: any) => c.type === 'casualty');
      expect((await call(stack.url, 'PUT', `/claims/${claim.claimId}/verdict`, { token: reviewer, body: { rating: i ? 'false' : 'true', expectedVersion: 0 } })).status).toBe(200);
      decided.push(claim.claimId);
    }
    // Act
    const all = await cli(['publication-queue'], { env: env() });
    const json = JSON.parse((await cli(['publication-queue', '--json'], { env: env() })).stdout);
    // every page of one, by the --cursor each prints
    const paged: string[] = [];
    for (let args = ['publication-queue', '--limit', '1']; ;) {
      const page = await cli(args, { env: env() });
      expect(page.code, page.stderr).toBe(0);
      paged.push(...(page.stdout.match(/^art-\S+/gm) ?? []));
      const next = /^more: FACTCHECK_API=\S+ FACTCHECK_DATA_DIR=\S+ npx factcheck (publication-queue --limit 1 --cursor \S+)$/m.exec(page.stdout);
      if (!next) break;
      args = next[1].split(' ');
    }
    const published = await cli(['publish', decided[0]], { env: env() });
    const after = JSON.parse((await cli(['publication-queue', '--json'], { env: env() })).stdout);
    const bad = await cli(['publication-queue', '--limit', '0'], { env: env() });
    // Assert
    const ids = json.items.map((c: { claimId: string }) => c.claimId);
    expect(ids.slice(-2)).toEqual(decided); // the latest decisions last
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/^claim id\s+value\s+verdict\s+decided\s+by\s+text$/m);
    expect(all.stdout.match(/^art-\S+/gm)).toEqual(ids);
    expect(all.stdout).toMatch(new RegExp(`^${decided[0].replace('.', '\\.')}\\s+missing 7 fishermen\\s+true \\(v1\\)\\s+\\S+ \\S+\\s+rana@desk\\s+Seven fishermen`, 'm'));
    expect(all.stdout).toMatch(new RegExp(`^${decided[1].replace('.', '\\.')}\\s+injured 9 workers\\s+false \\(v1\\)`, 'm'));
    expect(all.stdout).toMatch(new RegExp(`^publish one: FACTCHECK_API=\\S+ FACTCHECK_DATA_DIR=\\S+ npx factcheck publish ${ids[0].replace('.', '\\.')}$`, 'm'));
    expect(paged).toEqual(ids);
    expect(published.code, published.stderr).toBe(0);
    expect(after.items.map((c: { claimId: string }) => c.claimId)).toEqual(ids.filter((id: string) => id !== decided[0]));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^factcheck: publication-queue: --limit must be a whole number from 1 to 100, not "0"/);
  });
});

describe('the claim as its fact-check will state it, before publishing (trial 7, finding 23)', () => {
  it('factcheck claim shows the statement that publishing puts in ClaimReview claimReviewed; publication-queue points to it', async () => {
    // Arrange: a count whose sentence has no date, after a sentence dated Wednesday about other victims; one dated in its own.
    const reviewer = await stack.token('reviewer', 'rana@desk');
    const text = 'The deaths of 12 miners were confirmed by the governor on Wednesday. The victims numbered 11 children, according to the Red Cross. Gunmen killed 5 guards on Tuesday.';
    const r = await call(stack.url, 'POST', '/articles', { token: await stack.token('submitter'), body: { text, language: 'en', publishedAt: '2024-03-07', url: 'https://news.example/en/statement' } });
    const a = await articleStatus(stack.url, reviewer, r.body.articleId, ['AWAITING_REVIEW']);
    const children = a.claims.find((c: any) => c.casualty?.min === 11).claimId;
    const guards = a.claims.find((c: any) => c.casualty?.min === 5).claimId;
    for (const id of [children, guards]) {
      expect((await call(stack.url, 'PUT', `/claims/${id}/verdict`, { token: reviewer, body: { rating: 'misleading', expectedVersion: 0 } })).status).toBe(200);
    }
    // Act
    const [shownChildren, shownGuards] = [await cli(['claim', children], { env: env() }), await cli(['claim', guards], { env: env() })];
    const queue = await cli(['publication-queue'], { env: env() });
    for (const id of [children, guards]) expect((await cli(['publish', id], { env: env() })).code).toBe(0);
    const reviews = (await call(stack.url, 'GET', `/articles/${r.body.articleId}/claimreview`)).body as any[];
    const stated = (id: string) => reviews.find((x) => x.url.endsWith(`/fact-checks/${encodeURIComponent(id)}`)).claimReviewed;
    // Assert: the line says what ClaimReview says, word for word, with no date borrowed from the miners' sentence.
    expect(shownChildren.code, shownChildren.stderr).toBe(0);
    expect(stated(children)).toBe('11 children killed');
    expect(stated(guards)).toBe('5 guards killed on 5 March 2024');
    const statesLine = (out: string) => /^states +(.+?) {2}\(as published: the public page and ClaimReview\)$/m.exec(out)?.[1];
    expect(statesLine(shownChildren.stdout)).toBe(stated(children));
    expect(statesLine(shownGuards.stdout)).toBe(stated(guards));
    expect(queue.stdout).toMatch(/^read one first \(the claim as its public page will state it\): FACTCHECK_API=\S+ FACTCHECK_DATA_DIR=\S+ npx factcheck claim art-\S+$/m);
  });
});

describe('help for the groups of commands', () => {
  it('--help lists each subcommand; a group alone, or an unknown subcommand, is wrong usage', async () => {
    const help = await cli(['--help']);
    const feeds = await cli(['feeds', '--help']);
    const one = await cli(['help', 'webhooks', 'add']);
    const bare = await cli(['feeds']);
    const rm = await cli(['feeds', 'rm', 'feed-00000000000000000000']);
    const eat = await cli(['webhooks', 'eat', 'hook-00000000000000000000']);
    expect(help.code).toBe(0);
    for (const c of ['feeds list', 'feeds add URL', 'feeds show FEED_ID', 'feeds remove FEED_ID', 'webhooks list', 'webhooks add URL', 'webhooks show WEBHOOK_ID', 'webhooks deliveries WEBHOOK_ID', 'webhooks remove WEBHOOK_ID', 'publication-queue']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
    expect(help.stdout).toContain('--event ArticleChecked|VerdictRecorded|VerdictPublished|VerdictWithdrawn');
    expect(feeds.code).toBe(0);
    expect(feeds.stdout).toMatch(/^usage: factcheck feeds <list\|add\|show\|remove>/);
    for (const c of ['list', 'add URL', 'show FEED_ID', 'remove FEED_ID']) expect(feeds.stdout).toMatch(new RegExp(`^  feeds ${c}\\b`, 'm'));
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^usage: factcheck webhooks add URL --event ArticleChecked\|VerdictRecorded\|VerdictPublished\|VerdictWithdrawn \[flags\]/);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^factcheck: feeds: needs a subcommand: list, add, show or remove \(factcheck feeds --help\)/);
    expect(rm.code).toBe(2);
    expect(rm.stderr).toMatch(/^factcheck: feeds: unknown subcommand "rm": did you mean "remove"\? The subcommands: list, add, show, remove/);
    expect(eat.code).toBe(2);
    expect(eat.stderr).toMatch(/^factcheck: webhooks: unknown subcommand "eat"; the subcommands: list, add, show, deliveries, remove/);
    for (const r of [bare, rm, eat]) expect(r.stdout).toBe('');
  });
});
