/**
 * DynamoDB faults that outlast the SDK's own retries (throttling, a 5xx, a timeout or a dropped
 * connection) become TransientError, which every step's Retry in the state machine matches by name and
 * retries over seconds. Other errors (a failed condition, a bad request) pass unchanged.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TransientError } from '../domain/errors.ts';

const TRANSIENT_NAMES = new Set([
  'ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'InternalServerError',
  'ServiceUnavailable', 'TimeoutError', 'RequestTimeout', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT',
]);

export function isTransient(e: unknown): boolean {
  const err = e as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } } | undefined;
  if (!err) return false;
  if (err.$retryable) return true;
  if ((err.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return TRANSIENT_NAMES.has(err.name ?? '') || TRANSIENT_NAMES.has(err.code ?? '');
}

export function transientAfterRetries(client: DynamoDBClient): void {
  client.middlewareStack.add((next) => async (args) => {
    try {
      return await next(args);
    } catch (e) {
      if (isTransient(e)) throw new TransientError(`${(e as Error).name}: ${(e as Error).message}`);
      throw e;
    }
  }, { step: 'initialize', name: 'factcheckTransientErrors' });
}
