/**
 * How every Lambda is bundled, in one place: the CDK app (NodejsFunction), the benchmark and the tests
 * that run the bundles use these options.
 *
 * keepNames: the state machine's Retry/Catch and the failure reasons match errors by `error.name`, which
 * the Lambda runtime reports as `errorType`. Minified without it, `TransientError` becomes a two-letter
 * class name and no Retry ever matches.
 */
export const BUNDLING = {
  format: 'esm',
  target: 'node22',
  minify: true,
  keepNames: true,
  sourceMap: true,
  mainFields: ['module', 'main'],
  // CommonJS dependencies call require(); an ES module has none unless it is made.
  banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
} as const;

/**
 * Which modules the bundles leave to the Lambda runtime. The Node.js 22 runtime ships AWS SDK v3, but
 * whichever version AWS installed that month (see bench/RESULTS.md section 4 for the cold-start figures
 * of both choices).
 */
export const EXTERNAL_MODULES: string[] = ['@aws-sdk/*'];
