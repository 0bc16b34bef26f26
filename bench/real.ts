/**
 * The headline: extraction on real news, the annotated articles of ../shared/data/dev (read at run time,
 * never copied into the repository), repeated to the size asked, per language. Measured in-process (the
 * extractor as bundled, next to chrono-node on the same texts) and as whole processes (the built
 * `factcheck extract --jsonl` next to a chrono-node process reading the same JSON Lines), plus the CLI's
 * start-up time.
 */
import * as chrono from 'chrono-node';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { extractClaims as ExtractClaims } from '../lambdas/domain/extract/index.ts';
import { defaultWorkers, WORKERS_FROM } from '../bin/cli/extract-pool.ts';

const root = resolve(import.meta.dirname, '..');
export const DEV_DIR = resolve(root, '..', 'shared', 'data', 'dev');

interface Row { id: string; text: string; language: 'ar' | 'en'; publishedAt: string }

function devArticles(): Row[] {
  if (!existsSync(DEV_DIR)) return [];
  return readdirSync(DEV_DIR).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(join(DEV_DIR, f), 'utf8')))
    .filter((a) => typeof a.text === 'string' && (a.lang === 'ar' || a.lang === 'en'))
    .map((a) => ({ id: a.id, text: a.text, language: a.lang, publishedAt: a.publishedAt }));
}

export interface RealCorpus {
  language: 'ar' | 'en';
  /** Distinct articles the corpus repeats. */
  distinct: number;
  rows: Row[];
  bytes: number;
}

/**
 * The dev articles of one language, repeated until `bytes` of text (UTF-8). Each repetition is a new
 * string, as each line of a JSON Lines input is, so no engine cache keyed on a string object helps.
 */
export function realCorpus(language: 'ar' | 'en', bytes: number): RealCorpus | undefined {
  const articles = devArticles().filter((a) => a.language === language);
  if (!articles.length) return undefined;
  const rows: Row[] = [];
  let total = 0;
  for (let rep = 0; total < bytes; rep++) {
    for (const a of articles) {
      rows.push({ ...a, id: `${a.id}#${rep}`, text: Buffer.from(a.text).toString('utf8') });
      total += Buffer.byteLength(a.text);
    }
  }
  return { language, distinct: articles.length, rows, bytes: total };
}

const parserOf = (language: 'ar' | 'en') => (language === 'ar' ? chrono.ar : chrono.en.casual);

export interface RealThroughputRow {
  language: 'ar' | 'en';
  distinct: number;
  articles: number;
  bytes: number;
  claims: number;
  oursMBs: number;
  chronoMBs: number;
}

/** One pass of each contender over a corpus: the extractor (returning its claim count) and chrono-node on the same texts. */
export function passes(c: RealCorpus, extractClaims: typeof ExtractClaims): { ours: () => number; chrono: () => void } {
  const parse = parserOf(c.language);
  const dates = c.rows.map((r) => new Date(`${r.publishedAt}T12:00:00Z`));
  return {
    ours: () => {
      let claims = 0;
      for (const r of c.rows) claims += extractClaims(r.text, { language: r.language, publishedAt: r.publishedAt }).length;
      return claims;
    },
    chrono: () => {
      for (let i = 0; i < c.rows.length; i++) parse.parse(c.rows[i].text, dates[i]);
    },
  };
}

/** In-process, one core, both contenders in this process: best of interleaved rounds (a noisy neighbour slows both alike). */
export function realThroughput(extractClaims: typeof ExtractClaims, quick: boolean): RealThroughputRow[] {
  const size = quick ? 1_000_000 : 10_000_000;
  const rounds = quick ? 3 : 5;
  return (['ar', 'en'] as const).flatMap((language) => {
    const c = realCorpus(language, size);
    if (!c) return [];
    let claims = 0;
    const pass = passes(c, extractClaims);
    const contenders: Record<string, () => void> = { ours: () => void (claims = pass.ours()), chrono: pass.chrono };
    const best: Record<string, number> = { ours: Infinity, chrono: Infinity };
    for (const fn of Object.values(contenders)) fn(); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (const [name, fn] of Object.entries(contenders)) {
        const t0 = performance.now();
        fn();
        best[name] = Math.min(best[name], performance.now() - t0);
      }
    }
    const mbs = (ms: number) => c.bytes / 1e6 / (ms / 1000);
    return [{ language, distinct: c.distinct, articles: c.rows.length, bytes: c.bytes, claims, oursMBs: mbs(best.ours), chronoMBs: mbs(best.chrono) }];
  });
}

/**
 * In-process, each contender alone in a process of its own (bench/solo.ts), as a service runs the extractor: in
 * one process the two can slow each other (the extractor's English figure measured 10-20 % lower there).
 * Processes alternate (ours, chrono, chrono, ours, …) so a noisy neighbour hits both; the best of each is kept.
 */
export function soloThroughput(bundle: string, quick: boolean): RealThroughputRow[] {
  const size = quick ? 1_000_000 : 10_000_000;
  const [procs, rounds] = quick ? [1, 2] : [2, 3];
  return (['ar', 'en'] as const).flatMap((language) => {
    const c = realCorpus(language, size);
    if (!c) return [];
    const best = { ours: 0, chrono: 0 };
    let claims = 0;
    for (let p = 0; p < procs; p++) {
      for (const who of p % 2 ? (['chrono', 'ours'] as const) : (['ours', 'chrono'] as const)) {
        const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'solo.ts'), who, language, String(size), String(rounds), bundle],
          { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        if (r.status !== 0) throw new Error(`bench/solo.ts ${who} ${language} exited ${r.status}: ${r.stderr}`);
        const out = JSON.parse(r.stdout) as { mbs: number; claims: number };
        best[who] = Math.max(best[who], out.mbs);
        if (who === 'ours') claims = out.claims;
      }
    }
    return [{ language, distinct: c.distinct, articles: c.rows.length, bytes: c.bytes, claims, oursMBs: best.ours, chronoMBs: best.chrono }];
  });
}

const BIN = join(root, 'bin', 'factcheck.mjs');
const CHRONO_JSONL = join(import.meta.dirname, 'chrono-jsonl.mjs');

/** Wall-clock seconds of one process, stdin from `input` (a file) or nothing, stdout to `output` or discarded. */
function timed(cmd: string, args: string[], input?: string, output?: string): number {
  const inFd = input ? openSync(input, 'r') : 'ignore';
  const outFd = output ? openSync(output, 'w') : 'ignore';
  try {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: root, stdio: [inFd, outFd, 'pipe'], encoding: 'utf8' });
    const s = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return s;
  } finally {
    if (typeof inFd === 'number') closeSync(inFd);
    if (typeof outFd === 'number') closeSync(outFd);
  }
}

export interface WholeProcessRow {
  language: 'ar' | 'en';
  articles: number;
  bytes: number;
  /** The CLI as users run it: its default, which on this input extracts in `defaultThreads` thread(s). */
  oursSeconds: number;
  defaultThreads: number;
  /** `--workers 1`: everything in one thread, as chrono-jsonl runs. */
  oursOneThreadSeconds: number;
  /** `--workers N`, N = its default count of worker threads on a large input (one per core, at most 8). */
  oursWorkersSeconds: number;
  workers: number;
  chronoSeconds: number;
  /** The same, median of the runs (the best is the headline; the median shows how far the noise moves it). */
  medians: { ours: number; one: number; many: number; chrono: number };
}

/**
 * `factcheck extract --jsonl` (its default, `--workers 1`, and `--workers N` with N its default count of
 * workers) and a chrono-node process (one thread) on the same JSON Lines file: best of interleaved runs.
 */
export function wholeProcess(outDir: string, quick: boolean): WholeProcessRow[] {
  const size = quick ? 1_000_000 : 10_000_000;
  const runs = quick ? 2 : 5;
  timed(process.execPath, [BIN, '--help']); // a stale build is rebuilt here, not in a timed run
  return (['ar', 'en'] as const).flatMap((language) => {
    const c = realCorpus(language, size);
    if (!c) return [];
    const input = join(outDir, `real-${language}.jsonl`);
    writeFileSync(input, c.rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const workers = defaultWorkers();
    const contenders: Record<string, string[]> = {
      ours: [BIN, 'extract', '--jsonl'],
      one: [BIN, 'extract', '--jsonl', '--workers', '1'],
      ...(workers > 1 ? { many: [BIN, 'extract', '--jsonl', '--workers', String(workers)] } : {}),
      chrono: [CHRONO_JSONL],
    };
    const times: Record<string, number[]> = { ours: [], one: [], many: [], chrono: [] };
    const out = (name: string) => join(outDir, `real-${language}.${name}.jsonl`);
    for (let i = 0; i < runs; i++) {
      for (const [name, args] of Object.entries(contenders)) times[name].push(timed(process.execPath, args, input, out(name)));
    }
    const best = (name: string) => Math.min(...times[name]);
    const median = (name: string) => times[name].toSorted((a, b) => a - b)[(times[name].length - 1) >> 1];
    for (const name of Object.keys(contenders).filter((n) => n !== 'chrono' && n !== 'one')) {
      if (readFileSync(out(name), 'utf8') !== readFileSync(out('one'), 'utf8')) throw new Error(`factcheck extract --jsonl (${name}) wrote other claims than with --workers 1 (${language})`);
    }
    const defaultThreads = workers > 1 && statSync(input).size >= WORKERS_FROM ? workers : 1;
    return [{
      language, articles: c.rows.length, bytes: c.bytes, oursSeconds: best('ours'), defaultThreads, oursOneThreadSeconds: best('one'),
      oursWorkersSeconds: best(workers > 1 ? 'many' : 'one'), workers, chronoSeconds: best('chrono'),
      medians: { ours: median('ours'), one: median('one'), many: median(workers > 1 ? 'many' : 'one'), chrono: median('chrono') },
    }];
  });
}

export interface StartupRow {
  what: string;
  command: string;
  medianMs: number;
  minMs: number;
}

/** Median wall-clock time of fresh processes: the CLI's start, next to Node's own and chrono-node's. */
export function startup(outDir: string, quick: boolean): StartupRow[] {
  const runs = quick ? 5 : 15;
  const seed = devArticles().find((a) => a.id === '00-ar') ?? devArticles()[0];
  const one = join(outDir, 'one-article.jsonl');
  writeFileSync(one, `${JSON.stringify(seed ?? { id: 'x', text: 'Two soldiers were killed on Friday.', language: 'en', publishedAt: '2024-03-02' })}\n`);
  const cases: { what: string; command: string; cmd: string; args: string[]; input?: string; runs?: number }[] = [
    { what: 'Node.js itself (baseline)', command: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    { what: 'help', command: 'factcheck --help', cmd: process.execPath, args: [BIN, '--help'] },
    { what: 'extract one article (00-ar, 2 KB)', command: 'factcheck extract --jsonl < one-article.jsonl', cmd: process.execPath, args: [BIN, 'extract', '--jsonl'], input: one },
    { what: 'chrono-node on the same article (baseline)', command: 'node bench/chrono-jsonl.mjs < one-article.jsonl', cmd: process.execPath, args: [CHRONO_JSONL], input: one },
    { what: 'help through npx (npm\'s own start included)', command: 'npx --no-install factcheck --help', cmd: 'npx', args: ['--no-install', 'factcheck', '--help'] },
    { what: 'help, compiled at each start by tsx (before #16)', command: 'node --import tsx bin/factcheck.ts --help', cmd: process.execPath, args: ['--import', 'tsx', join(root, 'bin', 'factcheck.ts'), '--help'], runs: quick ? 2 : 5 },
  ];
  timed(process.execPath, [BIN, '--help']);
  const samples = new Map<string, number[]>(cases.map((c) => [c.what, []]));
  const most = Math.max(...cases.map((c) => c.runs ?? runs));
  for (let i = 0; i < most; i++) {
    for (const c of cases) if (i < (c.runs ?? runs)) samples.get(c.what)!.push(timed(c.cmd, c.args, c.input) * 1000);
  }
  return cases.map((c) => {
    const s = samples.get(c.what)!.sort((a, b) => a - b);
    return { what: c.what, command: c.command, medianMs: s[Math.floor(s.length / 2)], minMs: s[0] };
  });
}
