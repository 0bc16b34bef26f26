/** The local HTTP API answers a CORS preflight as API Gateway does, where it used to answer 405. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApi } from '../../lib/local/http-api.ts';
import { ROUTES } from '../../lib/routes.ts';

let url: string;
const server = createHttpApi({ handlers: {}, signingKey: new Uint8Array(32) });
beforeAll(() => new Promise<void>((r) => server.listen(0, '127.0.0.1', () => {
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  r();
})));
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('OPTIONS on a route', () => {
  it("answers 204 with the path's methods and the headers the console sends", async () => {
    // Arrange: a path with a parameter, as the browser asks before PUT /claims/{id}/verdict.
    const route = ROUTES.find((r) => r.path.includes('{') && r.method !== 'GET')!;
    const path = route.path.replace(/\{\w+\}/g, 'x');
    // Act
    const res = await fetch(url + path, { method: 'OPTIONS', headers: { origin: 'https://console.example', 'access-control-request-method': route.method } });
    // Assert
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')!.split(',')).toEqual(expect.arrayContaining([route.method, 'OPTIONS']));
    expect(res.headers.get('access-control-allow-headers')!.toLowerCase().split(',')).toEqual(expect.arrayContaining(['authorization', 'content-type']));
  });

  it('still answers 404 on a path that is no route', async () => {
    const res = await fetch(`${url}/no-such-route`, { method: 'OPTIONS' });
    expect(res.status).toBe(404);
  });
});
