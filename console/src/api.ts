/** The HTTP API of openapi.yaml, with the session's bearer token; problems come back as ApiError. */
import { currentSession, getConfig } from './auth.ts';

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Record<string, any>) {
    super(problem.detail ?? `HTTP ${status}`);
  }
}

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const session = currentSession();
  const res = await fetch(getConfig().apiUrl + path, {
    method,
    headers: {
      ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(res.status, json ?? {});
  return json as T;
}

/** The article with all its claims: GET /articles/{id} page after page (nextCursor) until the last. */
export async function getWholeArticle(articleId: string): Promise<any> {
  const seen = new Set<string>();
  let a: any;
  let claims: any[] = [];
  for (let cursor: string | null = null; ;) {
    const q = new URLSearchParams({ limit: '500' });
    if (cursor) q.set('cursor', cursor);
    a = await api('GET', `/articles/${encodeURIComponent(articleId)}?${q}`);
    claims = claims.concat(a.claims);
    cursor = a.nextCursor;
    if (!cursor) return { ...a, claims };
    if (seen.has(cursor)) throw new Error(`the API gave the cursor ${cursor} twice for article ${articleId}`);
    seen.add(cursor);
  }
}

/**
 * The claim with all its history: GET /claims/{id}, then, when a long history did not fit in its answer (the API
 * answers at most 1 MB), GET /claims/{id}/history from its historyCursor, page after page, older entries first.
 * `claim` is an answer already read (a verdict's, a conflict's), completed the same way.
 */
export async function getWholeClaim(claimId: string, claim?: any): Promise<any> {
  const c = claim ?? await api('GET', `/claims/${encodeURIComponent(claimId)}`);
  const older: any[] = [];
  const seen = new Set<string>();
  for (let cursor: string | null = c.historyCursor ?? null; cursor;) {
    if (seen.has(cursor)) throw new Error(`the API gave the history cursor ${cursor} twice for claim ${claimId}`);
    seen.add(cursor);
    const page: any = await api('GET', `/claims/${encodeURIComponent(claimId)}/history?limit=100&cursor=${encodeURIComponent(cursor)}`);
    older.push(...page.items);
    cursor = page.nextCursor;
  }
  return c.history ? { ...c, history: [...older.reverse(), ...c.history], historyCursor: null } : c;
}
