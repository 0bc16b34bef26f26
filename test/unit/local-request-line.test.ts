/**
 * Requests Node's HTTP parser refuses (trial 4, finding 10): the local server answers them with a
 * problem+json saying what was wrong, where Node alone answers a bare 400 with no body.
 */
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApi } from '../../lib/local/http-api.ts';

let port: number;
const server = createHttpApi({
  // Health echoes the query it was given: to show an encoded request still gets through.
  handlers: { health: async (event) => ({ statusCode: 200, headers: {}, body: JSON.stringify(event.queryStringParameters) }) },
  signingKey: new Uint8Array(32),
});
beforeAll(() => new Promise<void>((r) => server.listen(0, '127.0.0.1', () => {
  port = (server.address() as AddressInfo).port;
  r();
})));
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Sends these bytes as they are (fetch and curl would encode or refuse them) and reads the whole answer. */
function rawRequest(bytes: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(Buffer.from(bytes, 'utf8')));
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head.toLowerCase(), body });
    });
  });
}

describe('a request the parser refuses', () => {
  it.each([
    ['raw UTF-8 in the query (curl "…/articles?q=حلب")', 'GET /articles?q=حلب HTTP/1.1\r\nHost: localhost\r\n\r\n', 400, 'must be percent-encoded'],
    ['a control character in the path', 'GET /articles\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n', 400, 'must be percent-encoded'],
    ['a space in the query', 'GET /articles?q=two words HTTP/1.1\r\nHost: localhost\r\n\r\n', 400, '%20'],
    ['a malformed header name', 'GET /health HTTP/1.1\r\nHost: localhost\r\nBad Name: x\r\n\r\n', 400, 'header name'],
    ['Content-Length twice', 'POST /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}', 400, 'Content-Length header was sent more than once'],
    ['Content-Length with Transfer-Encoding', 'POST /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}', 400, 'were both sent'],
    ['a control character in a header value', 'GET /health HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n\r\n', 400, 'a header value has characters'],
    ['a folded header line', 'GET /health HTTP/1.1\r\nHost: localhost\r\nX-Note: a\r\n b\r\n\r\n', 400, 'folded'],
    ['headers over 16 KB', `GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers are larger'],
  ])('%s -> a problem+json that says what was wrong', async (_, bytes, status, detail) => {
    const res = await rawRequest(bytes);
    expect(res.status).toBe(status);
    expect(res.headers).toContain('content-type: application/problem+json');
    expect(res.headers).toContain('connection: close');
    expect(JSON.parse(res.body)).toMatchObject({ type: `https://factcheck.dev/problems/${status}`, status, detail: expect.stringContaining(detail) });
  });

  it('still answers the same query percent-encoded, on a new connection', async () => {
    const res = await rawRequest(`GET /health?q=${encodeURIComponent('حلب')} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(res.status).toBe(200);
    expect(res.body).toContain(JSON.stringify({ q: 'حلب' })); // in a chunked body
  });
});
