/**
 * The built command line against a real local stack (child process, real HTTP and JWTs): what a reviewer
 * types in a terminal. Each trap of issue #14: verdicts never overwrite a colleague's unless given the
 * version seen; the queue's cursor works; status and demo show claim ids (all of them, whatever the pages of
 * GET /articles/{id}); claim reads as text.
 */
import { describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';
import { claimPages, LONG_ARTICLE } from '../support/long-article.ts';
import { cli, STACK_FRAME } from './support.ts';
import { SEARCH_INDEX_VERSION } from '../../lambdas/domain/search.ts';

const ctx = useStack();
const env = (extra: Record<string, string> = {}) => ({ FACTCHECK_API: ctx.stack.url, FACTCHECK_DATA_DIR: ctx.stack.dataDir, FACTCHECK_TOKEN: '', ...extra });
const CLAIM_ID = /art-[0-9a-f]{20}\.(?:casualty|date)-\d+-\d+/g;
/** A time as README says the CLI prints it: `2026-11-29 14:59:33Z`. */
const TIME = '\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z';

describe('factcheck against the local stack', () => {
  let articleId = '';
  let claimIds: string[] = [];

  it('demo follows the sample article and prints its claim ids', async () => {
    // Act
    const r = await cli(['demo'], { env: env() });
    // Assert
    expect(r.code, r.stderr).toBe(0);
    articleId = /article (art-[0-9a-f]{20})/.exec(r.stdout)![1];
    claimIds = [...new Set(r.stdout.match(CLAIM_ID))];
    expect(claimIds.length).toBeGreaterThan(3);
    expect(r.stdout).toMatch(/status: AWAITING_REVIEW/);
    expect(r.stdout).toMatch(/Next: FACTCHECK_API=\S+ FACTCHECK_DATA_DIR=\S+ npx factcheck claim art-/);
    // the ids it prints are real claims
    const c = await cli(['claim', claimIds[0], '--json'], { env: env() });
    expect(JSON.parse(c.stdout).claimId).toBe(claimIds[0]);
  });

  it('status shows every claim id with its state, and --json the article', async () => {
    const table = await cli(['status', articleId], { env: env() });
    const json = await cli(['status', articleId, '--json'], { env: env() });
    expect(table.code).toBe(0);
    for (const id of claimIds) expect(table.stdout).toContain(id);
    expect(table.stdout).toMatch(/^claim id\s+type\s+value\s+state/m);
    expect(table.stdout).toMatch(/\bopen\b/);
    expect(JSON.parse(json.stdout)).toMatchObject({ articleId, status: 'AWAITING_REVIEW' });
  });

  it('verdict writes an undecided claim, then refuses to overwrite it without the version seen', async () => {
    // Arrange
    const id = claimIds[0];
    // Act: alice decides; bob, without --expected-version, must not overwrite her
    const first = await cli(['verdict', id, '--rating', 'false', '--note', 'hospital lists 9'], { env: env({ FACTCHECK_TOKEN: await ctx.stack.token('reviewer', 'alice@test') }) });
    const bob = env({ FACTCHECK_TOKEN: await ctx.stack.token('reviewer', 'bob@test') });
    const blind = await cli(['verdict', id, '--rating', 'true', '--note', "bob's count", '--evidence', 'https://example.org/list'], { env: bob });
    const stale = await cli(['verdict', id, '--rating', 'true', '--expected-version', '0'], { env: bob });
    const after = JSON.parse((await cli(['claim', id, '--json'], { env: env() })).stdout);
    // Assert
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${id}: false (version 1)`);
    expect(blind.code).toBe(1);
    expect(blind.stderr).toMatch(/already decided: false by alice@test \(version 1\)/);
    // The command to replace it keeps what bob typed (rating, note, evidence), quoted for a shell.
    expect(blind.stderr).toContain(`verdict ${id} --rating true --note 'bob'\\''s count' --evidence https://example.org/list --expected-version 1`);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/not recorded: .* is at version 1 \(false by alice@test\), not 0/);
    for (const r of [blind, stale]) expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(after).toMatchObject({ version: 1, verdict: { rating: 'false', reviewer: 'alice@test' } });
    // with the version seen, the revision goes through
    const revised = await cli(['verdict', id, '--rating', 'mostly-true', '--expected-version', '1', '--explanation', 'Nine were named by the hospital.', '--evidence', 'https://example.org/a', '--evidence', 'https://example.org/b'], { env: bob });
    expect(revised.code, revised.stderr).toBe(0);
    expect(revised.stdout).toContain('mostly-true (version 2)');
  });

  it('a rating off the desk\'s scale: the API\'s refusal in one line, exit 1', async () => {
    const r = await cli(['verdict', claimIds[1], '--rating', 'pants-on-fire'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^factcheck: 400 Bad Request: .*rating.*must be one of/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('claim reads as text: values, checks, verdict, publication and history', async () => {
    // Arrange: an editor publishes version 2 with the CLI
    const editor = env({ FACTCHECK_TOKEN: await ctx.stack.token('editor', 'ed@test') });
    const pub = await cli(['publish', claimIds[0], '--expected-version', '2'], { env: editor });
    expect(pub.code, pub.stderr).toBe(0);
    expect(pub.stdout).toContain(`${claimIds[0]}: published (version 2); public page: ${ctx.stack.url}/fact-checks/${claimIds[0]}`);
    // Act
    const r = await cli(['claim', claimIds[0]], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart()[0]).not.toBe('{');
    expect(r.stdout).toMatch(/^claim\s+art-/m);
    // times as the tables print them, README's `2026-11-29 14:59:33Z` (trial 7, finding 22)
    expect(r.stdout).toMatch(new RegExp(`^verdict\\s+mostly-true by bob@test at ${TIME}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^ {2}v1 {2}${TIME} {2}alice@test {2}false {2}"hospital lists 9"`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^ {2}v2 {2}${TIME} {2}bob@test {2}mostly-true .*https://example\\.org/a https://example\\.org/b`, 'm'));
    expect(r.stdout).toMatch(/^explanation\s+Nine were named by the hospital\./m);
    expect(r.stdout).toMatch(new RegExp(`^publication\\s+published v2 by ed@test at ${TIME}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^ {2}published v2 {2}${TIME} {2}ed@test`, 'm'));
    expect(r.stdout).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d+Z|\dT\d/);
    expect(r.stdout).not.toContain('undefined');
  });

  it('publish takes the current version when none is given, refuses an undecided claim; withdraw takes the page down', async () => {
    // Arrange: a reviewer decides another claim
    const id = claimIds[2];
    const undecided = await cli(['publish', claimIds[3]], { env: env() });
    expect((await cli(['verdict', id, '--rating', 'misleading', '--explanation', 'The count mixes two days.'], { env: env() })).code).toBe(0);
    // Act
    const published = await cli(['publish', id], { env: env() });
    const stale = await cli(['publish', id, '--expected-version', '7'], { env: env() });
    const page = await fetch(`${ctx.stack.url}/fact-checks/${id}`);
    const withdrawn = await cli(['withdraw', id], { env: env() });
    const gone = await fetch(`${ctx.stack.url}/fact-checks/${id}`);
    const again = await cli(['withdraw', id], { env: env() });
    const never = await cli(['withdraw', claimIds[3]], { env: env() });
    const againJson = await cli(['withdraw', id, '--json'], { env: env() });
    const neverJson = await cli(['withdraw', claimIds[3], '--json'], { env: env() });
    const unknownJson = await cli(['claim', 'art-00000000000000000000.casualty-1-2', '--json'], { env: env() });
    // Assert
    expect(undecided.code).toBe(1);
    expect(undecided.stderr).toMatch(/has no verdict yet: a reviewer decides it first/);
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain(`${id}: published (version 1)`);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^factcheck: not published: /);
    expect(stale.stderr).not.toMatch(STACK_FRAME);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('The count mixes two days.');
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    expect(withdrawn.stdout).toContain(`${id}: withdrawn`);
    expect(gone.status).toBe(410);
    // Not published (withdrawn already, or never): the API's 409 said as one line, exit 1
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^factcheck: not withdrawn: claim ${id.replace('.', '\\.')} is not published: its fact-check \\(version 1\\) was already withdrawn at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ by \\S+; there is nothing to withdraw\n$`));
    expect(never.code).toBe(1);
    expect(never.stderr).toBe(`factcheck: not withdrawn: claim ${claimIds[3]} is not published: it has never been published, so there is nothing to withdraw\n`);
    // Under --json a refusal is the API's problem JSON on stdout (its publication field too), exit 1 (trial 5, finding 9)
    expect(againJson.code).toBe(1);
    expect(againJson.stderr).toBe('');
    expect(JSON.parse(againJson.stdout)).toMatchObject({ status: 409, title: 'Conflict', publication: { state: 'withdrawn', version: 1 } });
    expect(JSON.parse(againJson.stdout).detail).toBe(again.stderr.replace(/^factcheck: not withdrawn: /, '').trimEnd());
    expect(neverJson.code).toBe(1);
    expect(JSON.parse(neverJson.stdout)).toMatchObject({ status: 409, publication: null, detail: expect.stringContaining('never been published') });
    expect(unknownJson.code).toBe(1);
    expect(JSON.parse(unknownJson.stdout)).toMatchObject({ status: 404, detail: 'claim art-00000000000000000000.casualty-1-2 does not exist' });
  });

  it('status shows the verdicts', async () => {
    const r = await cli(['status', articleId], { env: env() });
    expect(r.stdout).toMatch(new RegExp(`${claimIds[0].replace('.', '\\.')}.*mostly-true \\(v2\\)`));
  });

  it('queue pages with the --cursor it prints', async () => {
    // Act
    const page1 = await cli(['queue', '--limit', '2'], { env: env() });
    const next = /more: .*npx (factcheck queue .*--cursor (\S+))/.exec(page1.stdout);
    const page2 = await cli(['queue', '--limit', '2', '--cursor', next![2]], { env: env() });
    const all = JSON.parse((await cli(['queue', '--limit', '100', '--json'], { env: env() })).stdout);
    // Assert
    expect(page1.code).toBe(0);
    expect(page2.code, page2.stderr).toBe(0);
    const ids1 = page1.stdout.match(CLAIM_ID)!;
    const ids2 = page2.stdout.match(CLAIM_ID)!;
    expect(ids1).toHaveLength(2);
    expect(ids2.length).toBeGreaterThan(0);
    expect(ids2.filter((id) => ids1.includes(id))).toEqual([]);
    expect(all.items.slice(0, 4).map((c: { claimId: string }) => c.claimId)).toEqual([...ids1, ...ids2].slice(0, 4));
    const bad = await cli(['queue', '--cursor', 'not-a-cursor'], { env: env() });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^factcheck: 400 Bad Request: cursor: is not one this API gave out/);
  });

  it('submit --wait follows the article to its claims; without --wait it returns at once', async () => {
    const text = 'At least 14 civilians were killed in shelling on Friday, the civil defence said.';
    const waited = await cli(['submit', '-', '--wait', '--published', '2024-03-02', '--lang', 'en'], { env: env(), input: text });
    const quick = await cli(['submit', '-', '--json', '--published', '2024-03-02'], { env: env(), input: `${text} Two more died on Saturday.` });
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.stdout).toMatch(/^article art-/m);
    expect(waited.stdout).toMatch(/^status: (AWAITING_REVIEW|CHECKED)/m);
    expect(waited.stdout).toMatch(/killed ≥14 civilians/);
    expect(waited.stdout.match(CLAIM_ID)!.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(quick.stdout)).toMatchObject({ articleId: expect.stringMatching(/^art-/), status: 'PROCESSING' });
  });

  it('articles lists them newest first, filters by status and pages with the --cursor it prints', async () => {
    // Act
    const all = JSON.parse((await cli(['articles', '--json'], { env: env() })).stdout);
    const awaiting = await cli(['articles', '--status', 'awaiting-review'], { env: env() });
    const failed = await cli(['articles', '--status', 'failed'], { env: env() });
    const page1 = await cli(['articles', '--limit', '1'], { env: env() });
    const next = /more: .*npx factcheck articles --limit 1 --cursor (\S+)/.exec(page1.stdout);
    const page2 = await cli(['articles', '--limit', '1', '--cursor', next![1]], { env: env() });
    // Assert
    expect(all.items.map((a: { articleId: string }) => a.articleId)).toContain(articleId);
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    expect(awaiting.code).toBe(0);
    expect(awaiting.stdout).toMatch(/^article id\s+status\s+lang\s+published/);
    expect(awaiting.stdout).toContain(articleId);
    expect(awaiting.stdout).not.toMatch(/PROCESSING|FAILED/);
    expect(failed.stdout.trim()).toBe('(no articles)');
    const id1 = page1.stdout.match(/art-[0-9a-f]{20}/g)!;
    const id2 = page2.stdout.match(/art-[0-9a-f]{20}/g)!;
    expect(id1[0]).toBe(all.items[0].articleId);
    expect(id2[0]).toBe(all.items[1].articleId);
  });

  it('search finds claims by words and by values, decided ones too', async () => {
    // Act
    const words = JSON.parse((await cli(['search', 'مدنياً', '--json'], { env: env() })).stdout);
    const killed = JSON.parse((await cli(['search', '--kind', 'killed', '--min', '10', '--json'], { env: env() })).stdout);
    const decided = await cli(['search', '--status', 'decided'], { env: env() });
    const table = await cli(['search', 'مدنياً'], { env: env() });
    // Assert
    // (a claim matches by its own words or its sentence's: "أربعة أطفال" stands in the sentence of "12 مدنياً")
    expect(words.items.some((c: { text: string }) => /مدني/.test(c.text))).toBe(true);
    expect(words.items.every((c: { articleId: string }) => c.articleId === articleId)).toBe(true);
    // The table shows why each matched: its sentence from just before the matched word, whatever the claim says.
    const rows = table.stdout.split('\n').filter((l) => l.startsWith('art-'));
    expect(rows).toHaveLength(words.items.length);
    expect(table.stdout.split('\n')[0]).toMatch(/\bsentence\b/);
    for (const row of rows) expect(row).toMatch(/مدني/);
    expect(words.items.some((c: { text: string }) => !/مدني/.test(c.text))).toBe(true);
    expect(killed.items.length).toBeGreaterThan(0);
    for (const c of killed.items) expect(c.casualty).toMatchObject({ kind: 'killed' });
    for (const c of killed.items) expect(Math.max(c.casualty.min ?? 0, c.casualty.max ?? 0)).toBeGreaterThanOrEqual(10);
    expect(decided.code).toBe(0);
    expect(decided.stdout).toMatch(new RegExp(`${claimIds[0].replace('.', '\\.')}.*mostly-true \\(v2\\)`));
  });

  it('search shows who said it, with the words that matched there, also when its sentence does not hold them', async () => {
    // Arrange: the minister is named in the sentence before; "وأضاف أن" gives him the count.
    const text = 'قال وزير الصحة أحمد حسن في مؤتمر صحفي. وأضاف أن 11 شخصا قتلوا في الانفجار.';
    const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text, language: 'ar', publishedAt: '2025-01-02', title: 'مؤتمر الوزير' } });
    const a = await articleStatus(ctx.stack.url, ctx.reviewer, r.body.articleId, ['AWAITING_REVIEW']);
    const claim = a.claims.find((c: any) => c.type === 'casualty');
    // Act
    const found = await cli(['search', 'أحمد', 'حسن'], { env: env() });
    const json = JSON.parse((await cli(['search', 'أحمد', 'حسن', '--json'], { env: env() })).stdout);
    // Assert: the sentence holds neither word; the source column shows both
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout.split('\n')[0]).toMatch(/\bsentence\s+source\s+article$/);
    const row = found.stdout.split('\n').find((l) => l.startsWith(claim.claimId))!;
    expect(row).toContain('وأضاف أن 11 شخصا');
    expect(row).toContain(claim.attribution.source);
    const item = json.items.find((c: any) => c.claimId === claim.claimId);
    expect(item.excerpt.marks).toEqual([]);
    expect(item.excerpt.source.marks.map((m: any) => item.excerpt.source.text.slice(m.start, m.end))).toEqual(['أحمد', 'حسن']);
  });

  it('search prints its more: line as it runs pasted into a terminal of the clone: npx, and PORT in front (trial 6, finding 10)', async () => {
    // Arrange: the CLI reaches the stack by PORT (not FACTCHECK_API), as in a terminal after export PORT=...
    const port = new URL(ctx.stack.url).port;
    const all = JSON.parse((await cli(['search', 'مدنياً', '--json'], { env: env() })).stdout).items.map((c: { claimId: string }) => c.claimId);
    // Act
    const first = await cli(['search', 'مدنياً', '--limit', '1'], { env: { FACTCHECK_API: undefined, PORT: port, FACTCHECK_DATA_DIR: ctx.stack.dataDir, FACTCHECK_TOKEN: undefined } });
    const line = /^more: (.+)$/m.exec(first.stdout)?.[1] ?? '';
    // the line as it is, through a shell, where none of the stack's settings is set
    const pasted = await cli([], { command: ['sh', '-c', line], env: { FACTCHECK_API: undefined, PORT: undefined, FACTCHECK_DATA_DIR: undefined, FACTCHECK_TOKEN: undefined } });
    // Assert
    expect(first.code, first.stderr).toBe(0);
    expect(line).toMatch(new RegExp(`^PORT=${port} FACTCHECK_DATA_DIR=\\S+ npx factcheck search مدنياً --limit 1 --cursor \\S+$`));
    expect(pasted.code, pasted.stderr).toBe(0);
    expect(all.length).toBeGreaterThan(1);
    expect(first.stdout.match(CLAIM_ID)).toEqual([all[0]]);
    expect(pasted.stdout.match(CLAIM_ID)).toEqual([all[1]]);
  });

  it('the lines that name a command to run (follow it:, Next:) run as printed, pasted into a terminal of the clone (trial 7, finding 16)', async () => {
    // Arrange: the CLI reaches the stack by PORT, as in a terminal after export PORT=...; the paste goes where none is set
    const port = new URL(ctx.stack.url).port;
    const byPort = { FACTCHECK_API: undefined, PORT: port, FACTCHECK_DATA_DIR: ctx.stack.dataDir, FACTCHECK_TOKEN: undefined };
    const bare = { FACTCHECK_API: undefined, PORT: undefined, FACTCHECK_DATA_DIR: undefined, FACTCHECK_TOKEN: undefined };
    const paste = (line: string) => cli([], { command: ['sh', '-c', line], env: bare });
    const text = 'At least 23 villagers were killed in the raid on Sunday, the governor said.';
    // Act
    const quick = await cli(['submit', '-', '--published', '2024-04-02', '--lang', 'en'], { env: byPort, input: text });
    const follow = /^follow it: (.+)$/m.exec(quick.stdout)?.[1] ?? '';
    const followed = await paste(follow);
    const waited = await cli(['submit', '-', '--wait', '--published', '2024-04-02', '--lang', 'en'], { env: byPort, input: 'At least 23 villagers were killed in the raid on Sunday, the governor told reporters.' });
    const next = (/^Next: (.+)$/m.exec(waited.stdout)?.[1] ?? '').split('   |   ');
    const claim = await paste(next[0]);
    const queue = await paste(next[2]);
    // Assert
    expect(quick.code, quick.stderr).toBe(0);
    const id = /^(art-[0-9a-f]{20})\s/.exec(quick.stdout)![1];
    expect(follow).toBe(`PORT=${port} FACTCHECK_DATA_DIR=${ctx.stack.dataDir} npx factcheck status ${id}`);
    expect(followed.code, followed.stderr).toBe(0);
    expect(followed.stdout).toMatch(new RegExp(`^${id}\\s`));
    expect(waited.code, waited.stderr).toBe(0);
    expect(next).toHaveLength(3);
    for (const line of next) expect(line).toMatch(new RegExp(`^PORT=${port} FACTCHECK_DATA_DIR=\\S+ npx factcheck (claim|verdict|queue)\\b`));
    expect(next[1]).toMatch(/ --rating false --note why$/);
    expect(claim.code, claim.stderr).toBe(0);
    expect(claim.stdout).toMatch(/^value\s+killed ≥23 villagers/m);
    expect(queue.code, queue.stderr).toBe(0);
    expect(queue.stdout).toMatch(/^priority\s+claim id/m);
  });

  it('search shows each matched word in the sentence column, "…" between words too far apart for one stretch (trial 6, finding 4)', async () => {
    // Arrange: a sentence where the two words stand far apart
    const text = 'Seven people were killed when a strike hit the crowded vegetable market in Kafr Nabl on Tuesday morning, the civil defence said, wounding twelve others.';
    const submitted = await cli(['submit', '-', '--wait', '--lang', 'en', '--published', '2026-11-24'], { env: env(), input: text });
    expect(submitted.code, submitted.stderr).toBe(0);
    // Act
    const r = await cli(['search', 'wounded', 'strike'], { env: env() });
    const json = JSON.parse((await cli(['search', 'wounded', 'strike', '--json'], { env: env() })).stdout);
    // Assert
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trimEnd().split('\n');
    const at = head.indexOf('sentence');
    const width = head.indexOf('article', at) - at - 2;
    expect(rows.length).toBe(json.items.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cell = row.slice(at, at + width).trim();
      expect(cell).toMatch(/\bstrike\b.* … .*\bwounding\b/);
    }
    // --json as it was: the API's excerpt, its marks offsets of the article
    expect(json.items[0].excerpt).toMatchObject({ text: expect.stringContaining('wounding'), marks: expect.any(Array) });
  });

  it('reindex rebuilds the search index page by page, printing progress; search finds the same after it', async () => {
    // Arrange
    const before = JSON.parse((await cli(['search', 'مدنيين', '--json'], { env: env() })).stdout).items.map((c: { claimId: string }) => c.claimId);
    // Act
    const r = await cli(['reindex', '--limit', '1'], { env: env() });
    const bad = await cli(['reindex', '--limit', 'all'], { env: env() });
    const after = JSON.parse((await cli(['search', 'مدنيين', '--json'], { env: env() })).stdout).items.map((c: { claimId: string }) => c.claimId);
    // Assert
    expect(r.code, r.stderr).toBe(0);
    const [, rebuilt, articles] = new RegExp(`search index at version ${SEARCH_INDEX_VERSION}: (\\d+) of (\\d+) articles rebuilt`).exec(r.stdout)!;
    expect(Number(articles)).toBeGreaterThanOrEqual(2);
    expect(Number(rebuilt)).toBeGreaterThan(0);
    expect(r.stderr.trim().split('\n').length).toBe(Number(articles)); // a progress line per page of one
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a whole number/);
    expect(before.length).toBeGreaterThan(0); // the sample says "مدنياً": the plural finds it
    expect(after).toEqual(before);
  });

  it('lease: the holder shows in the queue and the claim; another reviewer is told who holds it', async () => {
    // Arrange: an open claim
    const open = JSON.parse((await cli(['queue', '--limit', '1', '--json'], { env: env() })).stdout).items[0].claimId;
    const alice = env({ FACTCHECK_TOKEN: await ctx.stack.token('reviewer', 'alice@test') });
    const bob = env({ FACTCHECK_TOKEN: await ctx.stack.token('reviewer', 'bob@test') });
    // Act
    const taken = await cli(['lease', open, '--minutes', '5'], { env: alice });
    const refused = await cli(['lease', open], { env: bob });
    const queue = await cli(['queue', '--limit', '3'], { env: bob });
    const claim = await cli(['claim', open], { env: bob });
    const released = await cli(['release', open], { env: alice });
    const after = await cli(['lease', open], { env: bob });
    // Assert
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stdout).toMatch(new RegExp(`: yours until ${TIME}$`, 'm'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^factcheck: .* not taken: alice@test holds this claim until/);
    // The API's refusal prints the holder's time as every line does (README's format), not raw ISO.
    expect(refused.stderr).toMatch(new RegExp(`holds this claim until ${TIME}\n$`));
    expect(queue.stdout).toMatch(/taken by/);
    expect(queue.stdout).toMatch(new RegExp(`${open.replace('.', '\\.')}.*alice@test`));
    expect(claim.stdout).toMatch(new RegExp(`^taken by\\s+alice@test until ${TIME}$`, 'm'));
    expect(released.code).toBe(0);
    expect(after.code, after.stderr).toBe(0);
  });

  it('a 401 names the command that prints a token for this stack, pasteable as printed in another terminal', async () => {
    // Arrange: the stack's url as a user has it (localhost:PORT)
    const url = ctx.stack.url;
    const expired = await ctx.stack.token('reviewer', 'late@test', -60);
    // Act
    const none = await fetch(`${url}/review-queue`);
    const late = await fetch(`${url}/review-queue`, { headers: { authorization: `Bearer ${expired}` } });
    const [noneBody, lateBody] = [await none.json(), await late.json()] as { detail: string }[];
    const line = /\((\S.*npx factcheck token --role reviewer) prints one\)$/.exec(noneBody.detail)?.[1];
    // Pasted in a shell where none of the stack's settings is set, in the project's directory.
    const pasted = await cli(['-c', line ?? 'false'], { command: ['bash'], env: { PORT: undefined, FACTCHECK_API: undefined, FACTCHECK_DATA_DIR: undefined, FACTCHECK_TOKEN: undefined } });
    const withIt = await fetch(`${url}/review-queue`, { headers: { authorization: `Bearer ${pasted.stdout.trim()}` } });
    // Assert: the problem+json contract is kept
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(noneBody).toMatchObject({ type: expect.any(String), title: 'Unauthorized', status: 401 });
    expect(line).toBe(`PORT=${new URL(url).port} FACTCHECK_DATA_DIR=${ctx.stack.dataDir} npx factcheck token --role reviewer`);
    expect(pasted.code, pasted.stderr).toBe(0);
    expect(withIt.status).toBe(200);
    expect(late.status).toBe(401);
    expect(lateBody.detail).toBe(`the token has expired (${line} prints a new one)`);
  });

  it('token signs with the stack\'s key', async () => {
    const r = await cli(['token', '--role', 'reviewer', '--sub', 'carol@test'], { env: env() });
    const res = await fetch(`${ctx.stack.url}/review-queue`, { headers: { authorization: `Bearer ${r.stdout.trim()}` } });
    expect(res.status).toBe(200);
  });

  it('submit --wait and status show every claim of an article longer than one page, and --json all of them', async () => {
    // Act
    const waited = await cli(['submit', '-', '--wait', '--lang', 'en', '--published', LONG_ARTICLE.publishedAt, '--title', LONG_ARTICLE.title], { env: env(), input: LONG_ARTICLE.text });
    expect(waited.code, waited.stderr).toBe(0);
    const id = /^article (art-[0-9a-f]{20})$/m.exec(waited.stdout)![1];
    const table = await cli(['status', id], { env: env() });
    const json = JSON.parse((await cli(['status', id, '--json'], { env: env() })).stdout);
    // Assert: against the API's own pages (its default limit)
    const pages = await claimPages(ctx.stack.url, ctx.reviewer, id);
    const all = pages.flat().map((c) => c.claimId);
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(waited.stdout.match(CLAIM_ID))).toEqual(new Set(all));
    const open = pages.flat().filter((c) => c.status === 'PENDING_REVIEW').length;
    expect(waited.stdout).toContain(`${all.length} claims: 0 decided, ${open} open, `);
    expect(waited.stdout).toContain(`; ${open} wait for a reviewer.`);
    expect(table.code).toBe(0);
    expect(new Set(table.stdout.match(CLAIM_ID))).toEqual(new Set(all));
    expect(table.stdout).toContain(pages.at(-1)!.at(-1)!.claimId);
    expect(json.claims.map((c: { claimId: string }) => c.claimId)).toEqual(all);
    expect(json).toMatchObject({ articleId: id, claimCount: all.length, nextCursor: null });
  });

  it('an API refusal is one line, exit 1', async () => {
    const r = await cli(['claim', 'art-00000000000000000000.casualty-0-1'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^factcheck: 404 Not Found: claim .* does not exist\n$/);
  });
});
