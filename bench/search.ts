/**
 * The desk's search (GET /claims) on the local stack holding 10,000 claims or more (2,000 with --quick),
 * each query timed over HTTP, next to GET /review-queue on the same stack as the baseline. Runs in its own
 * process (its own local stack and data folder): `tsx bench/search.ts [--quick]` prints JSON on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleIdFor } from '../lambdas/adapters/ids.ts';
import { article } from './corpus.ts';
import { benchStack } from './stack.ts';

export interface SearchResults {
  claims: number;
  articles: number;
  seedSeconds: number;
  rows: { what: string; query: string; p50: number; p95: number; results: number }[];
  all: { p50: number; p95: number; samples: number };
  queue: { p50: number; p95: number };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Words, clitic forms, digits and structured values, as a desk would ask them. */
const QUERIES: [string, string][] = [
  ['one English word', 'q=civilians'],
  ['two English words', 'q=killed%20market'],
  ['an English word, kind and count range', 'q=wounded&kind=injured&min=10&max=60'],
  ['one Arabic word with clitics', `q=${encodeURIComponent('بالقصف')}`],
  ['two Arabic words', `q=${encodeURIComponent('قصف بلدة')}`],
  ['Arabic-Indic digits', `q=${encodeURIComponent('٧٢')}`],
  ['a place name', 'q=geneva'],
  ['kind only', 'kind=killed'],
  ['type and days', 'type=date&from=2024-03-01&to=2024-03-31'],
  ['language and status', 'language=ar&status=PENDING_REVIEW'],
  ['no filter (newest claims)', ''],
  ['a word in no claim', 'q=volcano'],
];

export async function searchBench(quick: boolean, log: (s: string) => void): Promise<SearchResults> {
  const dataDir = mkdtempSync(join(tmpdir(), 'factcheck-bench-search-'));
  Object.assign(process.env, { PORT: '0', FACTCHECK_DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'ERROR' });
  const { stack, submitter, reviewer, call, reached } = await benchStack();
  try {
    // Seed through the real workflow (submit, extract, postings, checks) until the claims reach the target.
    const target = quick ? 2_000 : 10_000;
    let claims = 0;
    let articles = 0;
    const t0 = performance.now();
    while (claims < target) {
      const batch = Array.from({ length: 8 }, (_, i) => articles + i);
      await Promise.all(batch.map(async (s) => {
        const text = article(s % 2 ? 'ar' : 'en', 6000, s * 31);
        const url = `https://example.org/bench/search/${s}`;
        const id = articleIdFor({ text, url, submitter: 'bench' });
        const done = reached(id);
        const publishedAt = new Date(Date.UTC(2024, 0, 1) + (s % 120) * 86_400_000).toISOString().slice(0, 10);
        await call('POST', '/articles', submitter, { text, url, publishedAt });
        await done;
      }));
      articles += batch.length;
      claims = 0;
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: any = await call('GET', `/articles?limit=100${cursor ? `&cursor=${cursor}` : ''}`, reviewer);
        for (const a of page.items) claims += a.claimCount ?? 0;
        cursor = page.nextCursor;
      }
      log(`  search: ${articles} articles, ${claims} claims`);
    }
    const seedSeconds = (performance.now() - t0) / 1000;

    const time = async (path: string) => {
      const t = performance.now();
      const body = await call('GET', path, reviewer);
      return { ms: performance.now() - t, n: body.items.length };
    };
    for (const [, q] of QUERIES) await time(`/claims?${q}`); // warm: module load, first reads
    const rounds = quick ? 5 : 15;
    const rows: SearchResults['rows'] = [];
    const every: number[] = [];
    for (const [what, q] of QUERIES) {
      const lat: number[] = [];
      let results = 0;
      for (let r = 0; r < rounds; r++) {
        const { ms, n } = await time(`/claims?${q}`);
        lat.push(ms);
        results = n;
      }
      every.push(...lat);
      rows.push({ what, query: q || '(none)', p50: pct(lat, 50), p95: pct(lat, 95), results });
    }
    const qlat: number[] = [];
    for (let r = 0; r < rounds * 4; r++) qlat.push((await time('/review-queue?limit=20')).ms);
    return {
      claims, articles, seedSeconds, rows,
      all: { p50: pct(every, 50), p95: pct(every, 95), samples: every.length },
      queue: { p50: pct(qlat, 50), p95: pct(qlat, 95) },
    };
  } finally {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await searchBench(process.argv.includes('--quick'), (s) => process.stderr.write(`${s}\n`));
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
}
