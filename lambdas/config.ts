/**
 * The one place that reads the environment for the Lambda code. Read lazily on first use, so the
 * local stack can set variables before handlers run, and fail fast with the variable's name.
 */
import { getNumberFromEnv, getStringFromEnv } from '@aws-lambda-powertools/commons/utils/env';

export interface Config {
  tableName: string;
  stateMachineArn: string;
  /** How long AwaitReview waits for reviewers before the article becomes PARTIALLY_CHECKED. */
  reviewTimeoutSeconds: number;
  /** Largest article text accepted, in characters (DynamoDB items are capped at 400 KB). */
  maxTextChars: number;
  /** Public base URL of the API, used in statusUrl and ClaimReview urls ('' = relative). */
  publicBaseUrl: string;
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= {
    tableName: getStringFromEnv({ key: 'TABLE_NAME', errorMessage: 'TABLE_NAME must name the DynamoDB table' }),
    stateMachineArn: getStringFromEnv({ key: 'STATE_MACHINE_ARN', defaultValue: '' }),
    reviewTimeoutSeconds: getNumberFromEnv({ key: 'REVIEW_TIMEOUT_SECONDS', defaultValue: 7 * 24 * 3600 }),
    maxTextChars: getNumberFromEnv({ key: 'MAX_TEXT_CHARS', defaultValue: 100_000 }),
    publicBaseUrl: getStringFromEnv({ key: 'PUBLIC_BASE_URL', defaultValue: '' }),
  };
  return cached;
}

