/**
 * The one place that reads the environment for the Lambda code. Read lazily on first use, so the
 * local stack can set variables before handlers run, and fail fast with the variable's name.
 */
import { getNumberFromEnv, getStringFromEnv } from '@aws-lambda-powertools/commons/utils/env';
import { parseAllowList, type AllowList } from './domain/intake/address.ts';

export interface Config {
  tableName: string;
  stateMachineArn: string;
  /** How long AwaitReview waits for reviewers before the article becomes PARTIALLY_CHECKED. */
  reviewTimeoutSeconds: number;
  /** Largest article text accepted, in characters (DynamoDB items are capped at 400 KB). */
  maxTextChars: number;
  /** Public base URL of the API, used in statusUrl and ClaimReview urls ('' = relative). */
  publicBaseUrl: string;
  /** ADDRESS:PORT pairs fetched although they are loopback/private (tests, local fixtures); none by default. */
  fetchAllow: AllowList;
  /** Largest page, feed or webhook answer read, in bytes (after decompression too). */
  fetchMaxBytes: number;
  /** Time allowed for one fetch, redirects included. */
  fetchTimeoutMs: number;
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= {
    tableName: getStringFromEnv({ key: 'TABLE_NAME', errorMessage: 'TABLE_NAME must name the DynamoDB table' }),
    stateMachineArn: getStringFromEnv({ key: 'STATE_MACHINE_ARN', defaultValue: '' }),
    reviewTimeoutSeconds: getNumberFromEnv({ key: 'REVIEW_TIMEOUT_SECONDS', defaultValue: 7 * 24 * 3600 }),
    maxTextChars: getNumberFromEnv({ key: 'MAX_TEXT_CHARS', defaultValue: 100_000 }),
    publicBaseUrl: getStringFromEnv({ key: 'PUBLIC_BASE_URL', defaultValue: '' }),
    fetchAllow: parseAllowList(getStringFromEnv({ key: 'FACTCHECK_FETCH_ALLOW', defaultValue: '' })),
    fetchMaxBytes: getNumberFromEnv({ key: 'FACTCHECK_FETCH_MAX_BYTES', defaultValue: 2 * 1024 * 1024 }),
    fetchTimeoutMs: getNumberFromEnv({ key: 'FACTCHECK_FETCH_TIMEOUT_MS', defaultValue: 10_000 }),
  };
  return cached;
}

