/**
 * A url refused for its address (loopback, private) says, on the local stack only, which pair of
 * FACTCHECK_FETCH_ALLOW would let it through (trial 5, finding 13); in AWS the refusal stays as it is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const refusal = async (local: boolean, url: string) => {
  vi.resetModules();
  vi.stubEnv('TABLE_NAME', 'unit');
  vi.stubEnv('FACTCHECK_FETCH_ALLOW', '127.0.0.1:8791');
  vi.stubEnv('FACTCHECK_LOCAL_STACK', local ? '1' : '');
  const { refuseUnfetchable } = await import('../../lambdas/app/intake.ts');
  try {
    refuseUnfetchable(url);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};
afterEach(() => vi.unstubAllEnvs());

describe('the 422 for an address never fetched', () => {
  it('on the local stack names the pair to add to FACTCHECK_FETCH_ALLOW', async () => {
    expect(await refusal(true, 'http://127.0.0.1:9999/hook')).toMatch(/loopback range, which is never fetched \(on this local stack: add 127\.0\.0\.1:9999 to FACTCHECK_FETCH_ALLOW, /);
    expect(await refusal(true, 'http://localhost/feed.xml')).toContain('add 127.0.0.1:80 to FACTCHECK_FETCH_ALLOW');
    expect(await refusal(true, 'https://10.1.2.3/feed.xml')).toContain('add 10.1.2.3:443 to FACTCHECK_FETCH_ALLOW');
    expect(await refusal(true, 'http://[::1]:7000/x')).toContain('add [::1]:7000 to FACTCHECK_FETCH_ALLOW');
    expect(await refusal(true, 'http://127.0.0.1:8791/feed.xml')).toBeNull(); // allowed already
  });

  it('elsewhere (AWS) says nothing of it', async () => {
    const message = await refusal(false, 'http://127.0.0.1:9999/hook');
    expect(message).toMatch(/loopback range, which is never fetched$/);
    expect(message).not.toContain('FACTCHECK_FETCH_ALLOW');
  });
});
