/** Starts the real local stack (`npm start`'s entry) in a child process, on a free port and its own data folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SignJWT } from 'jose';
import { AUDIENCE, ISSUER, issueLocalToken, type Role } from '../../lib/local/auth.ts';
import { startStore } from '../../lib/local/store.ts';
import { scaled } from './timing.ts';

const root = resolve(import.meta.dirname, '..', '..');

export interface RunningStack {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  token(role: Role, subject?: string, ttlSeconds?: number): Promise<string>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies with whatever it was doing. */
  kill(): Promise<void>;
}

/** Every stack this process started and has not seen exit: killed when the process exits, however it ends its tests. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export async function startStack(opts: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RunningStack> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'factcheck-e2e-'));
  // An IPC channel: the stack stops by itself when this process goes away, even killed (lib/local/main.ts).
  const proc = spawn(process.execPath, ['--import', 'tsx', join(root, 'lib/local/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', FACTCHECK_DATA_DIR: dataDir, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.add(proc);
  const exited = new Promise<void>((r) => {
    if (proc.exitCode !== null || proc.signalCode !== null) r();
    proc.once('exit', () => r());
  }).then(() => void children.delete(proc));
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack did not start in ${scaled(45_000)} ms:\n${out}`)), scaled(45_000));
    const check = () => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local stack exited with ${code}:\n${out}`));
    });
  }).catch(async (e) => {
    proc.kill('SIGKILL');
    await exited;
    throw e;
  });
  const key = new Uint8Array(Buffer.from(readFileSync(join(dataDir, 'jwt-signing-key'), 'utf8').trim(), 'base64'));
  return {
    url,
    dataDir,
    proc,
    output: () => out,
    token: (role, subject = `${role}@test`, ttlSeconds) => issueLocalToken({ role, subject, key, ttlSeconds }),
    async stop() {
      proc.kill('SIGTERM');
      // A stack that does not stop in time is killed: no test leaves one behind.
      const timer = setTimeout(() => proc.kill('SIGKILL'), scaled(15_000));
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      proc.kill('SIGKILL');
      await exited;
    },
  };
}

export interface Reply {
  status: number;
  type: string;
  body: any;
  /** The Location header, when the answer has one. */
  location?: string;
}

export async function call(url: string, method: string, path: string, opts: { token?: string; body?: unknown; raw?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | Buffer | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(url + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: parsed, ...(res.headers.has('location') ? { location: res.headers.get('location')! } : {}) };
}

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + scaled(timeoutMs);
  let last: unknown;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last as T;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function articleStatus(url: string, token: string, articleId: string, statuses: string[], timeoutMs?: number) {
  return waitFor(`article ${articleId} in ${statuses}`, async () => {
    const r = await call(url, 'GET', `/articles/${articleId}`, { token });
    return statuses.includes(r.body?.status) ? r.body : undefined;
  }, timeoutMs);
}

/** One local stack for a test file, with a submitter's and a reviewer's token, stopped after it. */
export function useStack(reviewerName = 'reviewer@test') {
  const ctx = {} as { stack: RunningStack; submitter: string; reviewer: string };
  beforeAll(async () => {
    ctx.stack = await startStack();
    ctx.submitter = await ctx.stack.token('submitter');
    ctx.reviewer = await ctx.stack.token('reviewer', reviewerName);
  });
  afterAll(async () => ctx.stack?.stop());
  return ctx;
}

/** Opens the store of a stopped stack's data folder (table "factcheck") for `fn`, and closes it. */
export async function withStore<T>(dataDir: string, fn: (db: DynamoDBDocumentClient) => Promise<T>): Promise<T> {
  const store = await startStore(join(dataDir, 'dynamodb'));
  try {
    const client = new DynamoDBClient({ endpoint: store.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    return await fn(DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }));
  } finally {
    await store.close();
  }
}

/**
 * A token signed with a stack's own key carrying exactly these claims over a valid submitter's (a claim set
 * to undefined is left out): for tokens no honest issuer makes.
 */
export function forgeToken(dataDir: string, claims: Record<string, unknown>): Promise<string> {
  const key = new Uint8Array(Buffer.from(readFileSync(join(dataDir, 'jwt-signing-key'), 'utf8').trim(), 'base64'));
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: 'mallory', token_use: 'id', 'cognito:groups': ['submitters'], iat: now, exp: now + 600, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(ISSUER).setAudience(AUDIENCE).sign(key);
}
