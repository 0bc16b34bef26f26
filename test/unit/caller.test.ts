/** Roles from the authorizer's claims, exactly (issue #12, item 8): a group name never smuggles another. */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { callerOf, groupsOf, requireRole } from '../../lambdas/handlers/http.ts';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const event = (claims: Record<string, unknown>, payload?: Record<string, unknown>) => ({
  headers: payload ? { Authorization: `Bearer ${b64({ alg: 'RS256' })}.${b64(payload)}.sig` } : {},
  requestContext: { authorizer: { claims } },
}) as unknown as APIGatewayProxyEvent;

describe('groups', () => {
  it.each([
    [['reviewers', 'submitters'], ['reviewers', 'submitters']],
    [['x,reviewers'], ['x,reviewers']],
    [['[reviewers]'], ['[reviewers]']],
    ['reviewers,submitters', ['reviewers', 'submitters']],
    ['[reviewers submitters]', ['reviewers', 'submitters']],
    ['[reviewers, submitters]', ['reviewers', 'submitters']],
    ['submitters', ['submitters']],
    ['x;reviewers', []],
    ['[a b', []],
    [42, []],
    [null, []],
  ])('%j -> %j', (raw, groups) => {
    expect(groupsOf(raw)).toEqual(groups);
  });

  it('grants nothing for a group named "x,reviewers" in the token, though API Gateway passes it as a string', () => {
    // API Gateway turns ["x,reviewers"] into the string "x,reviewers"; the token it verified still says which it was.
    const payload = { sub: 'm', iat: 1700000000, 'cognito:groups': ['x,reviewers'], token_use: 'id' };
    const e = event({ sub: 'm', iat: '1700000000', 'cognito:groups': 'x,reviewers', token_use: 'id' }, payload);
    expect(callerOf(e)!.groups).toEqual(['x,reviewers']);
    expect(() => requireRole(e, 'reviewer')).toThrow(/reviewer role/);
  });

  it('ignores a bearer token that is not the one the claims came from', () => {
    const other = { sub: 'someone-else', iat: 1, 'cognito:groups': ['reviewers'] };
    const e = event({ sub: 'm', iat: '1700000000', 'cognito:groups': 'submitters', token_use: 'id' }, other);
    expect(callerOf(e)!.groups).toEqual(['submitters']);
  });

  it('takes the sub as identity and refuses tokens that are not ID tokens', () => {
    expect(callerOf(event({ sub: 'abc-123', 'cognito:username': 'rana', token_use: 'id' }))).toMatchObject({ sub: 'abc-123', subject: 'rana' });
    expect(callerOf(event({ sub: 'abc-123', token_use: 'access', 'cognito:groups': 'reviewers' }))).toBeUndefined();
    expect(callerOf(event({ 'cognito:groups': 'reviewers' }))).toBeUndefined();
  });
});

describe('groups inside the token', () => {
  it('are an array or nothing: a string there is no list', () => {
    const payload = { sub: 'm', iat: 1700000000, 'cognito:groups': 'x,reviewers', token_use: 'id' };
    const e = event({ sub: 'm', iat: '1700000000', 'cognito:groups': 'x,reviewers', token_use: 'id' }, payload);
    expect(callerOf(e)!.groups).toEqual([]);
  });
});
