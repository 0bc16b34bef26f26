/**
 * Local stand-in for Cognito: HS256 JWTs signed with a key kept under .factcheck/ (made by `npm start`),
 * carrying `cognito:groups` (and `groups`) as Cognito ID tokens do. The handlers check roles the same way
 * in both places; this file only issues and verifies tokens.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT, errors } from 'jose';
import { dataDir } from './settings.ts';

export type Role = 'submitter' | 'reviewer' | 'editor';
export const ROLES: readonly Role[] = ['submitter', 'reviewer', 'editor'];

/** The Cognito groups a local token carries for a role (reviewers and editors may also submit). */
const GROUPS: Record<Role, string[]> = { submitter: ['submitters'], reviewer: ['reviewers', 'submitters'], editor: ['editors', 'submitters'] };
export const ISSUER = 'factcheck-local';
export const AUDIENCE = 'factcheck';

const keyFile = () => join(dataDir(), 'jwt-signing-key');

export function ensureSigningKey(): Uint8Array {
  mkdirSync(dataDir(), { recursive: true });
  if (!existsSync(keyFile())) writeFileSync(keyFile(), randomBytes(32).toString('base64'), { mode: 0o600 });
  return loadSigningKey();
}

function loadSigningKey(): Uint8Array {
  try {
    return new Uint8Array(Buffer.from(readFileSync(keyFile(), 'utf8').trim(), 'base64'));
  } catch {
    throw new Error(`no signing key at ${keyFile()}: run "npm start" once in this folder to create it`);
  }
}

export async function issueLocalToken(opts: { role: Role; subject: string; ttlSeconds?: number; key?: Uint8Array }): Promise<string> {
  const groups = GROUPS[opts.role];
  return new SignJWT({ 'cognito:groups': groups, groups, 'cognito:username': opts.subject, token_use: 'id' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(opts.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (opts.ttlSeconds ?? 12 * 3600))
    .sign(opts.key ?? loadSigningKey());
}

/** Seconds a token's iat may lie ahead of this clock (clock skew), as Cognito's verifiers allow. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Verified claims, or a reason the token is refused (for a 401). As strict as API Gateway's Cognito
 * authorizer: signature, issuer, audience, an expiry that has not passed, an issue time not in the future,
 * a subject, and an ID token (token_use "id").
 */
export async function verifyLocalToken(token: string, key: Uint8Array): Promise<{ claims: Record<string, unknown> } | { error: string }> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'iat', 'sub'],
    });
    if (payload.iat! > Math.floor(Date.now() / 1000) + CLOCK_SKEW_SECONDS) return { error: 'the token is issued in the future (iat)' };
    if (payload.token_use !== 'id') return { error: 'only ID tokens are accepted (token_use "id")' };
    return { claims: payload as Record<string, unknown> };
  } catch (e) {
    if (e instanceof errors.JWTExpired) return { error: 'the token has expired' };
    if (e instanceof errors.JWSSignatureVerificationFailed) return { error: 'the token signature is not valid' };
    return { error: `the token is not valid (${(e as Error).message})` };
  }
}
