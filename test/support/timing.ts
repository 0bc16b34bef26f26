/**
 * Time limits in tests that scale with the machine: a loaded 2-core runner is several times slower than an
 * idle laptop, and a fixed 30 s limit fails there for no fault of the code. FACTCHECK_TEST_SLOWDOWN sets the
 * factor; otherwise it is the load per core when the run starts (1 to 8). Speed is measured by the
 * benchmark, never asserted here.
 */
import { cpus, loadavg } from 'node:os';

export function slowdown(): number {
  const set = Number(process.env.FACTCHECK_TEST_SLOWDOWN);
  if (Number.isFinite(set) && set >= 1) return set;
  const perCore = loadavg()[0] / Math.max(1, cpus().length);
  return Math.min(8, Math.max(1, Math.ceil(perCore)));
}

/** `ms` on an idle machine, stretched by the slowdown of this one. */
export const scaled = (ms: number) => Math.round(ms * slowdown());
