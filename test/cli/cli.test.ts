/**
 * The built command line without a server: help, usage errors, and `extract`, including the JSON Lines
 * contract the scorer relies on (`npx --no-install factcheck extract --jsonl`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, STACK_FRAME } from './support.ts';

const ARTICLE = 'At least 20 people were killed on Thursday, the health ministry said.';
const line = (o: unknown) => JSON.stringify(o);

describe('factcheck --help', () => {
  it('lists every command, their flags and the environment variables', async () => {
    // Act
    const r = await cli(['--help']);
    // Assert
    expect(r.code).toBe(0);
    for (const c of ['extract', 'submit', 'status', 'demo', 'queue', 'claim', 'verdict', 'articles', 'search', 'lease', 'release', 'token']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    for (const f of ['--jsonl', '--published', '--wait', '--cursor', '--limit', '--expected-version', '--evidence', '--rating', '--role', '--json']) expect(r.stdout).toContain(f);
    for (const v of ['FACTCHECK_API', 'PORT', 'FACTCHECK_TOKEN', 'FACTCHECK_DATA_DIR']) expect(r.stdout).toContain(v);
  });

  it('gives one command\'s help with its flags', async () => {
    const r = await cli(['queue', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: factcheck queue/);
    expect(r.stdout).toContain('--cursor TOKEN');
  });
});

describe('no signing key', () => {
  it('says the key is missing (and how to make it), not that the stack cannot be reached', async () => {
    const r = await cli(['queue'], { env: { FACTCHECK_DATA_DIR: '/nonexistent/factcheck-data', FACTCHECK_TOKEN: '', PORT: '1' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no signing key at \/nonexistent\/factcheck-data/);
    expect(r.stderr).not.toMatch(/cannot reach/);
  });
});

describe.concurrent('wrong usage', () => {
  it.each([
    [['queue', '--bogus'], /queue: unknown flag --bogus/],
    [['verdict', 'art-00000000000000000000.casualty-0-1', '--rating'], /verdict: --rating needs a value/],
    [['verdict', 'art-00000000000000000000.casualty-0-1'], /verdict: needs --rating/],
    [['submit', '--title', 'no text'], /submit: needs FILE \(or - for stdin\), or --url URL/],
    [['status'], /status: needs ARTICLE_ID/],
    [['claim', 'a', 'b'], /claim: unexpected argument "b"/],
    [['extract', '--lang', 'fr'], /--lang must be ar or en/],
    [['extract', '--published', '2024-02-31'], /--published must be a date/],
    [['token', '--role', 'admin'], /--role must be/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('factcheck %j: a one-line error with usage, exit 2, no stack', async (args, message) => {
    // Act
    const r = await cli(args);
    // Assert
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    if (args[0] !== 'frobnicate') expect(r.stderr).toMatch(new RegExp(`^usage: factcheck ${args[0]}`, 'm'));
  });

  it('an unreachable API is one line, exit 1', async () => {
    const r = await cli(['queue'], { env: { FACTCHECK_API: 'http://127.0.0.1:9', FACTCHECK_TOKEN: 'x' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9/);
  });
});

describe('factcheck extract', () => {
  it('prints a table of the claims of a file, and says when relative dates resolve against today', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-cli-'));
    try {
      const file = join(dir, 'a.txt');
      writeFileSync(file, ARTICLE);
      const dated = await cli(['extract', file, '--published', '2024-03-02']);
      const undated = await cli(['extract', file]);
      expect(dated.code).toBe(0);
      expect(dated.stdout).toMatch(/^type\s+value\s+text/);
      expect(dated.stdout).toMatch(/casualty\s+killed ≥20 people/);
      expect(dated.stdout).toMatch(/date\s+2024-02-29/);
      expect(dated.stderr).toBe('');
      expect(undated.code).toBe(0);
      expect(undated.stderr).toMatch(/no --published: relative dates resolve against today/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--json prints the claims as JSON', async () => {
    const r = await cli(['extract', '--json', '--published', '2024-03-02'], { input: ARTICLE });
    const claims = JSON.parse(r.stdout);
    expect(claims.map((c: { type: string }) => c.type)).toEqual(['casualty', 'date']);
  });
});

describe('factcheck extract --jsonl (the contract)', () => {
  const good = [
    { id: 'a', text: ARTICLE, language: 'en', publishedAt: '2024-03-02' },
    { id: 7, text: 'قتل 12 مدنياً يوم الخميس.', language: 'ar', publishedAt: '2024-03-02' },
  ];

  it('npx --no-install factcheck extract --jsonl: one {"id","claims"} a line, in order', async () => {
    // Act
    const r = await cli(['--no-install', 'factcheck', 'extract', '--jsonl'], { command: ['npx'], input: good.map(line).join('\n') + '\n' });
    // Assert
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(['a', 7]);
    expect(Object.keys(rows[0])).toEqual(['id', 'claims']);
    expect(rows[0].claims.find((c: any) => c.type === 'date').date.values).toEqual([{ from: '2024-02-29', to: '2024-02-29' }]);
    expect(rows[1].claims.find((c: any) => c.type === 'casualty').casualty).toMatchObject({ kind: 'killed', min: 12, max: 12 });
  });

  it('reports each bad line on stderr with its number, goes on, and exits 1', async () => {
    // Arrange: good, not JSON, no text, blank, good without a date, good with an impossible date
    const input = [line(good[0]), '{"id": "broken"', line({ id: 'n' }), '', line({ id: 'u', text: ARTICLE }), line({ id: 'v', text: ARTICLE, publishedAt: '2024-02-30' }), line(good[1])].join('\n');
    // Act
    const r = await cli(['extract', '--jsonl'], { input });
    const clean = await cli(['extract', '--jsonl'], { input: [good[0], good[1]].map(line).join('\n') });
    // Assert: stdout holds exactly the contract for the good lines
    expect(r.code).toBe(1);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(['a', 'u', 'v', 7]);
    const cleanRows = clean.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toEqual(cleanRows[0]);
    expect(rows[3]).toEqual(cleanRows[1]);
    expect(r.stderr).toMatch(/line 2: not JSON/);
    expect(r.stderr).toMatch(/line 3: "text" must be a string/);
    expect(r.stderr).toMatch(/line 5: no "publishedAt" \(id "u"\): relative dates resolve against today/);
    expect(r.stderr).toMatch(/line 6: "publishedAt" "2024-02-30" is not a date YYYY-MM-DD \(id "v"\)/);
    expect(r.stderr).toMatch(/2 of 7 lines skipped/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
  });

  it('resolves an undated line against today, as it says', async () => {
    const r = await cli(['extract', '--jsonl'], { input: line({ id: 'u', text: 'Two soldiers were killed yesterday.' }) });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    const date = JSON.parse(r.stdout).claims.find((c: any) => c.type === 'date');
    expect(r.code).toBe(0);
    // (a run across midnight UTC may see either day)
    expect([yesterday, today]).toContain(date.date.values[0].from);
  });
});
