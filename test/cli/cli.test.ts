/**
 * The built command line without a server: help, usage errors, and `extract`, including the JSON Lines
 * contract the scorer relies on (`npx --no-install factcheck extract --jsonl`).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, STACK_FRAME } from './support.ts';

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

  it('prints its version (package.json\'s) with --version', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const r = await cli([flag]);
      expect([r.code, r.stdout]).toEqual([0, `factcheck ${version}\n`]);
    }
  });

  it('says a flag\'s bounds in its own words: a blank --sub, --minutes outside 1..480; an unreadable file first', async () => {
    const blank = await cli(['token', '--role', 'reviewer', '--sub', ' ']);
    expect([blank.code, blank.stdout]).toEqual([2, '']);
    expect(blank.stderr).toMatch(/--sub must name someone/);
    for (const m of ['0', '481']) {
      const r = await cli(['lease', 'art-x.casualty-1-2', '--minutes', m]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--minutes must be a whole number from 1 to 480 (8 hours), not "${m}"`);
    }
    const missing = await cli(['submit', '/nonexistent/story.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^factcheck: cannot read \/nonexistent\/story\.txt/);
    expect(missing.stderr).not.toContain('--published');
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

  it.each([
    [['serach', 'children'], 'unknown command "serach": did you mean "search"? The commands: '],
    [['find', 'children'], 'unknown command "find": did you mean "search"? The commands: '],
    [['stauts', 'art-00000000000000000000'], 'unknown command "stauts": did you mean "status"? The commands: '],
    [['help', 'withdrw'], 'unknown command "withdrw": did you mean "withdraw"? The commands: '],
    [['webhooks', 'delivries', 'hook-00000000000000000000'], 'webhooks: unknown subcommand "delivries": did you mean "deliveries"? The subcommands: '],
  ])('factcheck %j: names the command meant, as a subcommand typo does (trial 5, finding 8)', async (args, start) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`factcheck: ${start}`), r.stderr).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
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

describe('factcheck extract: the extractor from the build\'s code cache (bin/cli/extractor.ts)', () => {
  const input = `${line({ id: 'a', text: ARTICLE, language: 'en', publishedAt: '2024-03-02' })}\n`;

  it('loads the extractor with the cache the build made, and extracts as from the sources', async () => {
    // Arrange: what the sources give, in this process
    const { extractClaims } = await import('../../lambdas/domain/extract/index.ts');
    const expected = `${line({ id: 'a', claims: extractClaims(ARTICLE, { language: 'en', publishedAt: '2024-03-02' }) })}\n`;
    // Act
    const jsonl = await cli(['extract', '--jsonl'], { input, env: { FACTCHECK_DEBUG: '1' } });
    const one = await cli(['extract', '--json', '--published', '2024-03-02'], { input: ARTICLE, env: { FACTCHECK_DEBUG: '1' } });
    // Assert
    expect([jsonl.code, jsonl.stderr, jsonl.stdout]).toEqual([0, 'factcheck: extract: the extractor from code cache\n', expected]);
    expect(one.stderr).toBe('factcheck: extract: the extractor from code cache\n');
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(expected).claims);
  });

  it('loads it so in each worker thread too (--workers 2), with the same output', async () => {
    // Arrange: enough rows that both workers get a batch
    const many = Array.from({ length: 40 }, (_, i) => line({ id: i, text: `${ARTICLE} `.repeat(30), language: 'en', publishedAt: '2024-03-02' })).join('\n');
    // Act
    const one = await cli(['extract', '--jsonl', '--workers', '1'], { input: many });
    const two = await cli(['extract', '--jsonl', '--workers', '2'], { input: many, env: { FACTCHECK_DEBUG: '1' } });
    // Assert
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.trimEnd().split('\n').sort()).toEqual([1, 2].map((w) => `factcheck: extract: the extractor from code cache (worker ${w})`));
  });

  it('runs without it, the same claims, when V8 rejects the cache (another flag of the user\'s)', async () => {
    // Act
    const cached = await cli(['extract', '--jsonl'], { input });
    const rejected = await cli(['extract', '--jsonl'], { input, env: { FACTCHECK_DEBUG: '1' }, command: [process.execPath, '--stack-size=900', BIN] });
    // Assert
    expect([rejected.code, rejected.stderr]).toEqual([0, 'factcheck: extract: the extractor from code cache rejected\n']);
    expect(rejected.stdout).toBe(cached.stdout);
    expect(JSON.parse(cached.stdout).claims.length).toBeGreaterThan(0);
  });
});

describe('factcheck extract --jsonl: a file read with blocking reads', () => {
  it('gives the bytes it gives on a pipe, with a character cut by the 1 MB read in two', async () => {
    // Arrange: lines of Arabic (two bytes a letter) until past 1 MB, padded so that a letter straddles byte 2^20
    const row = (i: number, pad: string) => line({ id: i, text: `${pad}قتل 12 مدنياً يوم الخميس في القصف. `.repeat(40), language: 'ar', publishedAt: '2024-03-02' });
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < 1.2 * 2 ** 20; i++) {
      lines.push(row(i, i === 0 ? 'x' : ''));
      bytes += Buffer.byteLength(lines[i]) + 1;
    }
    const cut = 2 ** 20;
    // ASCII padding before the first text moves every later byte: pad until byte 2^20 is inside a letter
    let padded = '';
    for (let n = 0; n < 16 && !padded; n++) {
      const candidate = `${lines.join('\n')}\n`.replace('"x', `"x${'y'.repeat(n)}`);
      if ((Buffer.from(candidate)[cut] & 0xc0) === 0x80) padded = candidate;
    }
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-read-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, padded);
    expect((readFileSync(file)[cut] & 0xc0) === 0x80).toBe(true); // byte 2^20 continues a character
    try {
      // Act
      const piped = await cli(['extract', '--jsonl', '--workers', '1'], { input: padded });
      const named = await cli(['extract', file, '--jsonl', '--workers', '1']);
      // (stdin the file itself, as `factcheck extract --jsonl < file`: no pipe for the test to write to)
      const fd = openSync(file, 'r');
      const r = spawnSync(process.execPath, [BIN, 'extract', '--jsonl', '--workers', '1'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 2 ** 26, env: { ...process.env, FACTCHECK_DEBUG: '' } });
      closeSync(fd);
      const onStdin = { code: r.status, stdout: r.stdout, stderr: r.stderr };
      // Assert
      expect(piped.code).toBe(0);
      expect(piped.stdout.split('\n')).toHaveLength(lines.length + 1);
      expect(named).toEqual(piped);
      expect(onStdin).toEqual(piped);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('decodes bytes that are not UTF-8 as Node does (U+FFFD), the same from a pipe and from a file, a byte-order mark kept off', () => {
    // Arrange: a byte-order mark, then text and ids holding a lone continuation byte, a cut three-byte sequence, an
    // overlong slash, a surrogate written as UTF-8 and a byte no UTF-8 has; a valid line after them
    const bad = [Buffer.from([0x80]), Buffer.from([0xe2, 0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf8])];
    const text = (i: number) => Buffer.concat([Buffer.from('The ministry said 12 people were killed on Monday. The mayor said the blast '), bad[i], Buffer.from(' hit the old market.')]);
    const rows = bad.map((_, i) => Buffer.concat([Buffer.from(`{"id":"r${i}`), bad[(i + 1) % bad.length], Buffer.from('","text":"'), text(i), Buffer.from('","language":"en","publishedAt":"2024-05-06"}\n')]));
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ...rows, Buffer.from(`${line({ id: 'ok', text: 'Officials said 7 soldiers died on Tuesday.', language: 'en', publishedAt: '2024-05-06' })}\n`)]);
    const asNodeDecodes = Buffer.from(input.toString('utf8'));
    expect(asNodeDecodes.equals(input)).toBe(false); // the input is not UTF-8: the decoder must replace
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-bytes-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, input);
    const run = (opts: { input?: Buffer; args?: string[] }) => {
      const r = spawnSync(process.execPath, [BIN, 'extract', ...(opts.args ?? []), '--jsonl', '--workers', '1'], { input: opts.input, encoding: 'utf8', env: { ...process.env, FACTCHECK_DEBUG: '' } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    try {
      // Act
      const piped = run({ input });
      const named = run({ args: [file] });
      const decodedFirst = run({ input: asNodeDecodes });
      // Assert
      expect(piped.code).toBe(0);
      const out = piped.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; claims: { type: string; text: string }[] });
      expect(out.map((o) => o.id)).toEqual([...bad.map((_, i) => `r${i}${'\ufffd'.repeat([1, 2, 3, 1, 1][i])}`), 'ok']); // maximal subparts: E2 80 is one, C0 AF two
      expect(out[0].claims.map((c) => c.text)).toContain('The mayor said the blast \ufffd hit the old market.');
      expect(out[3].claims.some((c) => c.text.includes('\ufffd\ufffd\ufffd'))).toBe(true); // a surrogate's three bytes: three replacements
      expect(named).toEqual(piped);
      expect(decodedFirst).toEqual(piped);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

describe('factcheck extract --jsonl --workers', () => {
  // Rows of a few KB each in both languages, enough text for several batches (the first batch holds 8K
  // characters), with what the main thread reports in between: a line that is not JSON, an id that is
  // not a string or number, an unknown language, a blank line, lines without a date (more than the ten
  // reported one by one), a CRLF line ending.
  const en = (n: number) => [
    `At least ${n} people were killed on Thursday when shells hit the market, the health ministry said.`,
    `Rescuers said ${n + 7} others were wounded and taken to the two hospitals still working in the city.`,
    'Residents described a night of heavy fighting on the edge of the old quarter before the shelling began.',
  ].join(' ');
  const ar = (n: number) => [
    `قتل ${n} مدنياً يوم الخميس في قصف استهدف السوق، بحسب وزارة الصحة.`,
    `وقال المسعفون إن ${n + 7} آخرين أصيبوا ونقلوا إلى المستشفيين اللذين لا يزالان يعملان في المدينة.`,
    'ووصف السكان ليلة من القتال العنيف على أطراف الحي القديم قبل أن يبدأ القصف.',
  ].join(' ');
  const rows: string[] = [];
  for (let i = 0; i < 40; i++) {
    const arabic = i % 2 === 1;
    const text = Array.from({ length: 5 }, (_, k) => (arabic ? ar : en)(10 + i + k)).join('\n');
    const row: Record<string, unknown> = { id: arabic ? i : `en-${i}`, text };
    if (i % 4) row.language = arabic ? 'ar' : 'en';
    if (i % 3 !== 2) row.publishedAt = `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    rows.push(line(row));
  }
  rows.splice(9, 0, '{"id": "cut", "text": "At least 4');
  rows.splice(17, 0, line({ id: true, text: en(3) }));
  rows.splice(23, 0, '');
  rows.splice(26, 0, line({ id: 'fr', text: en(5), language: 'fr', publishedAt: '2024-03-02' }));
  rows[30] += '\r';
  const input = `${rows.join('\n')}\n`;

  it('writes the same bytes, warnings and exit status with 2 worker threads as in one thread', async () => {
    // Act
    const [two, one] = await Promise.all([cli(['extract', '--jsonl', '--workers', '2'], { input }), cli(['extract', '--jsonl', '--workers', '1'], { input })]);
    // Assert
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    expect(one.code).toBe(1);
    const out = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const ids = rows.flatMap((l) => { try { const o = JSON.parse(l); return ['string', 'number'].includes(typeof o.id) ? [o.id] : []; } catch { return []; } });
    expect(ids).toHaveLength(41);
    expect(out.map((o) => o.id)).toEqual(ids);
    const killed = (o: { claims: { type: string; casualty?: { kind: string; min: number } }[] }) => o.claims.filter((c) => c.type === 'casualty' && c.casualty?.kind === 'killed').map((c) => c.casualty!.min);
    expect(killed(out[0])).toEqual([10, 11, 12, 13, 14]);
    expect(killed(out.at(-1))).toEqual([49, 50, 51, 52, 53]);
    expect(one.stderr).toMatch(/^factcheck: extract: line 10: not JSON/m);
    expect(one.stderr).toMatch(/^factcheck: extract: line 18: "id" must be a string or a number; skipped$/m);
    expect(one.stderr).toMatch(/^factcheck: extract: line 27: "language" "fr" is not ar or en \(id "fr"\)/m);
    expect(one.stderr).toMatch(/more lines without a valid "publishedAt"/);
    expect(one.stderr).toMatch(/2 of 44 lines skipped\n$/);
  });

  it('writes the same bytes in one thread as with workers when the output runs to megabytes, one line alone to more than a megabyte', async () => {
    // Arrange: many rows with claims, and one row whose output line alone is larger than the buffers stdout is written in
    const many = Array.from({ length: 300 }, (_, i) => line({ id: `m${i}`, text: en(i), language: 'en', publishedAt: '2024-03-02' }));
    const long = line({ id: 'long', text: Array.from({ length: 2000 }, (_, k) => en(k)).join('\n'), language: 'en', publishedAt: '2024-03-02' });
    const big = `${[...many.slice(0, 150), long, ...many.slice(150)].join('\n')}\n`;
    // Act
    const [two, one] = await Promise.all([cli(['extract', '--jsonl', '--workers', '2'], { input: big }), cli(['extract', '--jsonl', '--workers', '1'], { input: big })]);
    // Assert
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(two.stdout);
    const lines = one.stdout.split('\n');
    expect(lines).toHaveLength(302);
    expect(lines[150].length).toBeGreaterThan(1 << 20);
    expect(JSON.parse(lines[150]).claims.filter((c: { type: string }) => c.type === 'casualty')).toHaveLength(4000);
    expect(lines.slice(0, 301).map((l) => JSON.parse(l).id)).toEqual([...many.slice(0, 150), long, ...many.slice(150)].map((l) => JSON.parse(l).id));
  });

  it('refuses a --workers that is not a count, or without --jsonl', async () => {
    for (const args of [['--jsonl', '--workers', '0'], ['--jsonl', '--workers', 'all'], ['--workers', '2']]) {
      const r = await cli(['extract', ...args], { input: line({ id: 'a', text: ARTICLE }) });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^factcheck: extract: --workers /);
      expect(r.stdout).toBe('');
    }
  });
});
