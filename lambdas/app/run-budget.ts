/**
 * The time of a scheduled run (poll-feeds, the webhook sweep) and of a fan-out: work is started only while
 * more than one unit of it can still finish (a fetch at its cap and the records after it), so a run ends by
 * itself before its function's timeout, and what it did not reach is left for the next run (oldest first), not
 * cut off half-done and reported as an error (ops10, N4).
 */
import pLimit from 'p-limit';
import { config } from '../config.ts';

export interface RunBudget {
  /** Milliseconds left in this run. */
  remainingMs(): number;
}

/** What a Lambda context gives (getRemainingTimeInMillis), else config().scheduledRunMs from now (npm start's in-process handlers). */
export function runBudget(context?: { getRemainingTimeInMillis?: () => number }): RunBudget {
  if (typeof context?.getRemainingTimeInMillis === 'function') return { remainingMs: () => context.getRemainingTimeInMillis!() };
  const deadline = Date.now() + config().scheduledRunMs;
  return { remainingMs: () => deadline - Date.now() };
}

/** Time kept back when a unit starts: one fetch at its cap and 5 s for what follows it (records, submissions). */
export const reserveMs = () => config().fetchTimeoutMs + 5_000;

/**
 * `work` over `items` in their order, at most `concurrency` at a time, each started only while the budget has
 * more than reserveMs left. Once one is not started, none after it is (the order is the priority: the next run
 * begins where this one stopped). `left`: how many were not started. An error is thrown once the units already
 * running are done (nothing more is started after it).
 */
export async function withinBudget<T, R>(items: readonly T[], concurrency: number, budget: RunBudget, work: (item: T) => Promise<R>): Promise<{ done: R[]; left: number }> {
  const limit = pLimit(concurrency);
  let stopped = false;
  let left = 0;
  const settled = await Promise.allSettled(items.map((item) => limit(async (): Promise<{ r: R } | undefined> => {
    if (stopped || budget.remainingMs() <= reserveMs()) {
      stopped = true;
      left++;
      return undefined;
    }
    try {
      return { r: await work(item) };
    } catch (e) {
      stopped = true;
      throw e;
    }
  })));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  const done = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value.r] : []));
  return { done, left };
}
