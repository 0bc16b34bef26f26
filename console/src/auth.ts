/**
 * Sign-in. Locally: the local stack's dev token flow (POST /local/token). In AWS: Cognito's hosted UI
 * with the authorization-code flow and PKCE; the ID token (with cognito:groups) is the bearer token.
 */
export interface ConsoleConfig {
  mode: 'local' | 'cognito';
  apiUrl: string;
  cognitoDomain?: string;
  clientId?: string;
}

export interface Session {
  token: string;
  name: string;
  groups: string[];
  expiresAt: number;
}

let config: ConsoleConfig = { mode: 'local', apiUrl: '' };
export const getConfig = () => config;

export async function loadConfig(): Promise<ConsoleConfig> {
  try {
    const res = await fetch('./config.json', { cache: 'no-store' });
    if (res.ok) config = { ...config, ...(await res.json()) };
  } catch {
    /* served without config.json: same-origin local stack */
  }
  return config;
}

function decode(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = decodeURIComponent(escape(atob(part.replace(/-/g, '+').replace(/_/g, '/'))));
  return JSON.parse(json);
}

function sessionFrom(token: string): Session {
  const claims = decode(token);
  const raw = claims['cognito:groups'] ?? claims.groups ?? [];
  const groups = Array.isArray(raw) ? raw.map(String) : String(raw).split(/[\s,]+/).filter(Boolean);
  return { token, name: String(claims['cognito:username'] ?? claims.email ?? claims.sub ?? '?'), groups, expiresAt: Number(claims.exp ?? 0) * 1000 };
}

export function currentSession(): Session | null {
  const token = sessionStorage.getItem('factcheck.token');
  if (!token) return null;
  try {
    const s = sessionFrom(token);
    if (s.expiresAt && s.expiresAt < Date.now()) {
      signOut();
      return null;
    }
    return s;
  } catch {
    signOut();
    return null;
  }
}

export function signOut() {
  sessionStorage.removeItem('factcheck.token');
}

export async function signInLocal(name: string, role: 'reviewer' | 'submitter' | 'editor'): Promise<Session> {
  const res = await fetch(`${config.apiUrl}/local/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, role }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail ?? res.statusText);
  sessionStorage.setItem('factcheck.token', body.token);
  return sessionFrom(body.token);
}

const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const redirectUri = () => `${location.origin}${location.pathname}`;

export async function signInCognito(): Promise<void> {
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = b64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem('factcheck.pkce', JSON.stringify({ verifier, state }));
  const q = new URLSearchParams({
    response_type: 'code', client_id: config.clientId!, redirect_uri: redirectUri(), scope: 'openid email profile',
    code_challenge_method: 'S256', code_challenge: challenge, state,
  });
  location.assign(`${config.cognitoDomain}/oauth2/authorize?${q}`);
}

/** Back from the hosted UI with ?code=...: exchange it for tokens. */
export async function completeCognitoSignIn(): Promise<Session | null> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code || config.mode !== 'cognito') return null;
  const saved = JSON.parse(sessionStorage.getItem('factcheck.pkce') ?? '{}');
  sessionStorage.removeItem('factcheck.pkce');
  if (params.get('state') !== saved.state) throw new Error('sign-in state does not match; try again');
  const res = await fetch(`${config.cognitoDomain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId!, code, redirect_uri: redirectUri(), code_verifier: saved.verifier }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error_description ?? body.error ?? res.statusText);
  sessionStorage.setItem('factcheck.token', body.id_token);
  history.replaceState(null, '', redirectUri() + location.hash);
  return sessionFrom(body.id_token);
}
