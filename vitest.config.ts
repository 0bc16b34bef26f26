import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end files start their own local stack on a free port and data directory.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
