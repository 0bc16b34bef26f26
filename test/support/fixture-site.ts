/**
 * A news site for the intake tests, on 127.0.0.1: the fixture pages of test/fixtures/site (an Arabic and
 * an English story with navigation, ads and comments), their RSS and Atom feeds, and hostile pages. It
 * records every request, so tests can tell what was fetched and how often.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'fixtures', 'site');
export const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');

export interface FixtureSite {
  base: string;
  port: number;
  /** Paths requested, in order (with the query). */
  hits: string[];
  /** Feed requests answered 304 (conditional GET). */
  notModified: number;
  /** Replace or add a route. */
  route(path: string, fn: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startFixtureSite(): Promise<FixtureSite> {
  const routes = new Map<string, Handler>();
  const sockets = new Set<import('node:net').Socket>();
  const site = { hits: [] as string[], notModified: 0 } as FixtureSite;
  const server: Server = createServer((req, res) => {
    site.hits.push(req.url ?? '/');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const fn = routes.get(path);
    if (!fn) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
      return;
    }
    fn(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const html = (body: string, type = 'text/html; charset=utf-8'): Handler => (_req, res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body.replaceAll('{{BASE}}', base));
  };
  const redirect = (to: string): Handler => (_req, res) => {
    res.writeHead(302, { location: to });
    res.end();
  };
  /** A feed with an ETag and Last-Modified, answering 304 to a matching conditional GET. */
  const feed = (body: () => string, type: string): Handler => (req, res) => {
    const text = body().replaceAll('{{BASE}}', base);
    const etag = `"${Buffer.from(text).length.toString(16)}-${text.length}"`;
    if (req.headers['if-none-match'] === etag) {
      site.notModified++;
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag, 'last-modified': 'Tue, 12 Mar 2024 08:00:00 GMT' });
    res.end(text);
  };
  routes.set('/en/2024/03/12/flash-floods', html(fixture('en-story.html')));
  routes.set('/ar/2024/02/29/idlib-shelling', html(fixture('ar-story.html')));
  routes.set('/moved/flash-floods', redirect('/en/2024/03/12/flash-floods'));
  routes.set('/rss.xml', feed(() => fixture('rss.xml'), 'application/rss+xml; charset=utf-8'));
  routes.set('/atom.xml', feed(() => fixture('atom.xml'), 'application/atom+xml'));
  // Hostile pages.
  routes.set('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const para = `<p>${'Filler words that go on and on. '.repeat(30)}</p>\n`;
    res.write('<html><body><article>');
    for (let i = 0; i < 3 * 1024 * 1024 / para.length; i++) res.write(para);
    res.end('</article></body></html>');
  });
  routes.set('/binary', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(Buffer.alloc(4096, 7));
  });
  routes.set('/binary-as-html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 31) % 256)));
  });
  routes.set('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>');
    const timer = setInterval(() => res.write('still loading '), 50);
    res.on('close', () => clearInterval(timer));
  });
  routes.set('/loop-a', redirect('/loop-b'));
  routes.set('/loop-b', redirect('/loop-a'));
  for (let i = 0; i < 8; i++) routes.set(`/chain-${i}`, redirect(`/chain-${i + 1}`));
  routes.set('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/'));
  routes.set('/to-hex-loopback', redirect('http://0x7f.1:9/'));
  routes.set('/to-ipv6-mapped', redirect('http://[::ffff:10.0.0.1]/'));
  routes.set('/to-file', redirect('file:///etc/passwd'));
  routes.set('/json', html('{"not":"html"}', 'application/json'));
  routes.set('/feed-10000', feed(() => bigFeed(10_000), 'application/rss+xml'));
  routes.set('/not-xml-feed', html('<html><body>This is a page, not a feed {{{</body></html>', 'application/xml'));
  site.base = base;
  site.port = port;
  site.route = (path, fn) => routes.set(path, fn);
  site.close = () => new Promise<void>((r) => {
    for (const s of sockets) s.destroy();
    server.close(() => r());
  });
  return site;
}

function bigFeed(n: number): string {
  const items = Array.from({ length: n }, (_, i) =>
    `<item><title>Item ${i}</title><link>{{BASE}}/big/${i}</link><guid isPermaLink="false">big-${i}</guid></item>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Firehose</title><link>{{BASE}}/</link>${items}</channel></rss>`;
}

/** A webhook delivery the site received: its headers and raw body. */
export interface Delivery { headers: Record<string, string>; body: string }

/** Answers 204 at path (by default /hook) and records each delivery there, in order, in the array returned. */
export function recordDeliveries(site: FixtureSite, path = '/hook'): Delivery[] {
  const received: Delivery[] = [];
  site.route(path, (req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(204).end();
    });
  });
  return received;
}
