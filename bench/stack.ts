/** The local stack under load, in this process: throughput, latency, verdicts, and metered cost per article. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from './corpus.ts';
import { memoryMb } from '../lib/function-settings.ts';
import { PRICES } from './prices.ts';
import { floodBench, type FloodResults } from './flood.ts';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

export interface StackResults {
  flood: FloodResults;
  levels: { concurrency: number; articles: number; perSec: number; p50: number; p99: number }[];
  verdicts: { count: number; perSec: number; p50: number; p99: number };
  cost: {
    articles: number;
    transitionsPerArticle: number;
    transitionsSmall: number;
    transitionsLarge: number;
    claimsSmall: number;
    claimsLarge: number;
    lambdaGbSecondsPerArticle: number;
    lambdaRequestsPerArticle: number;
    apiRequestsPerArticle: number;
    readUnitsPerArticle: number;
    writeUnitsPerArticle: number;
    usdPer1000: { stepFunctions: number; lambda: number; dynamodb: number; apiGateway: number; total: number };
  };
}

/**
 * The local stack in this process (the environment set first: PORT, FACTCHECK_DATA_DIR ...), tokens, a
 * JSON caller, and `reached(articleId)`: resolves when the article's execution waits for reviewers (or
 * ends), told by the runner, so no polling loads the stack.
 */
export async function benchStack() {
  const { startLocalStack } = await import('../lib/local/stack.ts');
  const { issueLocalToken, ensureSigningKey } = await import('../lib/local/auth.ts');
  const stack = await startLocalStack();
  const key = ensureSigningKey();
  const submitter = await issueLocalToken({ role: 'submitter', subject: 'bench', key });
  const reviewer = await issueLocalToken({ role: 'reviewer', subject: 'bench', key });
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(stack.url + path, {
      method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json as any;
  };
  const reached = (articleId: string) => new Promise<'waiting' | 'ended'>((resolve) => {
    const on = (event: 'waiting' | 'ended') => (name: string) => {
      if (name !== articleId) return;
      stack.sfn.off('waiting', onWaiting);
      stack.sfn.off('ended', onEnded);
      resolve(event);
    };
    const [onWaiting, onEnded] = [on('waiting'), on('ended')];
    stack.sfn.on('waiting', onWaiting);
    stack.sfn.on('ended', onEnded);
  });
  const submitterToken = (subject: string) => issueLocalToken({ role: 'submitter', subject, key });
  return { stack, submitter, reviewer, call, reached, submitterToken };
}

export async function stackBench(quick: boolean, log: (s: string) => void): Promise<StackResults> {
  const dataDir = mkdtempSync(join(tmpdir(), 'factcheck-bench-'));
  Object.assign(process.env, { PORT: '0', FACTCHECK_DATA_DIR: dataDir, FACTCHECK_METER_DYNAMODB: '1', POWERTOOLS_LOG_LEVEL: 'ERROR' });
  const { capacityMeter } = await import('../lambdas/adapters/dynamodb.ts');
  const { stack, submitter, reviewer, call, reached, submitterToken } = await benchStack();
  let seed = 0;
  const submitAndWait = async (chars: number): Promise<{ ms: number; articleId: string; ended: boolean }> => {
    const s = seed++;
    const text = article(s % 2 ? 'ar' : 'en', chars, s * 17);
    const url = `https://example.org/bench/${s}`;
    const t0 = performance.now();
    // The article id is known before the request (same text and url -> same id), so nothing is missed.
    const { articleIdFor } = await import('../lambdas/adapters/ids.ts');
    const done = reached(articleIdFor({ text, url, submitter: 'bench' }));
    // News of many days: articles about one day's events are matched with each other, not with all of them.
    const publishedAt = new Date(Date.UTC(2024, 0, 1) + (s % 60) * 86_400_000).toISOString().slice(0, 10);
    const { articleId } = await call('POST', '/articles', submitter, { text, publishedAt, url });
    const event = await done;
    return { ms: performance.now() - t0, articleId, ended: event === 'ended' };
  };
  try {
    // 1. Submission to AWAITING_REVIEW with 1, 4 and 16 concurrent submitters.
    const levels: StackResults['levels'] = [];
    const ids: string[] = [];
    for (const concurrency of [1, 4, 16]) {
      const n = quick ? Math.max(4, concurrency * 2) : Math.max(16, concurrency * 6);
      const lat: number[] = [];
      const t0 = performance.now();
      await pool(Array.from({ length: n }), concurrency, async () => {
        const r = await submitAndWait(1500);
        lat.push(r.ms);
        ids.push(r.articleId);
      });
      const wall = (performance.now() - t0) / 1000;
      levels.push({ concurrency, articles: n, perSec: n / wall, p50: pct(lat, 50), p99: pct(lat, 99) });
      log(`  stack: ${concurrency} submitter(s): ${(n / wall).toFixed(1)} articles/s`);
    }
    // 2. Verdicts on every queued claim, 8 reviewers at once.
    const claims: string[] = [];
    for (const id of ids.slice(0, quick ? 6 : 30)) for (const c of (await call('GET', `/articles/${id}`, submitter)).claims) claims.push(c.claimId);
    const vlat: number[] = [];
    const v0 = performance.now();
    await pool(claims, 8, async (claimId) => {
      const t = performance.now();
      await call('PUT', `/claims/${claimId}/verdict`, reviewer, { rating: 'true', expectedVersion: 0 });
      vlat.push(performance.now() - t);
    });
    const vwall = (performance.now() - v0) / 1000;
    const verdicts = { count: claims.length, perSec: claims.length / vwall, p50: pct(vlat, 50), p99: pct(vlat, 99) };
    log(`  stack: ${verdicts.perSec.toFixed(0)} verdicts/s`);

    // 3. Cost: a metered batch taken through to CHECKED; transitions for small and large articles.
    const transitionsFor = async (chars: number) => {
      const before = stack.sfn.stats.transitions;
      const { articleId, ended: endedAlready } = await submitAndWait(chars);
      // Every claim, page by page (a long article has more than one page of them).
      const claims: { claimId: string }[] = [];
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page = await call('GET', `/articles/${articleId}${cursor ? `?cursor=${cursor}` : ''}`, submitter);
        claims.push(...page.claims);
        cursor = page.nextCursor ?? null;
      }
      // An execution that ended on its own (nothing left for reviewers) has no verdicts to wait for.
      if (!endedAlready) {
        const ended = new Promise<void>((resolve) => stack.sfn.on('ended', (name: string) => name === articleId && resolve()));
        for (const c of claims) await call('PUT', `/claims/${c.claimId}/verdict`, reviewer, { rating: 'false', expectedVersion: 0 });
        await ended;
      }
      return { transitions: stack.sfn.stats.transitions - before, claims: claims.length };
    };
    stack.meter.clear();
    Object.assign(capacityMeter, { read: 0, write: 0, requests: 0 });
    const trans0 = stack.sfn.stats.transitions;
    const batch = quick ? 4 : 12;
    let apiRequests = 0;
    let small = { transitions: 0, claims: 0 };
    let large = { transitions: 0, claims: 0 };
    for (let i = 0; i < batch; i++) {
      const r = await transitionsFor(i % 2 ? 600 : 6000);
      if (i === 0) large = r;
      if (i === 1) small = r;
      apiRequests += 1 + 1 + r.claims; // submit, read the article, a verdict per claim
    }
    const transitions = stack.sfn.stats.transitions - trans0;
    // 4. Bounded work: two 100 KB floods of one casualty sentence (after the metered batch: not in its cost).
    const flood = await floodBench(stack, [submitter, await submitterToken('bench-2')], reviewer);
    log(`  stack: 100 KB flood to AWAITING_REVIEW in ${flood.runs.map((r) => `${(r.ms / 1000).toFixed(1)} s`).join(' and ')}, peak +${(flood.rssPeakMb - flood.rssBeforeMb).toFixed(0)} MB`);
    let gbs = 0;
    let requests = 0;
    for (const [name, m] of stack.meter) {
      gbs += (m.ms / 1000) * (memoryMb(name) / 1024);
      requests += m.count;
    }
    const per = (x: number) => x / batch;
    const sf = per(transitions) * PRICES.stepFunctionsPerTransition * 1000;
    const lambda = (per(gbs) * PRICES.lambdaPerGbSecondArm + per(requests) * PRICES.lambdaPerRequest) * 1000;
    const dynamodb = (per(capacityMeter.read) * PRICES.dynamoPerReadUnit + per(capacityMeter.write) * PRICES.dynamoPerWriteUnit) * 1000;
    const apiGateway = per(apiRequests) * PRICES.apiGatewayPerRequest * 1000;
    return {
      flood,
      levels,
      verdicts,
      cost: {
        articles: batch,
        transitionsPerArticle: per(transitions),
        transitionsSmall: small.transitions,
        transitionsLarge: large.transitions,
        claimsSmall: small.claims,
        claimsLarge: large.claims,
        lambdaGbSecondsPerArticle: per(gbs),
        lambdaRequestsPerArticle: per(requests),
        apiRequestsPerArticle: per(apiRequests),
        readUnitsPerArticle: per(capacityMeter.read),
        writeUnitsPerArticle: per(capacityMeter.write),
        usdPer1000: { stepFunctions: sf, lambda, dynamodb, apiGateway, total: sf + lambda + dynamodb + apiGateway },
      },
    };
  } finally {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
