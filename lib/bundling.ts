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
 * Which modules the bundles leave to the Lambda runtime: none. The Node.js 22 runtime ships an AWS SDK v3,
 * but importing it costs more at cold start than the tree-shaken copy in the bundle (about 2.5-3× for the
 * handlers that use DynamoDB: bench/RESULTS.md section 4, `npm run bench`), and it is whichever version AWS
 * installed that month, where the bundle pins the version the tests ran.
 */
export const EXTERNAL_MODULES: string[] = [];

/** The construct id of a handler's function (extract-claims -> ExtractClaimsFunction): how cdk.out names it. */
export const functionId = (handler: string) => `${handler.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}Function`;

/** The CloudWatch namespace of the service's own metrics (lambdas/handlers/metrics.ts), for the functions and the dashboard. */
export const METRICS_NAMESPACE = 'factcheck';
