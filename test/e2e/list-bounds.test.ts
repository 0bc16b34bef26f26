/**
 * Every list page stays under the response bound (DESIGN.md section 9: any JSON response <= 1 MB), whatever
 * its items hold: the editors' publication queue, the public fact-check feed, the claim search and a webhook's
 * delivery log each carry verdicts, explanations or events of up to tens of KB an item, so `limit` items could
 * pass it (100 decided claims with verdicts at the field limits are ~7 MB). A page now ends with the last item
 * that fits, and its cursor leads on from there: nothing is skipped or repeated. A stack of its own with a
 * bound of 100 KB (MAX_RESPONSE_BYTES), so a dozen claims show what a few dozen would at the default 1 MB.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStatus, call, startStack, waitFor, type RunningStack } from '../support/local-stack.ts';

const BOUND = 100_000;
let stack: RunningStack;
let receiver: Server;
let reviewer = '';
let editor = '';
let webhookId = '';
let decided: string[] = [];
let articleId = '';

const towns = ['Tolvan', 'Caddow', 'Harlow', 'Mabanga', 'Sorrel', 'Quint', 'Belmar', 'Ostrava', 'Kelda', 'Varno', 'Pellin', 'Arden'];

/** GETs every page of a list from `path` (its query without cursor), checking each page's size. */
async function allPages(path: string, token?: string) {
  const ids: string[] = [];
  let pages = 0;
  for (let cursor: string | null = null; pages < 50;) {
    const res = await fetch(`${stack.url}${path}${cursor ? `&cursor=${cursor}` : ''}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(200);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(BOUND);
    const body = JSON.parse(text);
    ids.push(...body.items.map((i: any) => i.claimId ?? i.url?.split('/').at(-1) ?? i.event?.data?.claimId));
    pages++;
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return { ids, pages };
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as { port: number }).port;
  stack = await startStack({ env: { MAX_RESPONSE_BYTES: String(BOUND), FACTCHECK_FETCH_ALLOW: `127.0.0.1:${port}`, FACTCHECK_WEBHOOK_SWEEP_MS: '100' } });
  reviewer = await stack.token('reviewer', 'rana@desk');
  editor = await stack.token('editor', 'hala@desk');
  const hook = await call(stack.url, 'POST', '/webhooks', { token: editor, body: { url: `http://127.0.0.1:${port}/hook`, events: ['VerdictPublished'] } });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);
  webhookId = hook.body.webhookId;

  // Twelve casualty claims, each decided with a verdict of ~28 KB (a 5,000-character Arabic note and
  // explanation, 4 evidence links of 2,000 characters): a dozen pass 100 KB in every list below.
  const submitter = await stack.token('submitter', 'wire@desk');
  const text = towns.map((t, i) => `In ${t}, ${i + 3} civilians were killed on Monday, officials said.`).join(' ');
  const r = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text, language: 'en', publishedAt: '2024-05-07', url: 'https://example.org/bounds' } });
  articleId = r.body.articleId;
  const a = await articleStatus(stack.url, reviewer, articleId, ['AWAITING_REVIEW']);
  decided = a.claims.filter((c: any) => c.type === 'casualty').map((c: any) => c.claimId);
  expect(decided).toHaveLength(towns.length);
  for (const [i, claimId] of decided.entries()) {
    const put = await call(stack.url, 'PUT', `/claims/${claimId}/verdict`, {
      token: reviewer,
      body: {
        rating: 'false', note: `${i} ${'م'.repeat(4990)}`, publicExplanation: `${i} ${'ش'.repeat(4990)}`,
        evidence: Array.from({ length: 4 }, (_, k) => `https://example.org/${i}/${k}/${'a'.repeat(1990)}`), expectedVersion: 0,
      },
    });
    expect(put.status).toBe(200);
  }
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await new Promise((r) => receiver?.close(r));
});

describe('list pages under the response bound', () => {
  it('the publication queue and the claim search end a page with the last item that fits, and page on to every one', async () => {
    // Act
    const queue = await allPages('/publication-queue?limit=100', editor);
    const search = await allPages('/claims?q=civilians&type=casualty&limit=50', reviewer);
    // Assert: more than one page, every decided claim once.
    expect(queue.pages).toBeGreaterThan(1);
    expect(queue.ids.sort()).toEqual([...decided].sort());
    expect(search.pages).toBeGreaterThan(1);
    expect(search.ids.sort()).toEqual([...decided].sort());
  });

  it('the public feed and a webhook\'s delivery log do too', async () => {
    for (const claimId of decided) {
      expect((await call(stack.url, 'POST', `/claims/${claimId}/publication`, { token: editor, body: { expectedVersion: 1 } })).status).toBe(200);
    }
    await waitFor('every VerdictPublished delivered', async () => {
      const log = await call(stack.url, 'GET', `/webhooks/${webhookId}/deliveries?limit=1`, { token: editor });
      return log.status === 200 && log.body.items[0]?.status === 'DELIVERED' && (await allPages(`/webhooks/${webhookId}/deliveries?limit=100`, editor)).ids.length === decided.length;
    });
    // Act
    const feed = await allPages('/fact-checks?limit=100');
    const deliveries = await allPages(`/webhooks/${webhookId}/deliveries?limit=100`, editor);
    // Assert
    expect(feed.pages).toBeGreaterThan(1);
    expect(feed.ids.sort()).toEqual([...decided].sort());
    expect(deliveries.pages).toBeGreaterThan(1);
    expect(deliveries.ids.sort()).toEqual([...decided].sort());
  });

  it('an article\'s ClaimReview array ends with the last review that fits, and its Link header leads to the rest', async () => {
    // Act: follow rel="next" from the article's ClaimReview, as a crawler does, with no token.
    const urls: string[] = [];
    let next: string | null = `${stack.url}/articles/${articleId}/claimreview`;
    let answers = 0;
    while (next && answers < 20) {
      const res: Response = await fetch(next);
      const text = await res.text();
      expect(res.status, text.slice(0, 300)).toBe(200);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(BOUND);
      urls.push(...JSON.parse(text).map((r: any) => r.url));
      const link = /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '');
      next = link ? new URL(link[1], res.url).href : null;
      answers++;
    }
    // Assert: more than one answer, each published claim once (its public page's URL).
    expect(answers).toBeGreaterThan(1);
    expect(urls.map((u) => u.split('/').at(-1)).sort()).toEqual([...decided].sort());
    // A cursor of another article's claim is refused, naming it.
    const other = await call(stack.url, 'GET', `/articles/${articleId}/claimreview?cursor=${Buffer.from('art-11111111111111111111.casualty-1-2').toString('base64url')}`);
    expect(other.status).toBe(400);
    expect(other.body.errors).toEqual([{ path: 'query.cursor', message: expect.stringContaining('not one this API gave out') }]);
  });
});
