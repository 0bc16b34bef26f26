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
