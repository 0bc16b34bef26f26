import { defineConfig } from 'vitest/config';
import { slowdown } from './test/support/timing.ts';

// Decided once per run and passed to the workers, so every file scales its waits alike.
const factor = slowdown();
process.env.FACTCHECK_TEST_SLOWDOWN ??= String(factor);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000 * factor,
    hookTimeout: 60_000 * factor,
    teardownTimeout: 30_000,
    // End-to-end files start their own local stack on a free port and data directory.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
