/** Settings of the local stack, read once from the environment. */
import { resolve } from 'node:path';

export interface LocalSettings {
  port: number;
  host: string;
  dataDir: string;
  reviewTimeoutSeconds: number;
  /** Milliseconds between retries of a failed step (AWS waits seconds; locally there is no reason to). */
  retryIntervalMs: number;
  /** The built console served at / (FACTCHECK_CONSOLE_DIR; default console/dist). */
  consoleDir?: string;
  /** How often the feed poller runs (EventBridge Scheduler's rate in AWS). */
  feedPollSeconds: number;
  /** source: the handlers' TypeScript in this process; bundles: the Lambda bundles of a synth, each in processes of its own. */
  handlers: 'source' | 'bundles';
  /** A cloud assembly to take the bundles from (default: synthesize one into <dataDir>/cdk.out at start). */
  cdkOut: string | undefined;
  /** How often deliveries due again are tried (a schedule every minute in AWS). */
  webhookSweepMs: number;
}

function int(name: string, dflt: number, min = 0): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return n;
}

export function localSettings(): LocalSettings {
  return {
    port: int('PORT', 3000),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: resolve(process.env.FACTCHECK_DATA_DIR ?? '.factcheck'),
    reviewTimeoutSeconds: int('REVIEW_TIMEOUT_SECONDS', 7 * 24 * 3600, 1),
    retryIntervalMs: int('FACTCHECK_RETRY_INTERVAL_MS', 50),
    consoleDir: process.env.FACTCHECK_CONSOLE_DIR ? resolve(process.env.FACTCHECK_CONSOLE_DIR) : undefined,
    feedPollSeconds: int('FACTCHECK_FEED_POLL_SECONDS', 300, 1),
    handlers: handlerMode(process.env.FACTCHECK_HANDLERS),
    cdkOut: process.env.FACTCHECK_CDK_OUT ? resolve(process.env.FACTCHECK_CDK_OUT) : undefined,
    webhookSweepMs: int('FACTCHECK_WEBHOOK_SWEEP_MS', 1000, 10),
  };
}

export const dataDir = () => resolve(process.env.FACTCHECK_DATA_DIR ?? '.factcheck');

function handlerMode(raw: string | undefined): 'source' | 'bundles' {
  if (raw === undefined || raw === '' || raw === 'source') return 'source';
  if (raw === 'bundles') return 'bundles';
  throw new Error(`FACTCHECK_HANDLERS must be "source" or "bundles", got "${raw}"`);
}
