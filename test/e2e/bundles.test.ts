/**
 * Runs what ships. The CDK app is synthesized once (every function bundled by esbuild as for AWS), and the
 * local stack runs on those bundles (FACTCHECK_HANDLERS=bundles): each function in Node.js processes of
 * its own, called as Lambda calls it (event in, result or {errorType, errorMessage} out), reaching
 * DynamoDB and Step Functions only through a gate that allows the actions lib/routes.ts declares for it.
 * The workflow runs the real ASL; a transient DynamoDB fault must be retried, a permanent one must end in
 * MarkFailed with a readable reason. The API bundles get API Gateway REST events as the Cognito
 * authorizer sends them. Generic over ROUTES and STEPS: a new route or step is covered as it is added.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueLocalToken } from '../../lib/local/auth.ts';
import { synthesize } from '../../lib/local/bundles.ts';
import type { GateCall } from '../../lib/local/aws-gate.ts';
import { startLocalStack, type LocalStack } from '../../lib/local/stack.ts';
import { ACCESS, ROUTES, STEPS, type RouteDef } from '../../lib/routes.ts';
import { ensureConsoleBuilt } from '../infra/console-build.ts';
import { articleStatus, call } from '../support/local-stack.ts';

const dir = mkdtempSync(join(tmpdir(), 'factcheck-bundles-'));
const log: string[] = [];
const faults = { transient: 0, permanent: 0 };
/** The marker of the article whose claim writes meet DynamoDB 500s, through every retry of the SDK. */
const TRANSIENT_MARK = '417 civilians';
/** Calls are faulted until ExtractClaims has completed this many invocations (set by the test). */
let transientUntil = 0;
const extractInvocations = () => stack.meter.get('extract-claims')?.count ?? 0;

/**
 * Faults, chosen by what a call carries: ExtractClaims' BatchWriteItem of the claim "417 civilians ..." is
 * answered InternalServerError until that invocation has failed (the SDK retries it itself first); Normalize's read of an article's text (only an article
 * submitted without a language needs it) finds no item: the text is gone, which no retry mends.
 */
function fault(c: GateCall) {
  if (c.handler === 'extract-claims' && c.action === 'dynamodb:BatchWriteItem' && c.body.includes(TRANSIENT_MARK) && extractInvocations() < transientUntil) {
    faults.transient++;
    return { status: 500, body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error (injected)' } };
  }
  if (c.handler === 'normalize' && c.action === 'dynamodb:GetItem' && c.body.includes('"#TEXT"')) {
    faults.permanent++;
    return { status: 200, body: {} };
  }
  return undefined;
}

let stack: LocalStack;
let submitter: string;
let reviewer: string;

beforeAll(async () => {
  await ensureConsoleBuilt();
  const cdkOut = await synthesize(join(dir, 'cdk.out'));
  Object.assign(process.env, { PORT: '0', FACTCHECK_DATA_DIR: join(dir, 'data'), POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'false' });
  stack = await startLocalStack({ handlers: 'bundles', cdkOut, fault, log: (l) => log.push(l) });
  const key = new Uint8Array(Buffer.from(readFileSync(join(dir, 'data', 'jwt-signing-key'), 'utf8').trim(), 'base64'));
  submitter = await issueLocalToken({ role: 'submitter', subject: 'submitter@test', key });
  reviewer = await issueLocalToken({ role: 'reviewer', subject: 'reviewer@test', key });
}, 240_000);

afterAll(async () => {
  if (process.env.FACTCHECK_TEST_LOG) console.log(log.join('\n'));
  await stack?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (n: number, extra = '') => `Officials said ${n} civilians were killed and ${n + 3} wounded in shelling on Tuesday.${extra}`;

describe('the workflow on the bundles', () => {
  it('takes an article through every step to CHECKED, with verdicts recorded by the record-verdict bundle', async () => {
    // Arrange
    const submitted = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: text(21), language: 'en', publishedAt: '2024-04-20' } });
    expect(submitted.status).toBe(202);
    const { articleId } = submitted.body;
    // Act
    const waiting = await articleStatus(stack.url, submitter, articleId, ['AWAITING_REVIEW', 'FAILED']);
    expect(waiting.status, waiting.failure).toBe('AWAITING_REVIEW');
    for (const c of waiting.claims) {
      const r = await call(stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: reviewer, body: { rating: 'false', note: 'hospital lists 9', expectedVersion: 0 } });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    // Assert
    const done = await articleStatus(stack.url, submitter, articleId, ['CHECKED', 'FAILED']);
    expect(done.status).toBe('CHECKED');
    expect(done.summary).toBeTruthy();
  });

  it('retries a transient fault: DynamoDB 500s past the SDK retries fail ExtractClaims once as TransientError, the next try succeeds', async () => {
    // Arrange
    transientUntil = extractInvocations() + 1;
    // Act
    const { body } = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: text(417), language: 'en', publishedAt: '2024-04-21' } });
    const a = await articleStatus(stack.url, submitter, body.articleId, ['AWAITING_REVIEW', 'FAILED']);
    // Assert
    expect(a.status, a.failure).toBe('AWAITING_REVIEW');
    expect(a.claims.length).toBeGreaterThan(0);
    expect(faults.transient).toBeGreaterThan(1); // the SDK's own retries met the fault too
    // The bundle's own log: the error by its class name, with its message (as CloudWatch would show it).
    const warning = log.filter((l) => l.startsWith('[extract-claims] ')).map((l) => JSON.parse(l.slice('[extract-claims] '.length)))
      .find((e) => e.message === 'extract-claims failed' && e.articleId === body.articleId);
    expect(warning, log.join('\n')).toBeDefined();
    expect(warning.error).toMatchObject({ name: 'TransientError', message: expect.stringContaining('InternalServerError') });
  });

  it('ends a permanent fault in MarkFailed: the article is FAILED with the error named and explained', async () => {
    // Arrange: no language, so Normalize reads the text, and finds none.
    const { body } = await call(stack.url, 'POST', '/articles', { token: submitter, body: { text: text(33, ' No language given.') } });
    // Act
    const a = await articleStatus(stack.url, submitter, body.articleId, ['FAILED', 'AWAITING_REVIEW']);
    // Assert
    expect(a.status).toBe('FAILED');
    expect(a.failure).toBe(`NotFoundError: the text of article ${body.articleId} is not stored`);
    expect(faults.permanent).toBe(1); // not retried: it is no transient error
  });

  it('calls no AWS action that lib/routes.ts does not declare for the function (what its IAM role allows)', async () => {
    const gate = stack.bundled!.gate!;
    expect(gate.denied.map((d) => `${d.handler}: ${d.action}`)).toEqual([]);
    // The gate is on the way: the calls of every step these articles went through passed it, each declared.
    for (const handler of ['normalize', 'extract-claims', 'check-claims', 'await-review', 'finalize', 'mark-failed']) {
      const calls = [...(gate.calls.get(handler) ?? [])];
      expect(calls.length, `${handler} made no call through the gate`).toBeGreaterThan(0);
      for (const action of calls) expect(ACCESS[handler], `${handler}: ${action}`).toContain(action);
    }
  });
});

describe('metrics', () => {
  it("the bundles write the service's counts in CloudWatch's embedded metric format, with their dimensions", async () => {
    // Arrange: the log lines of the articles above (submitted, extracted, decided, a step failed, one FAILED).
    // A bundle writes its metrics when its handler returns, which may be just after the status the test
    // above saw: the log is read again until they are all there (or the wait times out and says what is not).
    await vi.waitFor(() => {
      const emf = log.map((l) => /^\[([\w-]+)\] (\{.*"_aws".*\})$/.exec(l)).filter((m) => m !== null)
        .map((m) => ({ handler: m[1], ...JSON.parse(m[2]) }));
      // Act
      const named = (metric: string) => emf.filter((e) => e._aws.CloudWatchMetrics.some((d: any) => d.Metrics.some((x: any) => x.Name === metric)));
      // Assert
      for (const e of emf) expect(e._aws.CloudWatchMetrics[0].Namespace).toBe('factcheck');
      expect(named('ArticlesSubmitted').length).toBeGreaterThan(0);
      expect(named('ClaimsExtracted').map((e) => e.kind)).toEqual(expect.arrayContaining(['killed', 'injured']));
      expect(named('VerdictsRecorded').map((e) => e.rating)).toContain('false');
      expect(named('StepFailed').map((e) => e.step)).toEqual(expect.arrayContaining(['extract-claims', 'normalize']));
      expect(named('ArticlesFailed').length).toBe(1);
      // A permanent fault (NotFoundError), not a refused page: the reason that pages (ops10, N1).
      expect(named('ArticlesFailed').map((e) => e.reason)).toEqual(['error']);
    }, { timeout: 15_000, interval: 100 });
  });
});

describe('each step bundle', () => {
  it.each(Object.entries(STEPS))('%s reports an invalid input as errorType ValidationError', async (_, handler) => {
    const thrown = (await stack.bundled!.handler(handler)({ articleId: 'not an id' }).catch((e: Error) => e)) as Error;
    expect(thrown.name).toBe('ValidationError');
    // Step Functions puts the runtime's error JSON in Cause; MarkFailed reads errorMessage from it.
    expect(JSON.parse(thrown.message)).toMatchObject({ errorType: 'ValidationError', errorMessage: expect.stringMatching(/invalid input/) });
  });
});

const ALICE = randomUUID();

/** An API Gateway REST proxy event as API Gateway sends it after a Cognito user pool authorizer: every claim a string. */
function cognitoEvent(route: RouteDef, groups: string | null, opts: { body?: string; query?: Record<string, string> } = {}) {
  const path = route.path.replace(/\{(\w+)\}/g, (_, p: string) =>
    p === 'articleId' ? 'art-00000000000000000000' : p === 'claimId' ? 'art-00000000000000000000.casualty-1-2' : 'x');
  const now = new Date();
  const claims = groups === null ? undefined : {
    sub: ALICE, 'cognito:groups': groups, email_verified: 'true', iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEfGhI',
    'cognito:username': 'alice', origin_jti: randomUUID(), aud: '3n4b5urk1ft4fl3mg5e62d9ado', event_id: randomUUID(), token_use: 'id',
    auth_time: String(Math.floor(now.getTime() / 1000)), exp: now.toUTCString().replace('GMT', 'UTC'), iat: now.toUTCString().replace('GMT', 'UTC'),
    jti: randomUUID(), email: 'alice@example.org',
  };
  const headers: Record<string, string> = { Accept: 'application/json', Host: 'abc123.execute-api.eu-west-1.amazonaws.com', 'User-Agent': 'test', 'X-Forwarded-Proto': 'https' };
  if (claims) headers.Authorization = 'eyJraWQiOi...';
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    resource: route.path, path, httpMethod: route.method, headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: opts.query ?? null,
    multiValueQueryStringParameters: opts.query ? Object.fromEntries(Object.entries(opts.query).map(([k, v]) => [k, [v]])) : null,
    pathParameters: route.path.includes('{') ? Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map((m, i) => [m[1], path.split('/')[route.path.split('/').indexOf(m[0])] ?? String(i)])) : null,
    stageVariables: null,
    requestContext: {
      resourceId: 'abc123', resourcePath: route.path, httpMethod: route.method, extendedRequestId: 'Abc=', requestTime: now.toUTCString(),
      path: `/v1${path}`, accountId: '123456789012', protocol: 'HTTP/1.1', stage: 'v1', domainPrefix: 'abc123', requestTimeEpoch: now.getTime(),
      requestId: randomUUID(), identity: { sourceIp: '203.0.113.7', userAgent: 'test' }, domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      apiId: 'abc123', ...(claims ? { authorizer: { claims } } : {}),
    },
    body: opts.body ?? null,
    isBase64Encoded: false,
  };
}

const invokeRoute = async (route: RouteDef, event: unknown) => (await stack.bundled!.handler(route.handler)(event)) as APIGatewayProxyResult;
const byHandler = (h: string) => ROUTES.find((r) => r.handler === h)!;

describe('each API bundle, called with the event API Gateway and Cognito send', () => {
  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('%s answers without a 5xx, errors as problem+json', async (_, route) => {
    const body = ['GET', 'DELETE'].includes(route.method as string) ? undefined : '{}';
    const res = await invokeRoute(route, cognitoEvent(route, 'submitters,reviewers', { body }));
    expect(res.statusCode, res.body).toBeLessThan(500);
    if (res.statusCode >= 400) expect(String(res.headers?.['content-type'])).toMatch(/^application\/problem\+json/);
    expect(res.headers?.['access-control-allow-origin']).toBe('*');
  });

  it('reads the role from cognito:groups as a string: a lone group, several comma-separated, or none', async () => {
    const queue = byHandler('review-queue');
    expect((await invokeRoute(queue, cognitoEvent(queue, 'reviewers'))).statusCode).toBe(200);
    expect((await invokeRoute(queue, cognitoEvent(queue, 'submitters,reviewers'))).statusCode).toBe(200);
    const forbidden = await invokeRoute(queue, cognitoEvent(queue, 'submitters'));
    expect(forbidden.statusCode).toBe(403);
    expect(JSON.parse(forbidden.body)).toMatchObject({ status: 403, title: 'Forbidden' });
    expect((await invokeRoute(queue, cognitoEvent(queue, null))).statusCode).toBe(401);
  });

  it('submits an article from an authorizer event and finds it again', async () => {
    const submit = byHandler('submit-article');
    const res = await invokeRoute(submit, cognitoEvent(submit, 'submitters', { body: JSON.stringify({ text: text(58), language: 'en', publishedAt: '2024-04-22' }) }));
    expect(res.statusCode, res.body).toBe(202);
    const { articleId } = JSON.parse(res.body);
    const get = byHandler('get-article');
    const event = cognitoEvent(get, 'submitters');
    event.pathParameters = { articleId };
    const found = await invokeRoute(get, event);
    expect(found.statusCode, found.body).toBe(200);
    expect(JSON.parse(found.body).articleId).toBe(articleId);
  });
});
