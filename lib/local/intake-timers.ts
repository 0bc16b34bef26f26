/**
 * What EventBridge Scheduler does in AWS, in npm start: runs the scheduled jobs (lib/routes.ts JOBS) on
 * timers, one run at a time each (a run that is still going when the next is due is not overlapped).
 */
export type Job = (event: unknown) => Promise<unknown>;

export function startTimers(jobs: { name: string; everyMs: number; run: Job; atStart?: boolean }[], log: (line: string) => void) {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();
  let stopped = false;
  const tick = async (name: string, run: Job) => {
    if (running.has(name) || stopped) return;
    running.add(name);
    try {
      await run({});
    } catch (e) {
      log(`${name} failed: ${(e as Error).message}`);
    } finally {
      running.delete(name);
    }
  };
  for (const { name, everyMs, run, atStart } of jobs) {
    if (atStart) void tick(name, run);
    const t = setInterval(() => void tick(name, run), everyMs);
    t.unref();
    timers.push(t);
  }
  return {
    stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
    },
  };
}
