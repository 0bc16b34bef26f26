/**
 * What every HTTP handler shares: roles from the authorizer's claims, JSON bodies, and the one mapping
 * from errors to application/problem+json (never a stack trace, never a 500 for bad input).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { ZodError, type ZodType } from 'zod';
import { config } from '../config.ts';
import {
  ConflictError, DomainError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError,
} from '../domain/errors.ts';

export const logger = new Logger({ serviceName: 'factcheck' });

/** The console is served from another origin in AWS (CloudFront); tokens travel in a header, not cookies. */
const CORS = { 'access-control-allow-origin': '*' };

export type Role = 'submitter' | 'reviewer';
export interface Caller {
  subject: string;
  groups: string[];
}
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 500: 'Internal Server Error',
};

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): APIGatewayProxyResult {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/problem+json', ...CORS },
    body: JSON.stringify({ type: `https://factcheck.dev/problems/${status}`, title: TITLES[status] ?? 'Error', status, detail, ...extra }),
  };
}

/** The one place errors become HTTP statuses. */
export function toProblem(e: unknown): APIGatewayProxyResult {
  if (e instanceof ZodError) {
    const issues = e.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
    return problem(400, issues.map((i) => `${i.path}: ${i.message}`).join('; '), { errors: issues });
  }
  if (e instanceof ValidationError) return problem(e.status, e.message, e.detail);
  if (e instanceof UnauthorizedError) return problem(401, e.message);
  if (e instanceof ForbiddenError) return problem(403, e.message);
  if (e instanceof NotFoundError) return problem(404, e.message);
  if (e instanceof ConflictError) return problem(409, e.message, e.detail);
  if (e instanceof DomainError) return problem(400, e.message);
  logger.error('unhandled error', { error: e as Error });
  return problem(500, 'an internal error occurred; it has been logged');
}

function claimsOf(event: APIGatewayProxyEvent): Record<string, unknown> | undefined {
  const auth = event.requestContext?.authorizer as Record<string, unknown> | null | undefined;
  return (auth?.claims as Record<string, unknown> | undefined) ?? undefined;
}

/** Groups from a Cognito authorizer ("reviewers,submitters", "[reviewers submitters]", or an array). */
export function callerOf(event: APIGatewayProxyEvent): Caller | undefined {
  const claims = claimsOf(event);
  if (!claims || typeof claims.sub !== 'string') return undefined;
  const raw = claims['cognito:groups'] ?? claims.groups ?? [];
  const groups = Array.isArray(raw) ? raw.map(String) : String(raw).split(/[\s,\[\]]+/).filter(Boolean);
  const subject = String(claims['cognito:username'] ?? claims.email ?? claims.sub);
  return { subject, groups };
}

export function requireRole(event: APIGatewayProxyEvent, role: Role): Caller {
  const caller = callerOf(event);
  if (!caller) throw new UnauthorizedError('a bearer token is required');
  const ok = role === 'reviewer' ? caller.groups.includes('reviewers') : caller.groups.some((g) => g === 'submitters' || g === 'reviewers');
  if (!ok) throw new ForbiddenError(`this needs the ${role} role`);
  return caller;
}

export function parseJsonBody<T>(event: APIGatewayProxyEvent, schema: ZodType<T>): T {
  const type = event.headers?.['content-type'] ?? event.headers?.['Content-Type'] ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new ValidationError('send the body as application/json', undefined, 415);
  const raw = event.isBase64Encoded && event.body ? Buffer.from(event.body, 'base64').toString('utf8') : event.body ?? '';
  const limit = config().maxTextChars * 4 + 16_384;
  if (Buffer.byteLength(raw, 'utf8') > limit) throw new ValidationError(`the body is larger than ${limit} bytes`, undefined, 413);
  if (!raw.trim()) throw new ValidationError('the body is empty; send a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new ValidationError(`the body is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ValidationError('the body must be a JSON object');
  return schema.parse(value);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

/** Wraps a route: runs it, serializes the reply, maps every error. */
export function route(fn: (event: APIGatewayProxyEvent) => Promise<Reply>) {
  return async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    try {
      const reply = await fn(event);
      return {
        statusCode: reply.status,
        headers: { 'content-type': 'application/json', ...CORS, ...reply.headers },
        body: JSON.stringify(reply.body),
      };
    } catch (e) {
      return toProblem(e);
    }
  };
}

export function header(event: APIGatewayProxyEvent, name: string): string | undefined {
  const h = event.headers ?? {};
  const key = Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? h[key] ?? undefined : undefined;
}
