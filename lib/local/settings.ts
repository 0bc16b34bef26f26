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
  };
}

export const dataDir = () => resolve(process.env.FACTCHECK_DATA_DIR ?? '.factcheck');
