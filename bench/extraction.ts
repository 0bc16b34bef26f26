/** Extraction speed: our extractor vs chrono-node on the same text vs one compiled regular expression (the ceiling). */
import * as chrono from 'chrono-node';
import { extractClaims } from '../lambdas/domain/extract/index.ts';
import { article, corpus } from './corpus.ts';

const ref = new Date('2024-03-02T12:00:00Z');

function timeLoop(minMs: number, fn: () => void): { ms: number; runs: number } {
  fn(); // warm up
  let runs = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs || runs < 2) {
    fn();
    runs++;
    now = performance.now();
  }
  return { ms: (now - start) / runs, runs };
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

export function throughput(quick: boolean): ThroughputRow[] {
  const size = quick ? 400_000 : 3_000_000;
  const minMs = quick ? 300 : 1500;
  return (['ar', 'en', 'mixed'] as const).map((set) => {
    const { texts, bytes } = corpus(set, size);
    let claims = 0;
    const ours = timeLoop(minMs, () => {
      claims = 0;
      for (const t of texts) claims += extractClaims(t, { language: arabic(t) ? 'ar' : 'en', publishedAt: '2024-03-02' }).length;
    });
    const chronoRun = timeLoop(minMs, () => {
      for (const t of texts) (arabic(t) ? chrono.ar : chrono.en.casual).parse(t, ref);
    });
    const ceiling = timeLoop(minMs, () => {
      let n = 0;
      for (const t of texts) for (const _ of t.matchAll(CEILING)) n++;
      if (n < 0) throw new Error();
    });
    const mbs = (ms: number) => bytes / 1e6 / (ms / 1000);
    return {
      set, bytes, articles: texts.length, claims,
      oursMBs: mbs(ours.ms), chronoMBs: mbs(chronoRun.ms), ceilingMBs: mbs(ceiling.ms),
      articlesPerSec: texts.length / (ours.ms / 1000),
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

export function latency(quick: boolean): LatencyRow[] {
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
