/** Extraction speed: our extractor vs chrono-node on the same text vs one compiled regular expression (the ceiling). */
import * as chrono from 'chrono-node';
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { extractClaims as ExtractClaims } from '../lambdas/domain/extract/index.ts';
import { article, corpus } from './corpus.ts';

const ref = new Date('2024-03-02T12:00:00Z');

/**
 * The extractor as it is deployed: bundled and minified by esbuild like the Lambda functions (tsx's
 * per-file transform adds a helper call to every closure, which is not what runs in AWS).
 */
export async function loadExtractor(outDir: string, { keepNames = false } = {}): Promise<typeof ExtractClaims> {
  // With keepNames (for the profiler's report), identifiers stay; the code is otherwise minified alike.
  const outfile = join(outDir, keepNames ? 'extract-named.mjs' : 'extract.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '..', 'lambdas', 'domain', 'extract', 'index.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error',
    ...(keepNames ? { minifyWhitespace: true, minifySyntax: true } : { minify: true }),
  });
  return (await import(pathToFileURL(outfile).href)).extractClaims;
}

/**
 * Best time of `rounds` rounds of one pass each, the contenders interleaved round by round, so a noisy
 * neighbour on this 2-core machine slows every contender alike instead of one of them.
 */
function race(rounds: number, contenders: Record<string, () => void>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const fn of Object.values(contenders)) fn(); // warm up
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const t0 = performance.now();
      fn();
      const ms = performance.now() - t0;
      best[name] = Math.min(best[name] ?? Infinity, ms);
    }
  }
  return best;
}

const CEILING = /\d+|[\u0600-\u06FF]+|[A-Za-z]+/g;
const arabic = (t: string) => /[\u0600-\u06FF]{3}/.test(t);

export interface ThroughputRow {
  set: string;
  bytes: number;
  articles: number;
  oursMBs: number;
  chronoMBs: number;
  ceilingMBs: number;
  articlesPerSec: number;
  claims: number;
}

export function throughput(extractClaims: typeof ExtractClaims, quick: boolean): ThroughputRow[] {
  const size = quick ? 400_000 : 3_000_000;
  const rounds = quick ? 5 : 9;
  return (['ar', 'en', 'mixed'] as const).map((set) => {
    const { texts, bytes } = corpus(set, size);
    let claims = 0;
    const best = race(rounds, {
      ours: () => {
        claims = 0;
        for (const t of texts) claims += extractClaims(t, { language: arabic(t) ? 'ar' : 'en', publishedAt: '2024-03-02' }).length;
      },
      chrono: () => {
        for (const t of texts) (arabic(t) ? chrono.ar : chrono.en.casual).parse(t, ref);
      },
      ceiling: () => {
        let n = 0;
        for (const t of texts) for (const _ of t.matchAll(CEILING)) n++;
        if (n < 0) throw new Error('unreachable');
      },
    });
    const mbs = (ms: number) => bytes / 1e6 / (ms / 1000);
    return {
      set, bytes, articles: texts.length, claims,
      oursMBs: mbs(best.ours), chronoMBs: mbs(best.chrono), ceilingMBs: mbs(best.ceiling),
      articlesPerSec: texts.length / (best.ours / 1000),
    };
  });
}

export interface LatencyRow {
  sizeKB: number;
  p50: number;
  p95: number;
  p99: number;
  usPerKB: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export function latency(extractClaims: typeof ExtractClaims, quick: boolean): LatencyRow[] {
  // Warm the JIT on every size first, so the first size measured does not pay for it alone.
  for (let i = 0; i < 20; i++) for (const kb of [2, 5, 20]) extractClaims(article('mixed', kb * 1024, 1000 + i), { publishedAt: '2024-03-02' });
  return [2, 5, 20, 100].map((kb) => {
    const runs = quick ? Math.max(10, Math.round(200 / kb)) : Math.max(30, Math.round(2000 / kb));
    const samples: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const text = article('mixed', kb * 1024, i * 7);
      const t0 = performance.now();
      extractClaims(text, { publishedAt: '2024-03-02' });
      if (i >= 3) samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return { sizeKB: kb, p50: pct(samples, 50), p95: pct(samples, 95), p99: pct(samples, 99), usPerKB: (pct(samples, 50) * 1000) / kb };
  });
}
