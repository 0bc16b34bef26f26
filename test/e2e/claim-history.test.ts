/**
 * A claim's history is bounded in every answer (DESIGN.md section 9: any JSON response <= 1 MB; fuzz9 H1):
 * `GET /claims/{id}` and the verdict PUT carry the newest entries that fit, oldest first, with `historyCount`
 * and a `historyCursor` for `GET /claims/{id}/history`, which pages the rest newest first. Nothing is lost.
 * Before, both answers carried the whole history: 1.88 MB after 30 verdicts at the field limits, past
 * Lambda's 6 MB at about 100, and the claim could not be read at all.
 */
import { describe, expect, it } from 'vitest';
import { articleStatus, call, useStack } from '../support/local-stack.ts';
import { cli } from '../cli/support.ts';

const ctx = useStack('rana@desk');
const MB = 1_000_000;
const cliEnv = () => ({ FACTCHECK_API: ctx.stack.url, FACTCHECK_DATA_DIR: ctx.stack.dataDir, FACTCHECK_TOKEN: '' });

const raw = async (method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(ctx.stack.url + path, {
    method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) };
};

/** An entry's identity in a history: a verdict's version, a publication event's kind and version. */
const idOf = (h: any) => ('event' in h ? `${h.event}@${h.version}` : `v${h.version}`);

/** A verdict at the schema's limits (~60 KB as JSON): a 5,000-character note and explanation, 20 links of 2,000 characters. */
const bigVerdict = (i: number, expectedVersion: number) => ({
  rating: i % 2 ? 'false' : 'misleading',
  note: `${i} ${'ملاحظة داخلية '.repeat(400)}`.slice(0, 5000),
  publicExplanation: `${i} ${'شرح للقراء '.repeat(500)}`.slice(0, 5000),
  evidence: Array.from({ length: 20 }, (_, k) => `https://example.org/evidence/${i}/${k}/${'a'.repeat(1960)}`),
  expectedVersion,
});

async function casualtyClaim(text: string, url: string) {
  const r = await call(ctx.stack.url, 'POST', '/articles', { token: ctx.submitter, body: { text, language: 'en', publishedAt: '2024-05-02', url } });
  expect(r.status).toBe(202);
  const a = await articleStatus(ctx.stack.url, ctx.reviewer, r.body.articleId, ['AWAITING_REVIEW']);
  return a.claims.find((c: any) => c.type === 'casualty').claimId as string;
}

/** Every entry of a claim's history: its answer's `history`, then the older pages its `historyCursor` leads to. */
async function wholeHistory(claim: any) {
  const older: any[] = [];
  let cursor: string | null = claim.historyCursor;
  let pages = 0;
  while (cursor && pages < 100) {
    const page = await raw('GET', `/claims/${claim.claimId}/history?cursor=${cursor}`, ctx.reviewer);
    expect(page.status).toBe(200);
    expect(page.bytes).toBeLessThanOrEqual(MB);
    older.push(...page.body.items);
    cursor = page.body.nextCursor;
    pages++;
  }
  return { entries: [...older.reverse(), ...claim.history], pages };
}

describe('a claim with a long history', () => {
  it('answers under 1 MB with the newest entries, and the rest are paged: every verdict and publication stays readable', { timeout: 180_000 }, async () => {
    // Arrange: a claim, published and withdrawn along the way, then revised to 20 verdicts at the field limits.
    const claimId = await casualtyClaim('The army said 14 civilians were killed in the shelling on Tuesday.', 'https://example.org/h/long');
    const editor = await ctx.stack.token('editor', 'hala@desk');
    const expected: string[] = [];
    let version = 0;
    const putBytes: number[] = [];
    for (let i = 1; i <= 20; i++) {
      // Act
      const put = await raw('PUT', `/claims/${claimId}/verdict`, ctx.reviewer, bigVerdict(i, version));
      expect(put.status, JSON.stringify(put.body).slice(0, 300)).toBe(200);
      putBytes.push(put.bytes);
      version = put.body.version;
      expected.push(`v${version}`);
      expect(put.body.history.at(-1)).toMatchObject({ version, rating: bigVerdict(i, 0).rating });
      if (i === 2 || i === 19) {
        const published = await raw('POST', `/claims/${claimId}/publication`, editor, { expectedVersion: version });
        expect(published.status).toBe(200);
        putBytes.push(published.bytes);
        expected.push(`published@${version}`);
      }
      if (i === 3) {
        const withdrawn = await raw('DELETE', `/claims/${claimId}/publication`, editor);
        expect(withdrawn.status).toBe(200);
        putBytes.push(withdrawn.bytes);
        expected.push('withdrawn@2');
      }
    }
    const got = await raw('GET', `/claims/${claimId}`, ctx.reviewer);

    // Assert: every answer (verdicts, publication, withdrawal, the claim) under 1 MB; the newest entries come whole, oldest first; the rest by the cursor.
    expect(Math.max(...putBytes)).toBeLessThanOrEqual(MB);
    expect(got.status).toBe(200);
    expect(got.bytes).toBeLessThanOrEqual(MB);
    expect(got.body.historyCount).toBe(expected.length);
    expect(got.body.history.length).toBeLessThan(expected.length);
    expect(got.body.history.map(idOf)).toEqual(expected.slice(-got.body.history.length));
    expect(got.body.historyCursor).toEqual(expect.any(String));
    expect(got.body.verdict.note).toBe(bigVerdict(20, 0).note);
    const { entries, pages } = await wholeHistory(got.body);
    expect(entries.map(idOf)).toEqual(expected);
    expect(pages).toBeGreaterThanOrEqual(1);
    // Each verdict whole, in every field.
    for (const [i, e] of entries.filter((h) => !('event' in h)).entries()) {
      const { expectedVersion: _v, ...fields } = bigVerdict(i + 1, 0);
      expect(e).toMatchObject({ ...fields, version: i + 1, reviewer: 'rana@desk' });
    }
    // A page from the newest end is cut by size before its limit (25), and one takes `limit`.
    const newest = await raw('GET', `/claims/${claimId}/history`, ctx.reviewer);
    expect(newest.bytes).toBeLessThanOrEqual(MB);
    expect(newest.body.items.length).toBeLessThan(25);
    expect(newest.body.items.map(idOf)).toEqual(expected.slice(-newest.body.items.length).reverse());
    const small = await raw('GET', `/claims/${claimId}/history?limit=2`, ctx.reviewer);
    expect(small.body.items.map(idOf)).toEqual(expected.slice(-2).reverse());
    expect(small.body.nextCursor).toEqual(expect.any(String));
    // The built CLI reads every page: `claim` lists every entry, `--json` gives the history whole.
    const json = await cli(['claim', claimId, '--json'], { env: cliEnv() });
    expect(json.code, json.stderr).toBe(0);
    const whole = JSON.parse(json.stdout);
    expect(whole.history.map(idOf)).toEqual(expected);
    expect(whole).toMatchObject({ historyCount: expected.length, historyCursor: null });
    const text = await cli(['claim', claimId], { env: cliEnv() });
    expect(text.code, text.stderr).toBe(0);
    const listed = text.stdout.split('\nhistory\n')[1].split('\n').map((l) => /^ {2}(?:(published|withdrawn) )?v(\d+) /.exec(l)).filter(Boolean);
    expect(listed.map((m) => (m![1] ? `${m![1]}@${m![2]}` : `v${m![2]}`))).toEqual(expected);
  });

  it('keeps a short history whole with no cursor, and pages it with limit', async () => {
    const claimId = await casualtyClaim('Officials said 6 police officers were wounded in the blast on Monday.', 'https://example.org/h/short');
    const first = await raw('PUT', `/claims/${claimId}/verdict`, ctx.reviewer, { rating: 'true', note: 'hospital list', expectedVersion: 0 });
    const second = await raw('PUT', `/claims/${claimId}/verdict`, ctx.reviewer, { rating: 'false', note: 'revised', expectedVersion: 1 });
    expect(first.body).toMatchObject({ historyCount: 1, historyCursor: null });
    expect(second.body.history.map(idOf)).toEqual(['v1', 'v2']);
    expect(second.body).toMatchObject({ historyCount: 2, historyCursor: null });

    const page1 = await raw('GET', `/claims/${claimId}/history?limit=1`, ctx.reviewer);
    const page2 = await raw('GET', `/claims/${claimId}/history?limit=1&cursor=${page1.body.nextCursor}`, ctx.reviewer);
    expect(page1.body.items.map(idOf)).toEqual(['v2']);
    expect(page2.body).toMatchObject({ nextCursor: null });
    expect(page2.body.items.map(idOf)).toEqual(['v1']);

    // The CLI's verdict line says when the fact-check of this verdict was withdrawn (as status and search do).
    const editor = await ctx.stack.token('editor', 'hala@desk');
    expect((await raw('POST', `/claims/${claimId}/publication`, editor, { expectedVersion: 2 })).status).toBe(200);
    const published = await cli(['claim', claimId], { env: cliEnv() });
    expect(published.stdout).toMatch(/^verdict\s+false by rana@desk at \S+ \S+$/m);
    expect((await raw('DELETE', `/claims/${claimId}/publication`, editor)).status).toBe(200);
    const pulled = await cli(['claim', claimId], { env: cliEnv() });
    expect(pulled.stdout).toMatch(/^verdict\s+false by rana@desk at \S+ \S+ {2}\(fact-check withdrawn\)$/m);
  });

  it('refuses a cursor of another claim, and shows submitters no history', async () => {
    const a = await casualtyClaim('Rescuers said 3 children were killed when the school roof fell on Sunday.', 'https://example.org/h/other-a');
    const b = await casualtyClaim('Rescuers said 8 workers were injured when the crane fell on Sunday.', 'https://example.org/h/other-b');
    await raw('PUT', `/claims/${a}/verdict`, ctx.reviewer, { rating: 'true', expectedVersion: 0 });
    await raw('PUT', `/claims/${a}/verdict`, ctx.reviewer, { rating: 'false', expectedVersion: 1 });
    const cursorOfA = (await raw('GET', `/claims/${a}/history?limit=1`, ctx.reviewer)).body.nextCursor;

    const wrong = await call(ctx.stack.url, 'GET', `/claims/${b}/history?cursor=${cursorOfA}`, { token: ctx.reviewer });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ path: 'query.cursor', message: expect.stringContaining('not one this API gave out') }]);
    expect((await call(ctx.stack.url, 'GET', `/claims/${a}/history`, { token: ctx.submitter })).status).toBe(403);
    const seen = (await call(ctx.stack.url, 'GET', `/claims/${a}`, { token: ctx.submitter })).body;
    expect(seen).not.toHaveProperty('history');
    expect(seen).not.toHaveProperty('historyCount');
    expect(seen).not.toHaveProperty('historyCursor');
  });
});
