/**
 * The HTTP API as the CLI uses it: FACTCHECK_API (default http://localhost:$PORT), a bearer token from
 * FACTCHECK_TOKEN or signed with the local stack's key (the signing code, jose, loads only then).
 */
import { CliError, fail } from './common.ts';

export type Role = 'submitter' | 'reviewer' | 'editor';

export const apiBase = () => (process.env.FACTCHECK_API ?? `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');

const tokens = new Map<Role, Promise<string>>();

async function signLocal(role: Role): Promise<string> {
  const { issueLocalToken } = await import('../../lib/local/auth.ts');
  try {
    return await issueLocalToken({ role, subject: process.env.USER ? `${process.env.USER}@local` : 'cli@local' });
  } catch (e) {
    fail(`${(e as Error).message}; or set FACTCHECK_TOKEN`);
  }
}

function token(role: Role): Promise<string> {
  if (process.env.FACTCHECK_TOKEN) return Promise.resolve(process.env.FACTCHECK_TOKEN);
  let t = tokens.get(role);
  if (!t) tokens.set(role, (t = signLocal(role)));
  return t;
}

/** An answer of the API that is not 2xx: its status and problem+json body (printed as it is under --json). */
export class ApiError extends CliError {
  constructor(readonly status: number, readonly body: any) {
    super(`${status} ${body?.title ?? ''}${body?.detail ? `: ${body.detail}` : ''}`.trim(), 1, undefined, body ?? { status });
  }
}

/** The status and JSON body of a 2xx answer; throws ApiError otherwise, and a one-line error when the API is unreachable. */
export async function apiRequest(method: string, path: string, role: Role, body?: unknown): Promise<{ status: number; body: any }> {
  // The token first, outside the network's try: a missing signing key says so, not "cannot reach".
  const bearer = await token(role);
  let res: Response;
  try {
    res = await fetch(apiBase() + path, {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    fail(`cannot reach ${apiBase()}: is the local stack running? Start it with: npm start (or set FACTCHECK_API)`);
  }
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { title: res.statusText, detail: text.slice(0, 200) };
  }
  if (!res.ok) throw new ApiError(res.status, json);
  return { status: res.status, body: json };
}

/** The JSON body of a 2xx answer (apiRequest's). */
export async function api(method: string, path: string, role: Role, body?: unknown): Promise<any> {
  return (await apiRequest(method, path, role, body)).body;
}

export const enc = encodeURIComponent;

/** The article with all its claims: GET /articles/{id} page after page (nextCursor) until the last. */
export async function getWholeArticle(articleId: string, role: Role): Promise<any> {
  const seen = new Set<string>();
  let claims: any[] = [];
  for (let cursor: string | null = null; ;) {
    const a: any = await api('GET', `/articles/${enc(articleId)}?limit=500${cursor ? `&cursor=${enc(cursor)}` : ''}`, role);
    claims = claims.concat(a.claims);
    cursor = a.nextCursor;
    if (!cursor) return { ...a, claims };
    if (seen.has(cursor)) fail(`the API gave the cursor ${cursor} twice for article ${articleId}`);
    seen.add(cursor);
  }
}

/**
 * The claim with all its history: GET /claims/{id}, then, when its answer left the older entries out (a long
 * history: the API answers at most 1 MB), GET /claims/{id}/history from its historyCursor, page after page.
 * Returns the claim with `history` whole, oldest first, and `historyCursor: null`.
 */
export async function getWholeClaim(claimId: string, role: Role): Promise<any> {
  const c: any = await api('GET', `/claims/${enc(claimId)}`, role);
  const older: any[] = [];
  const seen = new Set<string>();
  for (let cursor: string | null = c.historyCursor ?? null; cursor;) {
    if (seen.has(cursor)) fail(`the API gave the history cursor ${cursor} twice for claim ${claimId}`);
    seen.add(cursor);
    const page: any = await api('GET', `/claims/${enc(claimId)}/history?limit=100&cursor=${enc(cursor)}`, role);
    older.push(...page.items);
    cursor = page.nextCursor;
  }
  if (!c.history) return c;
  return { ...c, history: [...older.reverse(), ...c.history], historyCursor: null };
}
