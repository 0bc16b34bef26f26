/**
 * What every HTTP handler shares: roles from the authorizer's claims, JSON bodies, and the one mapping
 * from errors to application/problem+json (never a stack trace, never a 500 for bad input).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { defaultErrorMap, z, ZodEffects, ZodError, type AnyZodObject, type output, type ZodIssue, type ZodType } from 'zod';
import { isStaff } from '../app/visibility.ts';
import { config } from '../config.ts';
import {
  ConflictError, DomainError, ForbiddenError, NotFoundError, QueryParameterError, UnauthorizedError, ValidationError,
} from '../domain/errors.ts';
import { flushMetrics } from './metrics.ts';
import { crossQueryIssues, ParameterError } from './schemas.ts';

export const logger = new Logger({ serviceName: 'factcheck' });

/** The console is served from another origin in AWS (CloudFront); tokens travel in a header, not cookies. */
const CORS = { 'access-control-allow-origin': '*' };

/** 'staff': reviewers and editors, who see all (DESIGN.md section 9). */
export type Role = 'submitter' | 'reviewer' | 'editor' | 'staff';
export interface Caller {
  /** The token's `sub`: who owns what they submit (an article's submittedBy). */
  sub: string;
  /** A readable name (cognito:username, else email, else sub): the reviewer shown on a verdict. */
  subject: string;
  groups: string[];
}
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The body is already text in its content-type (HTML, XML): sent as it is, not as JSON. */
  raw?: boolean;
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

/** One refused input: where (`text`, `query.limit`, `(body)` for the body as a whole) and why. */
export interface InputIssue {
  path: string;
  message: string;
}

const a = (what: string) => (/^(undefined|null|nan)$/.test(what) ? what : `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}`);
const shown = (v: unknown) => (typeof v === 'string' && /^[\p{L}\p{N}_.-]{1,40}$/u.test(v) ? v : JSON.stringify(v)?.slice(0, 60) ?? String(v));

/** zod's default words for an issue in this project's words; a message a schema wrote itself is kept as written. */
function wordsOf(issue: ZodIssue): string {
  if (issue.message !== defaultErrorMap(issue, { defaultError: issue.message, data: undefined }).message) return issue.message;
  switch (issue.code) {
    case 'invalid_enum_value':
      return `must be one of: ${issue.options.join(', ')}; got ${shown(issue.received)}`;
    case 'invalid_type':
      return issue.received === 'undefined' ? 'is required' : `must be ${a(issue.expected)}, not ${a(issue.received)}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
      const unit = issue.type === 'string' ? ' characters' : issue.type === 'array' || issue.type === 'set' ? ' items' : '';
      if (issue.type === 'string' && small && bound === 1) return 'must not be empty';
      if (!unit && issue.type !== 'number' && issue.type !== 'bigint') return issue.message;
      const verb = unit === ' items' ? 'must hold' : 'must be';
      return issue.inclusive ? `${verb} ${small ? 'at least' : 'at most'} ${bound}${unit}` : `${verb} ${small ? 'more than' : 'less than'} ${bound}${unit}`;
    }
    default:
      return issue.message;
  }
}

/** The line of a problem's `detail` for one issue: "limit: must be at most 100"; an unknown name as what it is. */
const lineOf = (issue: InputIssue) => (/^unknown (query parameter|field) /.test(issue.message) ? issue.message : `${issue.path.replace(/^(query|path)\./, '')}: ${issue.message}`);

/** A 400's `detail` and `errors`: each issue is `{path, message}`, and a line of the detail, joined with "; " (one line: a CLI prints it as one). */
function problemOf(errors: InputIssue[]): { detail: string; errors: InputIssue[] } {
  return { detail: errors.map(lineOf).join('; '), errors };
}

/**
 * The one mapping of zod's issues to a problem's `detail` and `errors`. Each issue is `{path, message}` and a
 * line of the detail ("limit: must be at most 100"); an unknown key is named as what it is ("unknown query
 * parameter foo", "unknown field foo"). In the query, the path and a header (`source` 'query', 'path', 'header')
 * paths say so: `query.limit`, `path.claimId`, `header.Idempotency-Key`.
 */
export function inputProblem(e: ZodError, source: 'body' | 'query' | 'path' | 'header' = 'body'): { detail: string; errors: InputIssue[] } {
  const errors: InputIssue[] = [];
  const at = (name: string) => (source === 'body' ? name || '(body)' : `${source}.${name}`);
  for (const issue of e.issues) {
    const name = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = name ? `${name}.${key}` : key;
        errors.push({ path: at(full), message: `unknown ${source === 'query' ? 'query parameter' : 'field'} ${full}` });
      }
      continue;
    }
    errors.push({ path: at(name), message: wordsOf(issue) });
  }
  return problemOf(errors);
}

/** What a route reads from the query string: a strict zod object (refinements allowed), or nothing at all. */
export type QuerySchema = AnyZodObject | ZodEffects<AnyZodObject>;
/** A route that reads no query parameter: any one given is refused as unknown. */
const NO_QUERY = z.object({}).strict();

/** The names of the parameters a query schema reads. */
const parametersOf = (schema: QuerySchema) => Object.keys(((schema instanceof ZodEffects ? schema.innerType() : schema) as AnyZodObject).shape);

/**
 * The query string read with `schema`, every problem of it in one 400 (the query's paths, `query.<name>`): a
 * parameter the route does not read is unknown (however often given); one given twice (?q=a&q=b) is refused, not
 * read as its last value (API Gateway's REST proxy event puts the last value in queryStringParameters and all of
 * them in multiValueQueryStringParameters, and the local server builds both the same way, so the check reads the
 * latter); one given empty (?limit=) says so; the others go through the schema.
 */
function parseQuery<S extends QuerySchema>(event: APIGatewayProxyEvent, schema: S): output<S> {
  const single = event.queryStringParameters ?? {};
  const multi = event.multiValueQueryStringParameters ?? {};
  const known = new Set(parametersOf(schema));
  const errors: InputIssue[] = [];
  const given: Record<string, string> = {};
  for (const name of new Set([...Object.keys(single), ...Object.keys(multi)])) {
    const values = multi[name] ?? (single[name] === undefined || single[name] === null ? [] : [single[name]!]);
    const path = `query.${name}`;
    if (!known.has(name)) errors.push({ path, message: `unknown query parameter ${name}` });
    else if (values.length > 1) errors.push({ path, message: `given ${values.length} times; send it once` });
    else if (values[0] === '') errors.push({ path, message: 'is empty (send a value, or leave the parameter out)' });
    else if (values.length === 1) given[name] = values[0];
  }
  const parsed = schema.safeParse(given);
  if (!parsed.success) errors.push(...inputProblem(parsed.error, 'query').errors);
  errors.push(...crossQueryIssues(given, new Set(errors.map((e) => e.path))));
  if (errors.length) throw new ValidationError(problemOf(errors).detail, { errors });
  return parsed.data as output<S>;
}

/** The one place errors become HTTP statuses. */
export function toProblem(e: unknown): APIGatewayProxyResult {
  if (e instanceof ZodError) {
    const { detail, errors } = inputProblem(e);
    return problem(400, detail, { errors });
  }
  if (e instanceof ParameterError) {
    const { detail, errors } = inputProblem(e.issues, e.where);
    return problem(400, detail, { errors });
  }
  if (e instanceof QueryParameterError) {
    const { detail, errors } = problemOf([{ path: `query.${e.parameter}`, message: e.reason }]);
    return problem(400, detail, { errors });
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

/** A group name as this service defines them (submitters, reviewers, editors): nothing a list could be split on. */
const GROUP_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The groups of a token, exactly. The array form is taken element by element: a group named
 * "x,reviewers" is that one name and grants nothing. API Gateway passes every claim as a string
 * ("a,b" or "[a b]"): then the list is read only when every name in it is a plain group name, and the
 * array inside the bearer token itself (which the authorizer verified) is preferred when it is there.
 */
export function groupsOf(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.filter((g): g is string => typeof g === 'string');
  if (typeof raw !== 'string') return [];
  const inner = /^\[(.*)\]$/s.exec(raw.trim())?.[1] ?? raw;
  const names = inner.split(/[\s,]+/).filter(Boolean);
  return names.every((n) => GROUP_NAME.test(n)) ? names : [];
}

/** The payload of the request's bearer token, only when it is the token the authorizer's claims came from. */
function verifiedPayload(event: APIGatewayProxyEvent, claims: Record<string, unknown>): Record<string, unknown> | undefined {
  const token = /^(?:Bearer\s+)?([\w-]+)\.([\w-]+)\.[\w-]*$/i.exec(header(event, 'authorization') ?? '');
  if (!token) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(token[2], 'base64url').toString('utf8'));
    return payload && payload.sub === claims.sub && String(payload.iat) === String(claims.iat) ? payload : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The caller from the authorizer's claims: `sub` (the stable identity: articles are stored under it),
 * a display name (the reviewer's name on verdicts) and the exact groups. Only ID tokens count.
 */
export function callerOf(event: APIGatewayProxyEvent): Caller | undefined {
  const claims = claimsOf(event);
  if (!claims || typeof claims.sub !== 'string' || !claims.sub) return undefined;
  if (claims.token_use !== undefined && claims.token_use !== 'id') return undefined;
  const own = verifiedPayload(event, claims);
  // In a token, groups are an array (Cognito's form); a string there is no list of groups.
  const ownGroups = own?.['cognito:groups'] ?? own?.groups;
  const raw = own ? (Array.isArray(ownGroups) ? ownGroups : []) : claims['cognito:groups'] ?? claims.groups;
  const subject = String(claims['cognito:username'] ?? claims.email ?? claims.sub);
  return { sub: claims.sub, subject, groups: groupsOf(raw) };
}

export function requireRole(event: APIGatewayProxyEvent, role: Role): Caller {
  const caller = callerOf(event);
  if (!caller) throw new UnauthorizedError('a bearer token is required');
  // Reviewers decide, editors publish; anyone of the newsroom may submit and read (what they see: visibility).
  const ok = role === 'reviewer' ? caller.groups.includes('reviewers')
    : role === 'editor' ? caller.groups.includes('editors')
      : role === 'staff' ? isStaff(caller)
        : caller.groups.some((g) => g === 'submitters' || g === 'reviewers' || g === 'editors');
  if (!ok) throw new ForbiddenError(`this needs the ${role === 'staff' ? 'reviewer or editor' : role} role`);
  return caller;
}

/** A 400 about the body as a whole: its `errors` name it `(body)`, as every other 400 names what it is about. */
const bodyProblem = (message: string) => new ValidationError(message, { errors: [{ path: '(body)', message }] });

/** The bytes as UTF-8 text, or a 400: a body in another encoding would be stored with characters lost. */
function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bodyProblem('the body is not valid UTF-8: send JSON encoded as UTF-8');
  }
}

export function parseJsonBody<T>(event: APIGatewayProxyEvent, schema: ZodType<T>): T {
  const type = event.headers?.['content-type'] ?? event.headers?.['Content-Type'] ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new ValidationError('send the body as application/json', undefined, 415);
  const decoded = event.isBase64Encoded && event.body ? utf8(Buffer.from(event.body, 'base64')) : event.body ?? '';
  // A byte-order mark before the JSON (PowerShell's UTF-8 files, Notepad) is ignored, as RFC 8259 (8.1) allows.
  const raw = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const limit = config().limits.maxBodyBytes;
  if (Buffer.byteLength(raw, 'utf8') > limit) throw new ValidationError(`the body is larger than ${limit} bytes`, undefined, 413);
  if (!raw.trim()) throw bodyProblem('the body is empty; send a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw bodyProblem(`the body is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bodyProblem('the body must be a JSON object');
  return schema.parse(value);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

/** 204: done, nothing to say (a removal). */
export function noContent(): Reply {
  return { status: 204, body: '' };
}

/** A text reply (an HTML page, a sitemap), sent as it is. */
export function text(status: number, body: string, contentType: string, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'content-type': contentType, ...headers }, raw: true };
}

/**
 * Wraps a route: reads its query string first (`query`: the parameters it takes; none when not given, so any
 * parameter is refused as unknown), runs it with what was read, serializes the reply, maps every error.
 * `query: 'ignored'` for a public page, opened by links that carry whatever (?utm_source=...).
 */
export function route<S extends QuerySchema = typeof NO_QUERY>(
  fn: (event: APIGatewayProxyEvent, query: output<S>) => Promise<Reply>,
  opts: { query?: S | 'ignored' } = {},
) {
  const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    try {
      const query = opts.query === 'ignored' ? {} as output<S> : parseQuery(event, (opts.query ?? NO_QUERY) as S);
      const reply = await fn(event, query);
      if (reply.status === 204) return { statusCode: 204, headers: { ...CORS, ...reply.headers }, body: '' };
      return {
        statusCode: reply.status,
        headers: { 'content-type': 'application/json', ...CORS, ...reply.headers },
        body: reply.raw ? String(reply.body) : JSON.stringify(reply.body),
      };
    } catch (e) {
      return toProblem(e);
    } finally {
      flushMetrics();
    }
  };
  // What it reads, for the test that holds openapi.yaml to it (null: it ignores its query).
  return Object.assign(handler, { queryParameters: opts.query === 'ignored' ? null : parametersOf(opts.query ?? NO_QUERY) });
}

export function header(event: APIGatewayProxyEvent, name: string): string | undefined {
  const h = event.headers ?? {};
  const key = Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? h[key] ?? undefined : undefined;
}
