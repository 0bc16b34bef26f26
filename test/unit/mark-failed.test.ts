/** Why an article failed (ops10, N1): a page that could not be taken is `refused` (counted, not paged), the rest `error`. */
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { failureReason, markFailed } from '../../lambdas/app/steps.ts';
import { FetchRefusedError, TransientError, ValidationError } from '../../lambdas/domain/errors.ts';

describe('markFailed', () => {
  it('records the failure and says whether the page was refused or something went wrong', async () => {
    const written: [string, string, Record<string, unknown>][] = [];
    const deps = { repo: { setArticleStatus: async (id: string, status: string, fields: Record<string, unknown>) => void written.push([id, status, fields]) } } as unknown as Deps;
    const cause = (e: Error) => JSON.stringify({ errorType: e.name, errorMessage: e.message });
    const refused = new FetchRefusedError('the page answered 404');
    // Act
    const a = await markFailed(deps, 'art-1', { Error: refused.name, Cause: cause(refused) });
    const b = await markFailed(deps, 'art-2', { Error: 'TransientError', Cause: cause(new TransientError('DynamoDB is throttling')) });
    // Assert
    expect([a, b]).toEqual([{ status: 'FAILED', reason: 'refused' }, { status: 'FAILED', reason: 'error' }]);
    expect(written.map(([id, status, f]) => [id, status, f.failure])).toEqual([
      ['art-1', 'FAILED', 'FetchRefusedError: the page answered 404'], ['art-2', 'FAILED', 'TransientError: DynamoDB is throttling'],
    ]);
  });

  it('calls only FetchRefusedError refused: timeouts, invalid input, unknown and missing errors are errors', () => {
    expect(failureReason({ Error: 'FetchRefusedError' })).toBe('refused');
    for (const e of [{ Error: new ValidationError('x').name }, { Error: 'States.Timeout' }, { Error: 'Sandbox.Timedout' }, {}, undefined]) expect(failureReason(e), JSON.stringify(e)).toBe('error');
  });
});
