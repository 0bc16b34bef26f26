/** The text checks at the edge (issue #12, item 5): what reaches the store and ClaimReview is text a reader can trust. */
import { describe, expect, it } from 'vitest';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import {
  articleIdParam, articleListQuery, articlePageQuery, claimIdParam, claimSearchQuery, httpUrl, submitBody, verdictBody,
} from '../../lambdas/handlers/schemas.ts';
import { handler as listArticlesHandler } from '../../lambdas/handlers/list-articles.ts';
import { handler as searchClaimsHandler } from '../../lambdas/handlers/search-claims.ts';
import { toProblem } from '../../lambdas/handlers/http.ts';
import { bodyBytesFor } from '../../lambdas/config.ts';

const submit = submitBody(100_000);

describe('url and evidence links', () => {
  it.each([
    ['a line feed', 'https://example.org/a\nFirst line'],
    ['a tab', 'https://example.org/a\tb'],
    ['a NUL', 'https://example.org/a\u0000'],
    ['a right-to-left override', 'https://example.org/\u202Egpj.exe'],
    ['a bidi isolate', 'https://example.org/\u2067x'],
    ['a space', 'https://example.org/a b'],
    ['a zero-width space', 'https://exa\u200Bmple.org/'],
    ['a lone surrogate', 'https://example.org/\ud800'],
    ['credentials', 'https://user:pass@example.org/'],
    ['a user name', 'https://user@example.org/'],
    ['DEL', 'https://example.org/\u007F'],
    ['a C1 control', 'https://example.org/\u0085'],
    ['another scheme', 'javascript:alert(1)'],
    ['no host', 'https://'],
  ])('refuses %s', (_, url) => {
    expect(httpUrl.safeParse(url).success).toBe(false);
    expect(submit.safeParse({ text: 'Ten people were killed.', url }).success).toBe(false);
    expect(verdictBody().safeParse({ rating: 'true', expectedVersion: 0, evidence: [url] }).success).toBe(false);
  });

  it.each(['https://example.org/a?b=c#d', 'http://news.example/ar/%D8%AE%D8%A8%D8%B1', 'https://example.org/خبر'])('accepts %s', (url) => {
    expect(httpUrl.safeParse(url).success).toBe(true);
  });
});

describe('publishedAt', () => {
  it('takes a day or a date-time, and says both forms when it refuses one (trial 11, finding 12)', () => {
    for (const ok of ['2024-03-01', '2024-03-01T23:30:00-05:00', '2024-03-01T23:30Z']) expect(submit.safeParse({ text: 'x', publishedAt: ok }).success, ok).toBe(true);
    for (const bad of ['2099-01-01', '2024-02-30', '1 March 2024']) {
      const r = submit.safeParse({ text: 'x', publishedAt: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues[0].message).toMatch(/^must be an ISO date \(YYYY-MM-DD\) or date-time /);
    }
  });
});

describe('text, title and notes', () => {
  it.each([
    ['bidi isolates', 'abc \u2066x\u2069 cba'],
    ['an override', 'abc \u202E cba'],
    ['DEL', 'bell\u007F'],
    ['a C1 control', 'next\u0085line'],
    ['a replacement character (lost in decoding)', 'caf\uFFFD'],
  ])('refuses %s in text, title and note', (_, bad) => {
    expect(submit.safeParse({ text: `Ten people were killed. ${bad}` }).success).toBe(false);
    expect(submit.safeParse({ text: 'Ten people were killed.', title: bad }).success).toBe(false);
    expect(verdictBody().safeParse({ rating: 'true', expectedVersion: 0, note: bad }).success).toBe(false);
  });

  it.each([['zero-width characters', '\u200B\u200C\u200D\uFEFF'], ['spaces', ' \n\t '], ['punctuation', '…!?']])('refuses a text of only %s', (_, text) => {
    const r = submit.safeParse({ text });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('must hold words');
  });

  it('keeps what Arabic needs: marks, line breaks, tabs', () => {
    expect(submit.safeParse({ text: 'قتل\u200F 33 جنديا\tتركيا.\r\nالخبر', title: 'عنوان\u061C' }).success).toBe(true);
  });
});

describe('path parameters and numbers in the query', () => {
  const detail = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return JSON.parse(toProblem(e).body).detail as string;
    }
    throw new Error('no error');
  };
  it('names the parameter, not the body', () => {
    expect(detail(() => articleIdParam.parse('<script>'))).toBe('articleId: is not an article id');
    expect(detail(() => claimIdParam.parse('nope'))).toBe('claimId: is not a claim id');
    expect(articleIdParam.parse('art-0123456789abcdef0123')).toBe('art-0123456789abcdef0123');
  });
  it('says a limit must be a whole number in words a client can act on', () => {
    expect(detail(() => articlePageQuery.parse({ limit: 'ten' }))).toBe('limit: must be a whole number');
    expect(detail(() => articlePageQuery.parse({ limit: '2.5' }))).toBe('limit: must be a whole number');
  });
});

describe('query text with a malformed percent-escape (trial 4, finding 10)', () => {
  // API Gateway and the local server both pass an escape they cannot decode ("%ZZ") through as it was sent.
  const gatewayEvent = (q: string) => ({
    httpMethod: 'GET', headers: {}, queryStringParameters: { q }, multiValueQueryStringParameters: { q: [q] },
    requestContext: { authorizer: { claims: { sub: 'r1', token_use: 'id', 'cognito:groups': 'reviewers' } } },
  }) as unknown as APIGatewayProxyEvent;

  it.each([
    ['GET /claims', searchClaimsHandler],
    ['GET /articles', listArticlesHandler],
  ])('%s?q=%ZZ -> 400 problem+json naming q, from an API Gateway event', async (_, handler) => {
    const res = await handler(gatewayEvent('%ZZ'));
    expect(res.statusCode).toBe(400);
    expect(res.headers?.['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 400, detail: expect.stringMatching(/^q: has a malformed percent-escape/) });
  });

  it('refuses ?q=a&q=b from an API Gateway event (queryStringParameters holds the last value only) naming q (trial 5, finding 5)', async () => {
    const res = await searchClaimsHandler({ ...gatewayEvent('b'), multiValueQueryStringParameters: { q: ['a', 'b'] } } as APIGatewayProxyEvent);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ detail: 'q: given 2 times; send it once', errors: [{ path: 'query.q' }] });
  });

  it.each(['%ZZ', 'حلب %E', '%zq', 'x%G1'])('refuses %j', (q) => {
    expect(claimSearchQuery.safeParse({ q }).success).toBe(false);
    expect(articleListQuery.safeParse({ q }).success).toBe(false);
  });

  it.each(['50% of', '100%', 'حلب', '%41 as sent twice encoded', '% ', 'a % b'])('accepts %j (a %% before a space, a sign or the end is text)', (q) => {
    expect(claimSearchQuery.parse({ q }).q).toBe(q);
  });
});

describe('the body cap (trial 4, finding 6)', () => {
  const escaped = (value: unknown) => JSON.stringify(value).replace(/[\s\S]/g, (c) => (/[{}":,]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const worst = {
    text: 'ق'.repeat(100_000), title: 'ع'.repeat(500), source: 'م'.repeat(200), url: `https://e.example/${'a'.repeat(2048 - 18)}`,
    language: 'ar', publishedAt: '2026-11-20T12:00:00.000+03:00',
  };

  it('admits every field at its limit with every character \\u-escaped, and that body passes the schema', () => {
    const body = escaped(worst);
    expect(submit.safeParse(JSON.parse(body)).success).toBe(true);
    expect(Buffer.byteLength(body)).toBeGreaterThan(600_000);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(bodyBytesFor(100_000));
  });

  it("fits what API Gateway (10 MB) and a Lambda invocation (6 MB, base64 if binary) take", () => {
    expect(Math.ceil(bodyBytesFor(100_000) / 3) * 4).toBeLessThan(6 * 1024 * 1024 - 64 * 1024);
    expect(bodyBytesFor(100_000)).toBeLessThan(10 * 1024 * 1024);
  });
});
