#!/usr/bin/env node
/**
 * How much memory the local stack (`npm start`) holds as articles go through it. Starts lib/local/main.ts as
 * `npm start` does, in a child process on its own port and a fresh data folder; submits articles written
 * here (each one distinct) through the HTTP API, waits for each to reach the review queue, optionally
 * rebuilds the search index a number of times, and prints the child's memory at each step: RSS from
 * /proc/<pid>/status (Linux), and the child's own process.memoryUsage() after a full GC (heap, external,
 * arrayBuffers). The child is stopped at the end, and its data folder removed.
 *
 *   node scripts/local-memory.mjs [--articles 100] [--rebuilds 0] [--every 10] [--parallel 4] [--heap-mb N]
 *
 * PORT sets the port (default: any free one).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    rebuilds: { type: 'string', default: '0' },
    every: { type: 'string', default: '10' },
    parallel: { type: 'string', default: '4' },
    'heap-mb': { type: 'string' },
  },
});
const ARTICLES = Number(args.articles);
const REBUILDS = Number(args.rebuilds);
const EVERY = Number(args.every);
const PARALLEL = Number(args.parallel);

const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'factcheck-memory-'));
// The child answers 'memory' on its IPC channel with its process.memoryUsage() after a full GC.
const probe = "process.on('message',(m)=>{if(m==='memory'){globalThis.gc();process.send({memory:process.memoryUsage()})}})";
const node = ['--expose-gc', ...(args['heap-mb'] ? [`--max-old-space-size=${args['heap-mb']}`] : []), `--import=data:text/javascript,${encodeURIComponent(probe)}`, '--import', 'tsx'];
const child = spawn(process.execPath, [...node, join(root, 'lib/local/main.ts')], {
  cwd: root,
  env: { ...process.env, PORT: process.env.PORT ?? '0', FACTCHECK_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
});
let out = '';
child.stdout.on('data', (d) => (out += d));
child.stderr.on('data', (d) => (out += d));
const exited = new Promise((r) => child.once('exit', r));
const stop = async () => {
  child.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
};

try {
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the stack did not start in 120 s:\n${out}`)), 120_000);
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => fail(new Error(`the stack exited with ${code}:\n${out}`)));
  });
  const token = async (role) => {
    const r = await fetch(`${url}/local/token`, { method: 'POST', headers: { host: 'localhost', 'content-type': 'application/json' }, body: JSON.stringify({ name: `memory ${role}`, role }) });
    if (!r.ok) throw new Error(`token: ${r.status} ${await r.text()}`);
    return (await r.json()).token;
  };
  const submitter = await token('submitter');
  const editor = await token('editor');
  const api = async (method, path, bearer, body) => {
    const r = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return JSON.parse(text);
  };

  const memory = () => new Promise((ok) => {
    child.once('message', (m) => ok(m.memory));
    child.send('memory');
  });
  const rssOf = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) * 1024;
  const mb = (n) => (n / 2 ** 20).toFixed(0).padStart(5);
  const samples = [];
  const sample = async (label) => {
    const m = await memory();
    const rss = rssOf();
    samples.push({ label, rss });
    console.log(`${label.padEnd(16)} rss ${mb(rss)} MB   heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB   external ${mb(m.external)} MB   arrayBuffers ${mb(m.arrayBuffers)} MB`);
  };

  // Articles written for this measurement: a wire-style story in English or Arabic whose numbers, places and
  // days change with i, so every one is a distinct article with its own claims and search words.
  const PLACES = ['Kharkiv', 'Rafah', 'Idlib', 'Mosul', 'Sanaa', 'Khartoum', 'Gao', 'Marib'];
  const AR_PLACES = ['خاركيف', 'رفح', 'إدلب', 'الموصل', 'صنعاء', 'الخرطوم', 'غاو', 'مأرب'];
  const EN = [
    (i, p) => `At least ${i + 3} civilians, including ${1 + (i % 5)} children, were killed and ${2 * i + 7} wounded on Tuesday when shells hit a market in ${p}, a local official said.`,
    (i) => `The health ministry said in a statement that ${40 + i} people had been killed since the start of the month.`,
    (i) => `Rescue workers recovered ${(i % 9) + 2} bodies from the rubble on Wednesday morning, the civil defence said.`,
    (i, p) => `A day earlier, ${(i % 7) + 4} soldiers were killed in an ambush on the road to ${p}, the army said.`,
    (i) => `The United Nations said ${1000 + 13 * i} families had fled the area since last Friday.`,
    (i) => `Police said ${(i % 4) + 2} people were arrested after ${i + 11} protesters were injured in clashes on Monday.`,
  ];
  const AR = [
    (i, p) => `قُتل ${i + 3} مدنياً، بينهم ${1 + (i % 5)} أطفال، وأصيب ${2 * i + 7} آخرون مساء الثلاثاء في قصف استهدف سوقاً في ${p}، بحسب ما أفاد مسؤول محلي.`,
    (i) => `وقالت وزارة الصحة في بيان إن حصيلة القتلى منذ مطلع الشهر بلغت ${40 + i} شخصاً.`,
    (i) => `وذكر الدفاع المدني أن فرقه انتشلت ${(i % 9) + 2} جثث من تحت الأنقاض صباح الأربعاء.`,
    (i, p) => `وقال الجيش إن ${(i % 7) + 4} جنود قتلوا أمس في كمين على الطريق إلى ${p}.`,
    (i) => `وأفادت الأمم المتحدة بأن ${1000 + 13 * i} عائلة نزحت من المنطقة منذ يوم الجمعة الماضي.`,
    (i) => `وقالت الشرطة إنها اعتقلت ${(i % 4) + 2} أشخاص بعد إصابة ${i + 11} متظاهراً في اشتباكات يوم الاثنين.`,
  ];
  // Two rounds of the six sentences (the second with other numbers): about a dozen claims an article.
  const article = (i) => {
    const ar = i % 2 === 1;
    const places = ar ? AR_PLACES : PLACES;
    const place = places[i % places.length];
    const text = [...(ar ? AR : EN).map((s) => s(i, place)), ...(ar ? AR : EN).map((s) => s(i + 500, places[(i + 3) % places.length]))].join('\n\n');
    return { language: ar ? 'ar' : 'en', publishedAt: `2025-04-${String(1 + (i % 28)).padStart(2, '0')}`, title: ar ? `قصف على ${place} (${i})` : `Shelling in ${place} (${i})`, source: 'memory run', text };
  };
  const settle = async (articleId) => {
    for (;;) {
      const a = await api('GET', `/articles/${articleId}`, submitter);
      if (a.status !== 'PROCESSING') return a.status;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  await sample('started');
  const statuses = {};
  let next = 0;
  for (let done = 0; done < ARTICLES;) {
    const batch = [];
    for (let k = 0; k < PARALLEL && next < ARTICLES && done + batch.length < ARTICLES; k++) batch.push(next++);
    await Promise.all(batch.map(async (i) => {
      const { articleId } = await api('POST', '/articles', submitter, article(i));
      const status = await settle(articleId);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }));
    const before = done;
    done += batch.length;
    if (Math.floor(done / EVERY) > Math.floor(before / EVERY) || done === ARTICLES) await sample(`${done} articles`);
  }
  for (let r = 1; r <= REBUILDS; r++) {
    let cursor;
    do {
      const page = await api('POST', '/search-index/rebuild', editor, { ...(cursor ? { cursor } : {}), limit: 25 });
      cursor = page.nextCursor;
    } while (cursor);
    await sample(`${r} rebuilds`);
  }
  const first = samples[0].rss;
  const last = samples.at(-1).rss;
  console.log(`articles by status: ${JSON.stringify(statuses)}`);
  console.log(`rss grew ${mb(last - first).trim()} MB (from ${mb(first).trim()} to ${mb(last).trim()} MB); highest ${mb(Math.max(...samples.map((s) => s.rss))).trim()} MB`);
} catch (e) {
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await stop();
}
