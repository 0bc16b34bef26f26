/**
 * The one way the service reaches outside: pages, feeds and webhook targets. Every hop (the first URL
 * and each redirect, at most 5) is checked by lambdas/domain/intake/address.ts; a name is resolved
 * here, every address it resolves to is checked, and the socket connects to exactly those checked
 * addresses (the lookup hook of node:http), so a DNS answer cannot change between check and connect.
 * Bodies are capped in bytes (after decompression too) and the whole exchange in time.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { checkAddress, checkUrl, isRefusal, type AllowList } from '../domain/intake/address.ts';
import { FetchRefusedError, TransientError } from '../domain/errors.ts';

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;
const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

export interface FetchPolicy {
  allow: AllowList;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Tests inject names; by default the system resolver. */
  resolve?: Resolver;
}

export interface SafeRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Content types accepted for a 2xx body (lower case, without parameters); undefined = any. */
  accept?: readonly string[];
  /** What is being fetched, for the reasons ("the page", "the feed"). */
  what: string;
  followRedirects?: boolean;
}

export interface SafeResponse {
  status: number;
  url: string;
  finalUrl: string;
  redirects: string[];
  headers: Record<string, string | undefined>;
  contentType: string;
  body: Buffer;
  /** Decoded with the charset of the Content-Type or <meta charset>, utf-8 by default. */
  text(): string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
export const HTML_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/rdf+xml', 'application/feed+xml'] as const;

export async function safeFetch(req: SafeRequest, policy: FetchPolicy): Promise<SafeResponse> {
  const deadline = Date.now() + policy.timeoutMs;
  const redirects: string[] = [];
  const seen = new Set<string>();
  let current = req.url;
  for (;;) {
    const target = checkUrl(current);
    if (isRefusal(target)) throw new FetchRefusedError(redirects.length ? `redirect to ${current}: ${target.reason}` : target.reason);
    seen.add(target.url.href);
    const res = await exchange(target, req, policy, deadline, redirects.length > 0);
    if (REDIRECTS.has(res.status) && req.followRedirects !== false) {
      res.message.resume();
      res.message.destroy();
      const location = res.message.headers.location;
      if (!location) throw new FetchRefusedError(`${req.what} answered ${res.status} without a Location`);
      const next = new URL(location, target.url).href;
      if (seen.has(next)) throw new FetchRefusedError(`redirect loop: ${next} was already visited`);
      if (redirects.length >= policy.maxRedirects) throw new FetchRefusedError(`more than ${policy.maxRedirects} redirects`);
      redirects.push(next);
      current = next;
      continue;
    }
    return finish(res.message, target.url, req, policy, deadline, redirects);
  }
}

async function exchange(target: Exclude<ReturnType<typeof checkUrl>, { ok: false }>, req: SafeRequest, policy: FetchPolicy, deadline: number, redirected: boolean) {
  const prefix = redirected ? `redirect to ${target.url.href}: ` : '';
  if (target.literal) {
    const verdict = checkAddress(target.host, target.port, policy.allow);
    if (!verdict.ok) throw new FetchRefusedError(prefix + verdict.reason);
  }
  const resolve = policy.resolve ?? systemResolver;
  // Runs for names only (node connects to IP literals directly, checked above).
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname).then((addresses) => {
      if (!addresses.length) throw new FetchRefusedError(`${prefix}${hostname} has no address`);
      for (const a of addresses) {
        const verdict = checkAddress(a.address, target.port, policy.allow);
        if (!verdict.ok) throw new FetchRefusedError(`${prefix}${hostname} resolves to ${verdict.reason.replace(/^\S+ is/, `${a.address}, which is`)}`);
      }
      const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
      if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, wanted);
      else callback(null, wanted[0]?.address ?? addresses[0].address, wanted[0]?.family ?? addresses[0].family);
    }).catch((e: Error) => callback(e as NodeJS.ErrnoException, '', 0));
  };
  const options: RequestOptions = {
    method: req.method ?? 'GET',
    headers: {
      'user-agent': 'factcheck/0.1 (+https://factcheck.dev/bot)',
      accept: req.accept?.length ? `${req.accept.join(', ')};q=1, */*;q=0.1` : '*/*',
      'accept-encoding': 'gzip, deflate, br',
      ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}),
      ...req.headers,
    },
    lookup,
    agent: false,
    timeout: Math.max(1, deadline - Date.now()),
  };
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<{ status: number; message: IncomingMessage }>((resolvePromise, reject) => {
    const r = send(target.url, options, (message) => {
      // Answered: from here the body's own time cap decides ("did not finish within"); left running, this
      // timer would destroy the request at the same deadline and the body would read as cut off.
      clearTimeout(timer);
      resolvePromise({ status: message.statusCode ?? 0, message });
    });
    const timer: NodeJS.Timeout = setTimeout(() => r.destroy(new FetchRefusedError(`${req.what} did not answer within ${policy.timeoutMs} ms`)), Math.max(1, deadline - Date.now()));
    r.on('close', () => clearTimeout(timer));
    r.on('timeout', () => r.destroy(new FetchRefusedError(`${req.what} did not answer within ${policy.timeoutMs} ms`)));
    r.on('error', (e) => reject(classify(e, req.what, prefix)));
    r.end(req.body);
  });
}

function classify(e: Error, what: string, prefix: string): Error {
  if (e instanceof FetchRefusedError || e instanceof TransientError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? e.name;
  if (code === 'ENOTFOUND') return new FetchRefusedError(`${prefix}the host of ${what} does not exist (${e.message})`);
  if (/CERT|SSL|TLS/.test(code)) return new FetchRefusedError(`${prefix}${what}: TLS failed (${code})`);
  return new TransientError(`${prefix}${what} could not be reached (${code})`);
}

async function finish(message: IncomingMessage, url: URL, req: SafeRequest, policy: FetchPolicy, deadline: number, redirects: string[]): Promise<SafeResponse> {
  const status = message.statusCode ?? 0;
  const contentType = String(message.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const fail = (e: Error) => {
    message.destroy();
    throw e;
  };
  if (status === 304) message.resume();
  else if (status === 429 || status >= 500) fail(new TransientError(`${req.what} answered ${status}`));
  else if (status >= 300) fail(new FetchRefusedError(`${req.what} answered ${status}`));
  else if (req.accept && !req.accept.includes(contentType)) {
    fail(new FetchRefusedError(`${req.what} is ${contentType || 'of no declared type'}, not ${req.accept.join(' or ')}`));
  }
  const declared = Number(message.headers['content-length']);
  if (Number.isFinite(declared) && declared > policy.maxBytes) fail(new FetchRefusedError(`${req.what} is ${declared} bytes, more than the ${policy.maxBytes} allowed`));
  const body = status === 304 ? Buffer.alloc(0) : await readCapped(message, req.what, policy, deadline);
  const headers = Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
  const charset = /charset=["']?([\w-]+)/i.exec(String(message.headers['content-type'] ?? ''))?.[1];
  return {
    status, url: req.url, finalUrl: url.href, redirects, headers, contentType, body,
    text: () => decode(body, charset),
  };
}

function readCapped(message: IncomingMessage, what: string, policy: FetchPolicy, deadline: number): Promise<Buffer> {
  const encoding = String(message.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  if (encoding && encoding !== 'identity' && !decoder) {
    message.destroy();
    return Promise.reject(new FetchRefusedError(`${what} uses the ${encoding} content encoding, which is not supported`));
  }
  const stream = decoder ? message.pipe(decoder) : message;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let wire = 0;
    let settled = false;
    // Destroying the message emits 'aborted' at once: the first reason wins.
    const stop = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(e);
      message.destroy();
      decoder?.destroy();
    };
    const timer = setTimeout(() => stop(new FetchRefusedError(`${what} did not finish within ${policy.timeoutMs} ms`)), Math.max(1, deadline - Date.now()));
    message.on('data', (c: Buffer) => {
      wire += c.length;
      if (wire > policy.maxBytes) stop(new FetchRefusedError(`${what} is larger than the ${policy.maxBytes} bytes allowed`));
    });
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > policy.maxBytes) return stop(new FetchRefusedError(`${what} is larger than the ${policy.maxBytes} bytes allowed (after decompression)`));
      chunks.push(c);
    });
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', (e) => stop(e instanceof FetchRefusedError ? e : new FetchRefusedError(`${what} could not be read: ${e.message}`)));
    message.on('aborted', () => stop(new TransientError(`${what} was cut off`)));
  });
}

function decode(body: Buffer, declared?: string): string {
  const sniffed = declared ?? /(?:<meta[^>]+charset=|<\?xml[^>]+encoding=)["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  try {
    return new TextDecoder(sniffed ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
