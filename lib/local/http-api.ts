/**
 * API Gateway + Cognito locally: turns HTTP requests into API Gateway (REST, proxy) events, verifies the
 * bearer token as the Cognito authorizer would, and calls the same handlers that run in Lambda.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { CORS_ALLOW_HEADERS, ROUTES, type RouteDef } from '../routes.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { issueLocalToken, ROLES, verifyLocalToken, type Role } from './auth.ts';
import { cliLine } from './cli-line.ts';

export type HttpHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

/** API Gateway's own limit on a request payload. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

interface CompiledRoute extends RouteDef {
  re: RegExp;
  params: string[];
}

const compiled: CompiledRoute[] = ROUTES.map((r) => {
  const params: string[] = [];
  const re = new RegExp(`^${r.path.replace(/\{(\w+)\}/g, (_, p) => {
    params.push(p);
    return '([^/]+)';
  })}/?$`);
  return { ...r, re, params };
});

function problem(res: ServerResponse, status: number, title: string, detail: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  res.end(JSON.stringify({ type: `https://factcheck.dev/problems/${status}`, title, status, detail }));
}

export interface HttpApiOptions {
  handlers: Record<string, HttpHandler>;
  signingKey: Uint8Array;
  /** The data folder of the signing key: a 401 names the command that prints a token for this stack (cliLine). */
  dataDir?: string;
  /** The built reviewer console (console/dist), served at / . */
  consoleDir?: string;
  log?: (line: string) => void;
}

export function createHttpApi(opts: HttpApiOptions): Server {
  const server = createServer((req, res) => {
    handle(req, res, opts).catch((e) => {
      opts.log?.(`internal error: ${(e as Error).stack}`);
      if (!res.headersSent) problem(res, 500, 'Internal Server Error', 'an internal error occurred; it has been logged');
      else res.end();
    });
  });
  server.on('clientError', answerClientError);
  return server;
}

/**
 * What Node's HTTP parser refused, said as the problem (by default Node answers a bare 400 with no body):
 * a request line with raw non-ASCII or spaces (`curl "…/articles?q=حلب"`), a malformed header, too many
 * header bytes. [status, title, detail] by the parser's error code.
 */
const PARSE_ERRORS: Record<string, [number, string, string]> = {
  HPE_INVALID_URL: [400, 'Bad Request',
    'the request line has characters that must be percent-encoded (non-ASCII letters, spaces, control characters): '
    + 'encode the path and query as UTF-8 percent-escapes, e.g. curl -G --data-urlencode "q=…" URL'],
  HPE_INVALID_CONSTANT: [400, 'Bad Request',
    'the request line is not "METHOD /path HTTP/1.1": a space in the path or query must be percent-encoded (%20)'],
  HPE_INVALID_METHOD: [400, 'Bad Request', 'the request line does not start with an HTTP method'],
  HPE_INVALID_VERSION: [400, 'Bad Request', 'the request line does not end with a supported HTTP version (HTTP/1.1)'],
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'the request headers are larger than this server reads (16 KB)'],
  HPE_INVALID_HEADER_TOKEN: [400, 'Bad Request', 'a header name has characters a header name cannot have'],
  HPE_INVALID_TRANSFER_ENCODING: [400, 'Bad Request', 'the Transfer-Encoding header is not one this server reads'],
  HPE_INVALID_CONTENT_LENGTH: [400, 'Bad Request', 'the Content-Length header is not a single whole number'],
  HPE_UNEXPECTED_CONTENT_LENGTH: [400, 'Bad Request', 'Content-Length and Transfer-Encoding: chunked were both sent'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'the request was not received in time'],
};

/**
 * The parser's reason, where one code covers several (HPE_INVALID_HEADER_TOKEN is also a bad header value or a
 * folded line; HPE_UNEXPECTED_CONTENT_LENGTH is a second Content-Length): it decides the detail first.
 */
const PARSE_REASONS: Record<string, string> = {
  'Duplicate Content-Length': 'the Content-Length header was sent more than once: send it once',
  "Transfer-Encoding can't be present with Content-Length": 'Content-Length and Transfer-Encoding were both sent: send one of them',
  "Content-Length can't be present with Transfer-Encoding": 'Content-Length and Transfer-Encoding were both sent: send one of them',
  'Invalid header value char': 'a header value has characters a header value cannot have (control characters)',
  'Unexpected whitespace after header value': 'a header line starts with white space (a folded header): send each header on one line',
};

/** Answers a request the parser refused, when the socket can still take an answer (not reset, no answer begun). */
export function answerClientError(err: Error & { code?: string; reason?: string }, socket: Duplex) {
  const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (err.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  const [status, title, byCode] = PARSE_ERRORS[err.code ?? '']
    ?? [400, 'Bad Request', `the request is not valid HTTP/1.1 (${(err.reason ?? err.message).slice(0, 200)})`];
  const detail = PARSE_REASONS[err.reason ?? ''] ?? byCode;
  const body = JSON.stringify({ type: `https://factcheck.dev/problems/${status}`, title, status, detail });
  socket.end(`HTTP/1.1 ${status} ${title}\r\ncontent-type: application/problem+json\r\n`
    + `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** Bodies over this are not even read to the end: the connection is closed after the 413. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * The request body, or 'too-large' past MAX_BODY_BYTES. A body over the limit is still read to its end
 * (and dropped), up to MAX_DRAIN_BYTES, so the client finishes sending and can read the 413: closing the
 * socket while it sends makes clients (fetch, browsers) report a network error instead of the answer.
 */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_DRAIN_BYTES) return resolve('too-large');
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
      if (size > MAX_DRAIN_BYTES) {
        req.pause();
        resolve('too-large');
      }
    });
    req.once('end', () => resolve(size > MAX_BODY_BYTES || declared > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.once('error', () => resolve('too-large'));
    // Closed before its end (the client gave up): never a partial body; the answer goes nowhere anyway.
    req.once('close', () => resolve(req.complete && size <= MAX_BODY_BYTES ? Buffer.concat(chunks) : 'too-large'));
  });
}

/** 413, on a connection that closes after the answer (the body was read, or is past any reason to read it). */
function tooLarge(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('connection', 'close');
  problem(res, 413, 'Payload Too Large', `the body is larger than ${MAX_BODY_BYTES} bytes`);
  if (!req.complete) res.once('finish', () => req.destroy());
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: HttpApiOptions) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // The path as sent, as API Gateway routes it: WHATWG URL resolves dot segments, so "/claims/%2e%2e" became "/"
  // (the console's page, 200) and "//articles/x" a host named "articles"; API Gateway gives the id "..", a 400.
  const pathname = req.url?.startsWith('/') ? req.url.split(/[?#]/, 1)[0] : url.pathname;
  const method = (req.method ?? 'GET').toUpperCase();
  const matches = compiled.filter((r) => r.re.test(pathname));
  if (matches.length === 0 && pathname === '/local/token') return localToken(req, res, opts);
  if (matches.length === 0 && (method === 'GET' || method === 'HEAD') && opts.consoleDir && serveConsole(pathname, res, opts.consoleDir)) return;
  if (matches.length === 0) {
    await drain(req);
    return problem(res, 404, 'Not Found', `no route ${pathname}`);
  }
  if (method === 'OPTIONS') {
    // A CORS preflight, answered as API Gateway's defaultCorsPreflightOptions answer it (lib/constructs/api.ts).
    await drain(req);
    res.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': [...new Set([...matches.map((m) => m.method), 'OPTIONS'])].join(','),
      'access-control-allow-headers': CORS_ALLOW_HEADERS.join(','),
    });
    return res.end();
  }
  const route = matches.find((r) => r.method === method);
  if (!route) {
    await drain(req);
    return problem(res, 405, 'Method Not Allowed', `${method} is not allowed on ${pathname}`, { allow: matches.map((m) => m.method).join(', ') });
  }
  const body = await readBody(req);
  if (body === 'too-large') return tooLarge(req, res);
  let claims: Record<string, unknown> | undefined;
  const auth = req.headers.authorization;
  if (route.auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth ?? '');
    // The command that prints a token for this stack, pasteable in another terminal (its port and data folder).
    const tokenLine = () => cliLine(['token', '--role', 'reviewer'], { port: req.socket.localPort, dataDir: opts.dataDir });
    if (!m) return problem(res, 401, 'Unauthorized', `send Authorization: Bearer <token> (${tokenLine()} prints one)`, { 'www-authenticate': 'Bearer' });
    const verified = await verifyLocalToken(m[1], opts.signingKey);
    if ('error' in verified) return problem(res, 401, 'Unauthorized', `${verified.error} (${tokenLine()} prints a new one)`, { 'www-authenticate': 'Bearer error="invalid_token"' });
    // As the Cognito authorizer passes them: string values, groups comma-separated.
    claims = Object.fromEntries(Object.entries(verified.claims).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
  }
  const m = route.re.exec(pathname)!;
  const pathParameters = Object.fromEntries(route.params.map((p, i) => [p, safeDecode(m[i + 1])]));
  const query: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) {
    query[k] = v;
    (multi[k] ??= []).push(v);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
  const utf8 = body.toString('utf8');
  const isText = Buffer.from(utf8, 'utf8').equals(body);
  const event = {
    resource: route.path,
    path: pathname,
    httpMethod: method,
    headers,
    multiValueHeaders: {},
    queryStringParameters: Object.keys(query).length ? query : null,
    multiValueQueryStringParameters: Object.keys(multi).length ? multi : null,
    pathParameters: route.params.length ? pathParameters : null,
    stageVariables: null,
    body: body.length ? (isText ? utf8 : body.toString('base64')) : null,
    isBase64Encoded: body.length > 0 && !isText,
    requestContext: {
      requestId: randomUUID(),
      httpMethod: method,
      path: pathname,
      resourcePath: route.path,
      stage: 'local',
      authorizer: claims ? { claims } : null,
      identity: { sourceIp: req.socket.remoteAddress ?? '' },
    },
  } as unknown as APIGatewayProxyEvent;
  const handler = opts.handlers[route.handler];
  const result = await handler(event);
  res.writeHead(result.statusCode, (result.headers ?? {}) as Record<string, string>);
  res.end(result.body);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads and drops a body nobody will use (a 404 or 405), so the client can read the answer. */
async function drain(req: IncomingMessage) {
  await readBody(req);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
};

/** The console's static files (no directory listing, nothing outside its folder); false when not one of them. */
function serveConsole(pathname: string, res: ServerResponse, dir: string): boolean {
  if (pathname === '/config.json') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ mode: 'local', apiUrl: '' }));
    return true;
  }
  const rel = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = resolve(dir, rel);
  if (!file.startsWith(resolve(dir) + sep) || !existsSync(file) || !statSync(file).isFile()) {
    if (pathname !== '/') return false;
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The reviewer console is not built: run "npm run console:build" (npm start does it first).');
    return true;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  });
  res.end(readFileSync(file));
  return true;
}

/** The local stand-in for Cognito's sign-in: POST {name, role} -> a token (the local stack only). */
/** The names a browser on this machine uses for the local stack: a page of another site rebinding its name here has another Host. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

async function localToken(req: IncomingMessage, res: ServerResponse, opts: HttpApiOptions) {
  const host = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(req.headers.host ?? '')?.[1]?.toLowerCase() ?? '';
  if (!LOCAL_HOSTS.has(host)) {
    await drain(req);
    return problem(res, 403, 'Forbidden', `local tokens are issued to localhost or 127.0.0.1 only, not to Host "${String(req.headers.host ?? '').slice(0, 100)}" (DNS rebinding)`);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'POST') {
    await drain(req);
    return problem(res, 405, 'Method Not Allowed', 'POST {"name", "role"} to /local/token', { allow: 'POST' });
  }
  const body = await readBody(req);
  let input: { name?: unknown; role?: unknown } = {};
  try {
    input = body === 'too-large' ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    /* answered below */
  }
  const name = typeof input?.name === 'string' ? input.name.trim() : '';
  if (!/^[\p{L}\p{N} ._@-]{1,100}$/u.test(name) || !ROLES.includes(input.role as Role)) {
    return problem(res, 400, 'Bad Request', `send {"name": 1-100 letters, digits or . _ @ -, "role": ${ROLES.map((r) => `"${r}"`).join(' | ')}}`);
  }
  const token = await issueLocalToken({ role: input.role as Role, subject: name, key: opts.signingKey });
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ token }));
}
