/**
 * Fuzzing the local stack over HTTP: generated malformed requests on every route. Asserts no 5xx, a
 * problem+json body for every error, the stack still serving, and, read back from the store after it
 * stopped, nothing written by any of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { issueLocalToken } from '../../lib/local/auth.ts';
import { startStore } from '../../lib/local/store.ts';
import { articleStatus, forgeToken, startStack, type RunningStack } from '../support/local-stack.ts';
import { SEARCH_INDEX_PK } from '../../lambdas/adapters/keys.ts';
import { SEARCH_INDEX_VERSION } from '../../lambdas/domain/search.ts';

const REQUESTS = 600;

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  what: string;
}

let stack: RunningStack;
let tokens: { submitter: string; reviewer: string; expired: string; foreign: string; smuggled: string; smuggledString: string; noExp: string; future: string; access: string };
let articleId: string;
let claimIds: string[];

beforeAll(async () => {
  stack = await startStack();
  tokens = {
    submitter: await stack.token('submitter'),
    reviewer: await stack.token('reviewer'),
    expired: await stack.token('reviewer', 'old', -5),
    foreign: await issueLocalToken({ role: 'reviewer', subject: 'mallory', key: new Uint8Array(32).fill(7) }),
    // Signed with the stack's own key, but no honest issuer makes them (issue #12, item 8).
    smuggled: await forgeToken(stack.dataDir, { 'cognito:groups': ['x,reviewers'], groups: ['x,reviewers'] }),
    smuggledString: await forgeToken(stack.dataDir, { 'cognito:groups': 'x,reviewers', groups: '[x reviewers]' }),
    noExp: await forgeToken(stack.dataDir, { exp: undefined, 'cognito:groups': ['reviewers'] }),
    future: await forgeToken(stack.dataDir, { iat: Math.floor(Date.now() / 1000) + 3600, 'cognito:groups': ['reviewers'] }),
    access: await forgeToken(stack.dataDir, { token_use: 'access', 'cognito:groups': ['reviewers'] }),
  };
  const res = await fetch(`${stack.url}/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.submitter}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Eleven miners were killed and 20 injured in a blast on Sunday, the company said.', language: 'en', publishedAt: '2024-02-05' }),
  });
  articleId = ((await res.json()) as { articleId: string }).articleId;
  claimIds = (await articleStatus(stack.url, tokens.submitter, articleId, ['AWAITING_REVIEW'])).claims.map((c: any) => c.claimId);
});
afterAll(async () => stack?.stop());

function generate(n: number, random: () => number): FuzzRequest[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
  const deep = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
  const badTexts = ['', ' \n\t ', '\u202Eevil', 'a\ud800b', 'bell\u0007', 'x'.repeat(int(100_001, 200_000)),
    // issue #12, item 5: isolates, DEL, C1, only invisible characters, a character lost in decoding
    'Ten killed \u2066here\u2069', 'Ten killed\u007F', 'Ten\u0085killed', '\u200B\u200C\u200D\uFEFF', '\u2060 \u200B', 'caf\uFFFD killed'];
  const badUrls = ['javascript:alert(1)', 'ftp://x', 'not a url', 'http://' + 'a'.repeat(3000), 5,
    // issue #12, item 5: line feed, tab, NUL, override, isolate, space, lone surrogate, credentials, DEL, C1, zero width
    'https://example.org/a\nFirst line', 'https://example.org/\tx', 'https://example.org/\u0000', 'https://example.org/\u202Egpj.exe',
    'https://example.org/\u2067x', 'https://example.org/a b', 'https://example.org/\ud800', 'https://user:pass@example.org/',
    'https://example.org/\u007F', 'https://example.org/\u0085', 'https://exa\u200Bmple.org/'];
  const badJson = ['{', '{"text":', '[1,2', 'nul', '{"a":1,}', "{'text':'x'}", '\u0000', deep(10_000, '[', ']'), `{"text":${deep(10_000, '[', ']')}}`, deep(5000, '{"a":', '}').replace(/\}$/, '1}')];
  const wrongTypes = [42, -1, 1.5, true, null, [], {}, 'x', { nested: { deep: [1, 2, 3] } }];
  const article = (): unknown => {
    const base: Record<string, unknown> = { text: 'Ten people were killed on Monday.' };
    const defect = int(0, 9);
    if (defect === 0) base.text = pick(wrongTypes.filter((w) => typeof w !== 'string'));
    if (defect === 1) base.text = pick(badTexts);
    if (defect === 2) base.language = pick(['fr', 'AR', '', 1, null]);
    if (defect === 3) base.publishedAt = pick(['yesterday', '2024-13-01', '2024-02-30', '99999-01-01', 20240101, '1066-10-14']);
    if (defect === 4) base.url = pick(badUrls);
    if (defect === 5) base.title = pick(['t'.repeat(600), '\u202Ehidden', 12, '\u2068hidden', 'C1\u009B']);
    if (defect === 6) base[`unknown${int(0, 9)}`] = pick(wrongTypes);
    if (defect === 7) delete base.text;
    if (defect === 8) base.source = 's'.repeat(300);
    if (defect === 9) return pick(wrongTypes.filter((w) => typeof w !== 'object' || Array.isArray(w) || w === null));
    return base;
  };
  const verdict = (): unknown => {
    const base: Record<string, unknown> = { rating: 'false', expectedVersion: 0 };
    const defect = int(0, 7);
    if (defect === 0) base.rating = pick(['pants-on-fire', '', 'TRUE', 5, null]);
    if (defect === 1) base.expectedVersion = pick([-1, 1.5, '0', null, 1e12, 7]);
    if (defect === 2) base.evidence = pick([['javascript:alert(1)'], 'https://x.org', Array(30).fill('https://x.org'), [5], [pick(badUrls)]]);
    if (defect === 3) base.note = pick([12, 'n'.repeat(6000), '\u202Ex', '\u2069x', 'x\u0080']);
    if (defect === 4) delete base.rating;
    if (defect === 5) delete base.expectedVersion;
    if (defect === 6) base.extra = true;
    if (defect === 7) return pick(wrongTypes.filter((w) => typeof w !== 'object' || Array.isArray(w) || w === null));
    return base;
  };
  const badIds = ['x', '..%2F..%2Fetc', 'art-', 'art-zzzzzzzzzzzzzzzzzzzz', `art-${'0'.repeat(20)}`, 'a'.repeat(500), '%E2%80%AE', '%F0%9F%92%A5', 'art-00000000000000000000.casualty-1-2', '%00'];
  const auth = (): Record<string, string> => {
    const k = int(0, 24); // 11 in 25 carry no, a bad or a forged token; the rest reach the handlers
    if (k === 0) return {};
    if (k === 1) return { authorization: 'Bearer' };
    if (k === 2) return { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` };
    if (k === 3) return { authorization: `Bearer ${tokens.expired}` };
    if (k === 4) return { authorization: `Bearer ${tokens.foreign}` };
    if (k === 5) return { authorization: `Bearer ${tokens.reviewer.slice(0, -3)}xyz` };
    if (k === 6) return { authorization: `Bearer ${tokens.submitter}` };
    if (k === 7) return { authorization: `Bearer ${tokens.smuggled}` };
    if (k === 8) return { authorization: `Bearer ${tokens.smuggledString}` };
    if (k === 9) return { authorization: `Bearer ${tokens.noExp}` };
    if (k === 10) return { authorization: `Bearer ${tokens.future}` };
    if (k === 11) return { authorization: `Bearer ${tokens.access}` };
    return { authorization: `Bearer ${tokens.reviewer}` };
  };
  const out: FuzzRequest[] = [];
  for (let i = 0; i < n; i++) {
    const kind = int(0, 13);
    const headers = auth();
    const json = { ...headers, 'content-type': pick(['application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', '']) };
    const bodyOf = (v: unknown) => (random() < 0.3 ? pick(badJson) : JSON.stringify(v));
    const claimId = random() < 0.6 ? pick(claimIds) : pick(badIds);
    switch (kind) {
      case 0:
      case 1:
      case 2:
        out.push({ method: 'POST', path: '/articles', headers: json, body: bodyOf(article()), what: 'article body' });
        break;
      case 3:
        out.push({ method: 'POST', path: '/articles', headers: json, body: random() < 0.5 ? Buffer.from(Array.from({ length: int(1, 3000) }, () => int(0, 255))) : Buffer.alloc(5 * 1024 * 1024, 0x61), what: 'binary or 5 MB body' });
        break;
      case 4:
      case 5:
      case 6:
        out.push({ method: 'PUT', path: `/claims/${claimId}/verdict`, headers: json, body: bodyOf(verdict()), what: 'verdict body' });
        break;
      case 7:
        out.push({ method: 'GET', path: `/articles/${pick(badIds)}${pick(['', '/claimreview'])}`, headers, what: 'article id' });
        break;
      case 8:
        out.push({ method: 'GET', path: `/claims/${pick(badIds)}`, headers, what: 'claim id' });
        break;
      case 9:
        out.push({
          method: 'GET',
          path: `/review-queue?${pick(['limit=-1', 'limit=abc', 'limit=101', 'language=fr', 'cursor=' + Buffer.from(JSON.stringify({ PK: 'x', SK: 'y', GSI1PK: 'QUEUE', GSI1SK: 1 })).toString('base64url'), 'cursor=' + Buffer.from('{"PK":"ARTICLE#x","SK":"#ARTICLE","GSI1PK":"ACTIVE","GSI1SK":"a"}').toString('base64url'), 'cursor=%%%', 'foo=bar'])}`,
          headers, what: 'queue query',
        });
        break;
      case 10:
        out.push({ method: pick(['DELETE', 'PATCH', 'POST', 'PUT']), path: pick(['/health', '/review-queue', `/articles/${articleId}`, `/claims/${claimIds[0]}`]), headers: json, body: '{}', what: 'wrong method' });
        break;
      case 12: {
        // issue #12: bodies that are not UTF-8 (item 5), over 10 MB (item 9: the 413 must be readable),
        // valid verdicts from tokens with smuggled groups (item 8), bad claim pages of an article (item 1).
        const sub = int(0, 9);
        if (sub < 4) out.push({ method: 'POST', path: '/articles', headers: { ...headers, 'content-type': 'application/json' }, body: Buffer.concat([Buffer.from('{"text":"Ten people were killed in Caf'), Buffer.from([pick([0xe9, 0xff, 0xc3, 0x80])]), Buffer.from('."}')]), what: 'non-UTF-8 body' });
        else if (sub < 5) out.push({ method: 'POST', path: '/articles', headers: { ...headers, 'content-type': 'application/json' }, body: Buffer.alloc(int(10_500_000, 12_000_000), 0x61), what: 'body over 10 MB' });
        else if (sub < 7) out.push({ method: 'PUT', path: `/claims/${pick(claimIds)}/verdict`, headers: { authorization: `Bearer ${pick([tokens.smuggled, tokens.smuggledString])}`, 'content-type': 'application/json' }, body: JSON.stringify({ rating: 'false', expectedVersion: 0 }), what: 'smuggled reviewer group' });
        else out.push({ method: 'GET', path: `/articles/${articleId}?${pick(['limit=0', 'limit=501', 'limit=x', 'cursor=%%%', 'cursor=' + Buffer.from('art-00000000000000000000.casualty-1-2').toString('base64url'), 'cursor=' + 'a'.repeat(300), 'page=2'])}`, headers: { authorization: `Bearer ${tokens.reviewer}` }, what: 'claims page' });
        break;
      }
      default:
        out.push({ method: pick(['GET', 'POST']), path: pick(['/admin', '/articles//', '/claim', '/%FF', '/articles/x/y/z', '/local/token']), headers, what: 'unknown path' });
    }
  }
  return out;
}

describe('fuzz', () => {
  it(`answers ${REQUESTS} malformed requests with 4xx problem+json, never a 5xx, and writes nothing`, async () => {
    const requests = generate(REQUESTS, rng(Number(process.env.FUZZ_SEED ?? 20261128)));
    const statuses = new Map<number, number>();
    for (const [i, r] of requests.entries()) {
      const res = await fetch(stack.url + r.path, { method: r.method, headers: r.headers, body: r.method === 'GET' ? undefined : r.body });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const label = `#${i} ${r.method} ${r.path.slice(0, 80)} (${r.what}: ${String(r.body ?? '').slice(0, 120)}) -> ${res.status} ${text.slice(0, 200)}`;
      expect(res.status, label).toBeGreaterThanOrEqual(400);
      expect(res.status, label).toBeLessThan(500);
      expect(res.headers.get('content-type'), label).toContain('application/problem+json');
      expect(JSON.parse(text), label).toMatchObject({ status: res.status, title: expect.any(String), detail: expect.any(String) });
      expect(text, label).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/); // no stack traces
    }
    console.log(`fuzz: ${requests.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect((await fetch(`${stack.url}/health`)).status).toBe(200);

    // Read the store back once the stack has stopped: only the one valid article is there, untouched.
    await stack.stop();
    const store = await startStore(join(stack.dataDir, 'dynamodb'));
    try {
      const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: store.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
      const all = (await db.send(new ScanCommand({ TableName: 'factcheck' }))).Items ?? [];
      // The table's own record of its search index version (stamped when the stack created it), not a request's.
      expect(all.filter((i) => i.PK === SEARCH_INDEX_PK).map((i) => i.version)).toEqual([SEARCH_INDEX_VERSION]);
      const items = all.filter((i) => i.PK !== SEARCH_INDEX_PK);
      // The article, its text, its owner pointer (the desk's list), its claims, and its search postings.
      const postings = items.filter((i) => i.itemType === 'posting');
      expect(items.filter((i) => i.itemType !== 'posting').map((i) => i.itemType).sort()).toEqual(['article', 'text', 'owner', ...claimIds.map(() => 'claim')].sort());
      expect(postings.length).toBeGreaterThan(0);
      for (const p of postings) expect(p.articleId).toBe(articleId);
      for (const c of items.filter((i) => i.itemType === 'claim')) expect(c).toMatchObject({ version: 0, verdict: null, status: 'PENDING_REVIEW' });
    } finally {
      await store.close();
    }
  });
});
