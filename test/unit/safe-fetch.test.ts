/**
 * The safe fetcher against the fixture site on 127.0.0.1 (allowed by port, as FACTCHECK_FETCH_ALLOW
 * does) and names from an injected resolver: every refusal happens before a socket opens, and no socket
 * ever opens to anything but 127.0.0.1 (Socket.prototype.connect is watched for the whole file).
 */
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_TYPES, HTML_TYPES, safeFetch, type FetchPolicy, type Resolver } from '../../lambdas/adapters/safe-fetch.ts';
import { parseAllowList } from '../../lambdas/domain/intake/address.ts';
import { FetchRefusedError, TransientError } from '../../lambdas/domain/errors.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';

let site: FixtureSite;
let policy: FetchPolicy;
const connects: string[] = [];
const resolved: string[] = [];
const originalConnect = net.Socket.prototype.connect;

const NAMES: Record<string, string[]> = {
  'news.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'split.test': ['127.0.0.1', '10.0.0.7'], // one good answer and one private: refused
  'v6.test': ['::1'],
};
const resolve: Resolver = async (host) => {
  resolved.push(host);
  const list = NAMES[host];
  if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

beforeAll(async () => {
  site = await startFixtureSite();
  policy = { allow: parseAllowList(`127.0.0.1:${site.port}`), maxBytes: 2 * 1024 * 1024, timeoutMs: 1500, maxRedirects: 5, resolve };
  // Every outgoing socket: where it was asked to go, and (after lookup) where it went.
  net.Socket.prototype.connect = function (this: net.Socket, ...args: any[]) {
    const opts = typeof args[0] === 'object' ? args[0] : { port: args[0], host: args[1] };
    if (opts.port !== undefined) {
      connects.push(String(opts.host));
      this.once('connect', () => connects.push(`connected:${this.remoteAddress}`));
    }
    return (originalConnect as any).apply(this, args);
  } as any;
});
afterAll(async () => {
  net.Socket.prototype.connect = originalConnect;
  await site.close();
  // The proof: the only address any socket reached is 127.0.0.1.
  expect(connects.filter((c) => c.startsWith('connected:')).every((c) => c === 'connected:127.0.0.1')).toBe(true);
  expect(connects.filter((c) => !c.startsWith('connected:')).every((h) => h === '127.0.0.1' || h === 'news.test')).toBe(true);
});

const page = (url: string, extra: Partial<FetchPolicy> = {}) => safeFetch({ url, accept: HTML_TYPES, what: 'the page' }, { ...policy, ...extra });
async function refused(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => undefined, (err) => err);
  expect(e, 'expected a refusal').toBeInstanceOf(FetchRefusedError);
  return (e as Error).message;
}

describe('safeFetch', () => {
  it('fetches a page and follows a redirect, keeping the final URL', async () => {
    const res = await page(`${site.base}/moved/flash-floods`);
    expect(res.status).toBe(200);
    expect(res.finalUrl).toBe(`${site.base}/en/2024/03/12/flash-floods`);
    expect(res.redirects).toEqual([`${site.base}/en/2024/03/12/flash-floods`]);
    expect(res.text()).toContain('Flash floods kill 23');
  });

  it('connects to the address it checked: a name is resolved once and its socket goes there', async () => {
    resolved.length = 0;
    const res = await page(`http://news.test:${site.port}/ar/2024/02/29/idlib-shelling`);
    expect(res.text()).toContain('مقتل 17 مدنياً');
    expect(resolved).toEqual(['news.test']);
  });

  it('refuses the loopback address of the fixture site itself on a port not allowed (none is by default)', async () => {
    const before = site.hits.length;
    expect(await refused(page(`${site.base}/en/2024/03/12/flash-floods`, { allow: new Set() }))).toMatch(/127\.0\.0\.1 is in the loopback range/);
    expect(site.hits.length).toBe(before);
  });

  it.each([
    ['metadata.test', /metadata\.test resolves to 169\.254\.169\.254, which is in the link-local/],
    ['split.test', /split\.test resolves to 10\.0\.0\.7, which is in the private/],
    ['v6.test', /v6\.test resolves to ::1, which is in the loopback/],
    ['nowhere.test', /does not exist/],
  ])('refuses a name that resolves to a refused address: %s', async (host, reason) => {
    const before = connects.filter((c) => c.startsWith('connected:')).length;
    expect(await refused(page(`http://${host}:${site.port}/en/2024/03/12/flash-floods`))).toMatch(reason);
    expect(connects.filter((c) => c.startsWith('connected:')).length).toBe(before);
  });

  it.each([
    ['/to-metadata', /redirect to http:\/\/169\.254\.169\.254\/.*link-local/],
    ['/to-hex-loopback', /redirect to http:\/\/127\.0\.0\.1:9\/: 127\.0\.0\.1 is in the loopback/],
    ['/to-ipv6-mapped', /redirect to .*10\.0\.0\.1 is in the private/],
    ['/to-file', /redirect to file:\/\/\/etc\/passwd: file: URLs are never fetched/],
    ['/loop-a', /redirect loop/],
    ['/chain-0', /more than 5 redirects/],
    ['/json', /the page is application\/json, not text\/html or application\/xhtml\+xml/],
    ['/binary', /application\/octet-stream/],
    ['/huge', /larger than the 2097152 bytes allowed/],
    ['/endless', /did not finish within 1500 ms/],
    ['/missing', /answered 404/],
  ])('refuses %s with a reason', async (path, reason) => {
    expect(await refused(page(`${site.base}${path}`))).toMatch(reason);
  });

  it('refuses a body that only says how large it is, before reading it', async () => {
    site.route('/declared-huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html>');
    });
    expect(await refused(page(`${site.base}/declared-huge`))).toMatch(/is 52428800 bytes, more than the 2097152 allowed/);
  });

  it('caps a compressed body by its size after decompression (a gzip bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 32));
    site.route('/bomb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    expect(bomb.length).toBeLessThan(policy.maxBytes);
    expect(await refused(page(`${site.base}/bomb`))).toMatch(/after decompression/);
  });

  it('retries what may pass: a 503 is transient, not a refusal', async () => {
    site.route('/busy', (_req, res) => {
      res.writeHead(503);
      res.end();
    });
    await expect(page(`${site.base}/busy`)).rejects.toBeInstanceOf(TransientError);
  });

  it('sends conditional headers and reports 304 for a feed', async () => {
    const first = await safeFetch({ url: `${site.base}/rss.xml`, accept: FEED_TYPES, what: 'the feed' }, policy);
    const again = await safeFetch({ url: `${site.base}/rss.xml`, accept: FEED_TYPES, what: 'the feed', headers: { 'if-none-match': first.headers.etag! } }, policy);
    expect(first.status).toBe(200);
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('decodes a page in its declared charset (windows-1256 Arabic)', async () => {
    site.route('/cp1256', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
      res.end(Buffer.from([0xe3, 0xd8, 0xc7, 0xd1])); // مطار
    });
    expect((await page(`${site.base}/cp1256`)).text()).toBe('مطار');
  });
});
