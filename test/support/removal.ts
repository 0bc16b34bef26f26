/** DELETE of an editor's subscription (a feed, a webhook) as the API answers it: 403 for others, 204, then 404. */
import { expect } from 'vitest';
import { call } from './local-stack.ts';

export async function expectRemoved(base: string, path: string, tokens: { editor: string; other: string }) {
  const refused = await call(base, 'DELETE', path, { token: tokens.other });
  const removed = await call(base, 'DELETE', path, { token: tokens.editor });
  const again = await call(base, 'DELETE', path, { token: tokens.editor });
  expect(refused.status).toBe(403);
  expect(removed.status, JSON.stringify(removed.body)).toBe(204);
  expect(removed.body).toBeNull();
  // Removed is unknown: a second DELETE is the 404 of any id never seen, with why.
  expect([again.status, again.type, again.body.detail]).toEqual([404, expect.stringContaining('application/problem+json'), expect.stringMatching(/removed already/)]);
  expect((await call(base, 'DELETE', path.replace(/[^/]+$/, 'nope'), { token: tokens.editor })).status).toBe(400);
  expect((await call(base, 'GET', path, { token: tokens.editor })).status).toBe(404);
}
