/**
 * Bounded work (issue #12): a 100,000-character article repeating one casualty sentence, sent by two
 * submitters one after the other (the second is checked against the first's 500 claims). Measures the time
 * from POST to AWAITING_REVIEW, the stack's peak memory over its idle level, and the largest response.
 */
import type { LocalStack } from '../lib/local/stack.ts';

export interface FloodResults {
  chars: number;
  sentences: number;
  runs: { ms: number; claims: number; omitted: number; firstPageBytes: number; pages: number; largestPageBytes: number }[];
  rssBeforeMb: number;
  rssPeakMb: number;
}

export async function floodBench(stack: LocalStack, tokens: string[], reviewer: string): Promise<FloodResults> {
  const sentence = '12 civilians were killed. ';
  const sentences = Math.floor(100_000 / sentence.length);
  const text = sentence.repeat(sentences);
  const get = async (path: string) => {
    const res = await fetch(stack.url + path, { headers: { authorization: `Bearer ${reviewer}` } });
    const body = await res.text();
    return { bytes: Buffer.byteLength(body), json: JSON.parse(body) };
  };
  global.gc?.();
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, process.memoryUsage().rss / 2 ** 20)), 20);
  const runs: FloodResults['runs'] = [];
  try {
    for (const token of tokens) {
      const t0 = performance.now();
      const res = await fetch(`${stack.url}/articles`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text, language: 'en', publishedAt: '2024-09-02' }),
      });
      const { articleId } = (await res.json()) as { articleId: string };
      await new Promise<void>((resolve) => {
        const on = (name: string) => {
          if (name !== articleId) return;
          stack.sfn.off('waiting', on);
          stack.sfn.off('ended', on);
          resolve();
        };
        stack.sfn.on('waiting', on);
        stack.sfn.on('ended', on);
      });
      const ms = performance.now() - t0;
      let page = await get(`/articles/${articleId}`);
      const first = page;
      let pages = 1;
      let largest = page.bytes;
      while (page.json.nextCursor) {
        page = await get(`/articles/${articleId}?cursor=${page.json.nextCursor}`);
        pages++;
        largest = Math.max(largest, page.bytes);
      }
      runs.push({ ms, claims: first.json.claimCount, omitted: first.json.claimsOmitted ?? 0, firstPageBytes: first.bytes, pages, largestPageBytes: largest });
    }
  } finally {
    clearInterval(sampler);
  }
  return { chars: text.length, sentences, runs, rssBeforeMb, rssPeakMb };
}
