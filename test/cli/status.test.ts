/**
 * What `factcheck status` and `claim` say about articles off the happy path (trial 4, findings 13 and 19): a
 * FAILED article shows its failure and no "(no check-worthy claims)"; an article cut to its most check-worthy
 * claims says how many were not kept; "at least 18" in a conflict list reads ≥18, as the claim's own value.
 * A stack of its own keeping 2 claims per article (MAX_CLAIMS_PER_ARTICLE), so a short article is cut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, startStack, type RunningStack } from '../support/local-stack.ts';
import { cli } from './support.ts';

let stack: RunningStack;
let submitter = '';
const env = () => ({ FACTCHECK_API: stack.url, FACTCHECK_DATA_DIR: stack.dataDir, FACTCHECK_TOKEN: '' });
const submit = async (body: Record<string, unknown>, statuses: string[]) => {
  const r = await call(stack.url, 'POST', '/articles', { token: submitter, body });
  expect(r.status, JSON.stringify(r.body)).toBe(202);
  return articleStatus(stack.url, submitter, r.body.articleId, statuses);
};

beforeAll(async () => {
  stack = await startStack({ env: { MAX_CLAIMS_PER_ARTICLE: '2' } });
  submitter = await stack.token('submitter', 'wire@desk');
}, 60_000);
afterAll(async () => stack?.stop());

describe('factcheck status and claim, off the happy path', () => {
  it('a FAILED article: its failure, without "(no check-worthy claims)" or a summary of nothing', async () => {
    // A host that does not exist (.invalid never resolves): the fetch fails, the workflow fails the article.
    const a = await submit({ url: 'http://news.invalid/story.html', language: 'en', publishedAt: '2026-11-20' }, ['FAILED']);
    const r = await cli(['status', a.articleId], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('FAILED');
    expect(r.stdout).toMatch(/^failed: .+/m);
    expect(r.stdout).not.toContain('no check-worthy claims');
    expect(r.stdout).not.toMatch(/0 claims: 0 decided/);
  });

  it('submit --wait says why an article failed, not "0 claims"', async () => {
    // A link whose host does not exist (.invalid never resolves): the fetch fails, the article ends FAILED.
    const r = await cli(['submit', '--url', 'http://news.invalid/story.html', '--wait'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^status: FAILED$/m);
    expect(r.stdout).toMatch(/^failed: \w+: .*news\.invalid/m);
    expect(r.stdout).toMatch(/^see: .*factcheck status art-/m);
    expect(r.stdout).not.toMatch(/0 claims/);
  });

  it('an article cut to its most check-worthy claims says how many were not kept', async () => {
    const a = await submit({
      text: 'Five people were killed in Tolvan on Monday. Six people were injured in Caddow on Tuesday.',
      language: 'en', publishedAt: '2026-11-20',
    }, ['AWAITING_REVIEW']);
    expect(a.claimsOmitted).toBeGreaterThan(0);
    const r = await cli(['status', a.articleId], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${a.claimsOmitted} more claims were found and not kept: only the 2 most check-worthy are listed and reviewed`);
  });

  it('shows "at least 18" in a conflict list as ≥18, as the claim itself reads', async () => {
    const atLeast = await submit({ text: 'At least 18 people were killed in an air strike on Harlow Bay on Monday.', language: 'en', publishedAt: '2026-11-18' }, ['AWAITING_REVIEW']);
    const twelve = await submit({ text: 'Twelve people were killed in an air strike on Harlow Bay on Monday.', language: 'en', publishedAt: '2026-11-18' }, ['AWAITING_REVIEW']);
    const eighteen = atLeast.claims.find((c: any) => c.type === 'casualty');
    const claim = twelve.claims.find((c: any) => c.type === 'casualty');
    expect(eighteen.casualty).toMatchObject({ min: 18, max: null, qualifier: 'at_least' });
    const r = await cli(['claim', claim.claimId], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^conflicts\\s+${eighteen.claimId.replace(/\./g, '\\.')} \\(≥18\\)$`, 'm'));
  });
});

describe('the start banner', () => {
  it('prints CLI lines that reach this stack as printed, without the port or data folder set anywhere else', async () => {
    // This stack listens on a port of its own (not 3000) and keeps its data in a folder of its own.
    const line = /^\s+try it:\s+(.+?)\s+\(/m.exec(stack.output())?.[1] ?? '';
    const m = /^((?:\w+=\S+ )*)npx factcheck (.+)$/.exec(line);
    expect(m, line).not.toBeNull();
    const assigned = Object.fromEntries(m![1].trim().split(/\s+/).filter(Boolean).map((a) => a.split(/=(.*)/s).slice(0, 2)));
    expect(assigned).toEqual({ PORT: new URL(stack.url).port, FACTCHECK_DATA_DIR: stack.dataDir });
    // Act: the line, in a terminal that has nothing else set
    const r = await cli([...m![2].split(' '), '--json'], { env: { FACTCHECK_API: undefined, PORT: undefined, FACTCHECK_DATA_DIR: undefined, FACTCHECK_TOKEN: undefined, ...assigned } });
    // Assert
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ articleId: expect.stringMatching(/^art-/), status: 'AWAITING_REVIEW' });
  });
});
