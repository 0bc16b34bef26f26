/**
 * npm run bench [-- --quick]: speed, scale and cost, each figure next to a baseline measured in the same
 * run on the same machine. Prints the figures and writes bench/RESULTS.md (bench/out/RESULTS-quick.md
 * for --quick, which finishes in under a minute).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { bundleBench } from './bundles.ts';
import { latency, loadExtractor, throughput } from './extraction.ts';
import { stackBench } from './stack.ts';
import type { SearchResults } from './search.ts';
import { execFileSync } from 'node:child_process';
import { DEV_DIR, realThroughput, soloThroughput, startup, wholeProcess } from './real.ts';
import { WORKERS_FROM } from '../bin/cli/extract-pool.ts';
import { whereTimeGoes } from './profile.ts';
import { PRICES } from './prices.ts';

const quick = process.argv.includes('--quick');
const outDir = join(import.meta.dirname, 'out');
mkdirSync(outDir, { recursive: true });
const log = (s: string) => process.stderr.write(`${s}\n`);
const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const started = Date.now();

log(`factcheck benchmark${quick ? ' (quick)' : ''}: extraction ...`);
const extractClaims = await loadExtractor(outDir);
const tput = throughput(extractClaims, quick);
const lat = latency(extractClaims, quick);
log('real articles: in-process ...');
const loadBefore = loadavg()[0];
const solo = soloThroughput(join(outDir, 'extract.mjs'), quick);
const real = realThroughput(extractClaims, quick);
log('real articles: whole processes, CLI start-up ...');
const whole = wholeProcess(outDir, quick);
const starts = startup(outDir, quick);
const loadAfter = loadavg()[0];
log('real articles: where the time goes ...');
const stages = await whereTimeGoes(outDir, quick);
log('bundles ...');
const bundles = await bundleBench(outDir, quick);
log('local stack ...');
const stack = await stackBench(quick, log);
log('desk search ...');
// Its own process: a second local stack cannot share this process's adapters with the first.
const search = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'search.ts'), ...(quick ? ['--quick'] : [])],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 })) as SearchResults;

const md: string[] = [];
const cpu = cpus();
md.push(`# factcheck benchmark${quick ? ' (quick)' : ''}`, '');
md.push(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}. Command: \`npm run bench${quick ? ' -- --quick' : ''}\`. Each figure stands next to its baseline from the same run.`, '');

md.push('## Headline: extraction on real articles', '');
md.push(`Load average (1 min) on this ${cpu.length}-core machine: ${f(loadBefore, 1)} before these two sections, ${f(loadAfter, 1)} after (other work running at the same time slows every contender of a row alike; compare within a row).`, '');
if (!real.length) md.push(`(no annotated articles at ${DEV_DIR}: this section needs them)`, '');
else {
  md.push(`Corpus: the hand-annotated news articles of \`../shared/data/dev/\` (read at run time, not part of the repository), each language's articles repeated until ${f(real[0].bytes / 1e6, 0)} MB of text; every repetition is a fresh string, as each JSON line is. The articles carry their own publication dates.`, '');
  md.push('**In-process, one core**: the extractor as bundled (esbuild, minified as deployed), next to chrono-node 2.10.3 (`chrono.ar`, `chrono.en.casual`) parsing the same texts; best pass over the corpus after a warm-up pass. Two ways, both in this run: each contender alone in a process of its own (`bench/solo.ts`; processes alternate, best kept), as a service runs the extractor; and both in one process, rounds interleaved, where the two share the heap and the caches (the extractor\'s English figure is the one that drops).', '');
  md.push('| language | corpus | MB | articles (distinct) | claims | how | factcheck MB/s | chrono-node MB/s | ratio vs chrono |');
  md.push('|---|---|---|---|---|---|---|---|---|');
  for (const [how, rows] of [['each alone in its process', solo], ['both in one process', real]] as const) {
    for (const r of rows) md.push(`| ${r.language} | real (dev set) | ${f(r.bytes / 1e6, 2)} | ${r.articles} (${r.distinct}) | ${r.claims} | ${how} | ${f(r.oursMBs, 2)} | ${f(r.chronoMBs, 2)} | **${f(r.oursMBs / r.chronoMBs, 2)}×** |`);
  }
  const w0 = whole[0];
  const said = (n: number) => (n === 1 ? 'one thread' : `${n} worker threads`);
  md.push('', `**Whole processes**: \`factcheck extract --jsonl\` (the built CLI, \`node bin/factcheck.mjs\`, what \`npx factcheck\` runs) reading the corpus as JSON Lines from a file on stdin and writing its claims to a file, next to \`node bench/chrono-jsonl.mjs\` (chrono-node as installed, reading and writing the same way); wall clock from spawn to exit, best of interleaved runs (and, last column, the ratio of their medians). **chrono-jsonl runs on one thread.** factcheck is shown three ways, all writing the same bytes (checked): its default, which on inputs under ${WORKERS_FROM / 2 ** 20} MB (these) extracts in ${w0 ? `**${said(w0.defaultThreads)}**` : 'one thread'}; \`--workers 1\` (one thread, as chrono); and \`--workers ${w0?.workers ?? 'N'}\`, the worker threads its default uses on larger inputs (one per core, at most 8; the main thread reads, checks and writes).`, '');
  md.push('| language | corpus | MB | articles | factcheck | threads extracting | factcheck s | factcheck MB/s | chrono-node s (1 thread) | chrono-node MB/s | ratio vs chrono | ratio of medians |');
  md.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const w of whole) {
    const ways: [string, number, number, number][] = [['default', w.defaultThreads, w.oursSeconds, w.medians.ours], ['`--workers 1`', 1, w.oursOneThreadSeconds, w.medians.one]];
    if (w.workers > 1) ways.push([`\`--workers ${w.workers}\``, w.workers, w.oursWorkersSeconds, w.medians.many]);
    for (const [how, n, s, m] of ways) {
      md.push(`| ${w.language} | real (dev set) | ${f(w.bytes / 1e6, 2)} | ${w.articles} | ${how} | ${n} | ${f(s, 2)} | ${f(w.bytes / 1e6 / s, 2)} | ${f(w.chronoSeconds, 2)} | ${f(w.bytes / 1e6 / w.chronoSeconds, 2)} | **${f(w.chronoSeconds / s, 2)}×** | ${f(w.medians.chrono / m, 2)}× |`);
    }
  }
  md.push('', 'Target: at least 2× chrono-node in both tables, while extracting casualties, dates and attributions where chrono only finds dates.', '');
  if (stages.length) {
    md.push('**Where the time goes** (in-process, warm, the same real articles): V8\'s CPU profiler on the bundle with its names kept, samples summed by the stage of `extractClaims` on the stack. ms per MB are of the profiled run (the profiler adds its own cost); the shares are the point.', '');
    md.push('| stage | ar % | ar ms/MB | en % | en ms/MB |');
    md.push('|---|---|---|---|---|');
    for (const stage of [...new Set(stages.map((r) => r.stage))]) {
      const [ar, en] = (['ar', 'en'] as const).map((l) => stages.find((r) => r.language === l && r.stage === stage));
      md.push(`| ${stage} | ${f(ar?.percent ?? NaN, 1)} | ${f(ar?.msPerMB ?? NaN, 1)} | ${f(en?.percent ?? NaN, 1)} | ${f(en?.msPerMB ?? NaN, 1)} |`);
    }
    md.push('', 'Whole processes pay in addition what one pass over a cold process costs: V8 runs the rules in its interpreter until it has compiled them, and the first few hundred articles take several times their steady time (see the whole-process table); JSON in and out is the rest.', '');
  }
}
md.push('## CLI start-up (whole processes)', '');
md.push('Median (and fastest) wall-clock time of fresh processes, from spawn to exit, interleaved.', '');
md.push('| what | command | median ms | fastest ms |');
md.push('|---|---|---|---|');
for (const r of starts) md.push(`| ${r.what} | \`${r.command}\` | ${f(r.medianMs, 0)} | ${f(r.minMs, 0)} |`);
md.push('', 'Target: `factcheck --help` and `extract` of one article under 300 ms on an idle machine. `npx` adds npm\'s own start to any command.', '');

md.push('## 1. Extraction throughput on template sentences (one core; the second row)', '');
md.push('Corpus: sentences written for this project from 12 templates per language, repeated with other numbers and places (the dev articles once, under 1 % of the text).', '');
md.push('The extractor as deployed (esbuild bundle), chrono-node 2.10.3 parsing the same texts (`chrono.ar` for Arabic, `chrono.en.casual` for English), and one compiled regular expression scanning them (the ceiling). Best of interleaved rounds.', '');
md.push('| text | MB | articles | claims | factcheck MB/s | chrono-node MB/s | ratio vs chrono | regex ceiling MB/s | fraction of ceiling | articles/s |');
md.push('|---|---|---|---|---|---|---|---|---|---|');
for (const r of tput) {
  md.push(`| ${r.set} | ${f(r.bytes / 1e6, 2)} | ${r.articles} | ${r.claims} | ${f(r.oursMBs, 2)} | ${f(r.chronoMBs, 2)} | **${f(r.oursMBs / r.chronoMBs, 2)}×** | ${f(r.ceilingMBs, 0)} | ${f((100 * r.oursMBs) / r.ceilingMBs, 1)} % | ${f(r.articlesPerSec, 0)} |`);
}
md.push('', 'Target: at least 2× chrono-node, while extracting casualties, dates and attributions where chrono only finds dates.', '');

md.push('## 2. Per-article extraction latency (mixed Arabic/English)', '');
md.push('| size | p50 ms | p95 ms | p99 ms | µs per KB (p50) |');
md.push('|---|---|---|---|---|');
for (const r of lat) md.push(`| ${r.sizeKB} KB | ${f(r.p50, 2)} | ${f(r.p95, 2)} | ${f(r.p99, 2)} | ${f(r.usPerKB, 0)} |`);
const growth = lat[lat.length - 1].usPerKB / lat[0].usPerKB;
md.push('', `Growth: the cost per KB at ${lat[lat.length - 1].sizeKB} KB is ${f(growth, 2)}× that at ${lat[0].sizeKB} KB (1.0 = linear). Warm latency for a 5 KB article: ${f(lat.find((r) => r.sizeKB === 5)!.p50, 2)} ms p50 (target ≤ 20 ms).`, '');

md.push('## 3. Local stack throughput (`npm start`, in-process: dynalite + aws-local-stepfunctions + HTTP)', '');
md.push('From `POST /articles` until the execution waits for reviewers (`AWAITING_REVIEW`; the runner reports it, so no polling loads the stack), articles of ~1.5 KB.', '');
md.push('| concurrent submitters | articles | articles/s | p50 ms | p99 ms | vs 1 submitter |');
md.push('|---|---|---|---|---|---|');
for (const l of stack.levels) md.push(`| ${l.concurrency} | ${l.articles} | ${f(l.perSec)} | ${f(l.p50, 0)} | ${f(l.p99, 0)} | ${f(l.perSec / stack.levels[0].perSec, 2)}× |`);
md.push('', `Verdicts (8 reviewers at once): ${stack.verdicts.count} in total, **${f(stack.verdicts.perSec, 0)} verdicts/s**, p50 ${f(stack.verdicts.p50, 0)} ms, p99 ${f(stack.verdicts.p99, 0)} ms.`, '');

md.push('## 4. Lambda bundles and cold start: AWS SDK bundled in, or the runtime\'s', '');
md.push(`Each handler bundled as \`cdk synth\` bundles it (lib/bundling.ts), once with the AWS SDK v3 in the bundle and once with \`@aws-sdk/*\` left external (the runtime's copy; here resolved from node_modules, as the runtime resolves its own). Import time: median of fresh \`node\` processes importing the bundle, the two variants interleaved (a cold-start proxy); the baseline is the same process importing \`node:os\`: ${f(bundles.baselineMs, 1)} ms. What ships: **${bundles.shipsSdk ? 'the SDK bundled in' : "the runtime's SDK"}** (\`EXTERNAL_MODULES\` in lib/bundling.ts).`, '');
md.push('| function | KB, SDK bundled | import ms, SDK bundled | KB, runtime SDK | import ms, runtime SDK | bundled vs runtime |');
md.push('|---|---|---|---|---|---|');
for (const b of bundles.rows) md.push(`| ${b.handler} | ${f(b.bundled.bytes / 1024, 0)} | ${f(b.bundled.importMs, 1)} | ${f(b.runtimeSdk.bytes / 1024, 0)} | ${f(b.runtimeSdk.importMs, 1)} | ${f(b.bundled.importMs / b.runtimeSdk.importMs, 2)}× |`);
const over = (k: 'bundled' | 'runtimeSdk') => bundles.rows.reduce((s, b) => s + b[k].importMs - bundles.baselineMs, 0) / bundles.rows.length;
md.push('', `Mean import cost over the baseline: ${f(over('bundled'), 1)} ms with the SDK bundled, ${f(over('runtimeSdk'), 1)} ms with the runtime's.`);
md.push('');

const c = stack.cost;
md.push('## 5. Cost per 1,000 articles in AWS', '');
md.push(`Counted from a metered run of the local stack: ${c.articles} articles taken from submission to \`CHECKED\` with a verdict on every claim. State transitions are counted by the local runner, Lambda time by timing each handler (× its configured memory), DynamoDB units from the capacity each request reports (dynalite), API requests by the client. Prices: ${PRICES.asOf}, see \`bench/prices.ts\`.`, '');
md.push('| per article | measured |');
md.push('|---|---|');
md.push(`| state transitions | ${f(c.transitionsPerArticle, 1)} (an article with ${c.claimsSmall} claims: ${c.transitionsSmall}; with ${c.claimsLarge} claims: ${c.transitionsLarge}) |`);
md.push(`| Lambda invocations | ${f(c.lambdaRequestsPerArticle, 1)} |`);
md.push(`| Lambda GB-seconds | ${f(c.lambdaGbSecondsPerArticle, 4)} |`);
md.push(`| DynamoDB read units | ${f(c.readUnitsPerArticle, 1)} |`);
md.push(`| DynamoDB write units | ${f(c.writeUnitsPerArticle, 1)} |`);
md.push(`| API Gateway requests | ${f(c.apiRequestsPerArticle, 1)} |`);
md.push('');
md.push('| per 1,000 articles | USD |');
md.push('|---|---|');
for (const [k, v] of Object.entries(c.usdPer1000)) md.push(`| ${k} | ${k === 'total' ? '**' : ''}${v.toFixed(4)}${k === 'total' ? '**' : ''} |`);
md.push('', `Transitions do not grow with claims: ${c.transitionsSmall} for ${c.claimsSmall} claims, ${c.transitionsLarge} for ${c.claimsLarge}.`, '');
md.push('## 6. Desk search (`GET /claims`) on the local stack', '');
md.push(`${search.claims} claims in ${search.articles} articles, submitted through the workflow (${f(search.seedSeconds, 0)} s), then each query timed over HTTP (${search.all.samples} requests, after one warm-up round). Served from term postings (Queries, no scan). Baseline: \`GET /review-queue?limit=20\` on the same stack, p50 ${f(search.queue.p50, 1)} ms, p95 ${f(search.queue.p95, 1)} ms.`, '');
md.push('| query | parameters | results | p50 ms | p95 ms |');
md.push('|---|---|---|---|---|');
for (const r of search.rows) md.push(`| ${r.what} | \`${decodeURIComponent(r.query)}\` | ${r.results} | ${f(r.p50, 1)} | ${f(r.p95, 1)} |`);
md.push('', `All queries: **p50 ${f(search.all.p50, 1)} ms**, p95 ${f(search.all.p95, 1)} ms (target: p50 under 200 ms with 10,000 claims).`, '');
const fl = stack.flood;
md.push('## 7. Bounded work: a 100 KB article of one repeated casualty sentence', '');
md.push(`"12 civilians were killed." ${fl.sentences} times (${fl.chars} characters), sent by two submitters one after the other: the second is checked against the first. Limits: 500 claims per article, 20 references per list plus counts, responses ≤ 1 MB with claims paged (\`lambdas/config.ts\`). Before the limits, 400 repetitions took 25 s and a 32 MB response; 100 KB ran for over 10 minutes at 5.6 GB.`, '');
md.push('| run | POST → AWAITING_REVIEW s | claims kept | omitted | first page KB | pages (100 claims each) | largest page KB |');
md.push('|---|---|---|---|---|---|---|');
fl.runs.forEach((r, i) => md.push(`| ${i === 0 ? 'first' : 'second (checked against the first)'} | ${f(r.ms / 1000, 1)} | ${r.claims} | ${r.omitted} | ${f(r.firstPageBytes / 1024, 0)} | ${r.pages} | ${f(r.largestPageBytes / 1024, 0)} |`));
md.push('', `Memory of the whole local stack (one process): ${f(fl.rssBeforeMb, 0)} MB before, peak ${f(fl.rssPeakMb, 0)} MB (+${f(fl.rssPeakMb - fl.rssBeforeMb, 0)} MB).`, '');
md.push(`Run time: ${((Date.now() - started) / 1000).toFixed(0)} s.`);

const report = md.join('\n') + '\n';
const file = quick ? join(outDir, 'RESULTS-quick.md') : join(import.meta.dirname, 'RESULTS.md');
writeFileSync(file, report);
process.stdout.write(report);
log(`written to ${file}`);
process.exit(0);
