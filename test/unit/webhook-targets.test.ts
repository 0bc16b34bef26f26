/**
 * Webhook targets in the use case: one rule refuses at registration what could never be fetched (the same
 * rule as feeds), and a name that passes it but resolves to a refused address when an event goes out is
 * never contacted (the real safe fetcher, with an injected resolver; a receiver listens on that address to
 * prove it) and the delivery's log says why.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { safeFetch, type SafeRequest } from '../../lambdas/adapters/safe-fetch.ts';
import { createWebhook, fanOut } from '../../lambdas/app/webhooks.ts';
import { ValidationError } from '../../lambdas/domain/errors.ts';
import type { Delivery, Webhook } from '../../lambdas/domain/intake/records.ts';

let receiver: Server;
let port = 0;
let contacted = 0;

beforeAll(async () => {
  vi.stubEnv('TABLE_NAME', 'unit');
  receiver = createServer((_req, res) => {
    contacted++;
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  port = (receiver.address() as AddressInfo).port;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((r) => receiver.close(r));
});

function fakeDeps() {
  const hooks: Webhook[] = [];
  const deliveries = new Map<string, Delivery>();
  const deps = {
    now: () => new Date().toISOString(),
    intake: {
      createWebhook: async (w: Webhook) => void hooks.push(w),
      listWebhooks: async () => hooks,
      getWebhook: async (id: string) => hooks.find((w) => w.webhookId === id),
      createDelivery: async (d: Delivery) => (deliveries.has(d.eventId) ? false : (deliveries.set(d.eventId, d), true)),
      recordAttempt: async (d: Delivery, update: Partial<Delivery>) => (deliveries.set(d.eventId, { ...d, ...update }), true),
    },
    // The real fetcher; the name resolves to the receiver's loopback address, which is not allowed.
    fetch: (req: SafeRequest) => safeFetch(req, {
      allow: new Set(), maxBytes: 1024, timeoutMs: 2000, maxRedirects: 0,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    }),
  } as unknown as Deps;
  return { deps, hooks, deliveries };
}

describe('webhook targets', () => {
  it.each([
    ['http://169.254.169.254/hook', /link-local/],
    ['http://10.0.0.1/hook', /private \(RFC 1918\)/],
    ['http://localhost:9/hook', /localhost is the machine itself \(loopback\)/],
    ['http://[::1]/hook', /loopback/],
  ])('refuses %s at registration (422), storing nothing', async (url, reason) => {
    const { deps, hooks } = fakeDeps();
    const e = await createWebhook(deps, { url, events: ['ArticleChecked'] }, 'ed').catch((err) => err);
    expect(e).toBeInstanceOf(ValidationError);
    expect(e).toMatchObject({ status: 422, message: expect.stringMatching(reason) });
    expect(hooks).toEqual([]);
  });

  it('never contacts a name that resolves to a refused address when the event goes out, and logs why', async () => {
    const { deps, deliveries } = fakeDeps();
    await createWebhook(deps, { url: `http://rebound.example:${port}/hook`, events: ['ArticleChecked'] }, 'ed');
    await fanOut(deps, { id: 'evt-1', type: 'ArticleChecked', time: deps.now(), data: {} } as any);
    const [d] = [...deliveries.values()];
    expect(d).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(d.log[0]).toMatchObject({ status: null, error: expect.stringMatching(/rebound\.example resolves to 127\.0\.0\.1, which is in the loopback range/) });
    expect(contacted).toBe(0);
  });
});
