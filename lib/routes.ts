/**
 * The HTTP API (DESIGN.md section 6) in one table: the CDK app builds API Gateway from it, the local
 * server routes with it, and a test checks that openapi.yaml describes exactly these routes.
 */
export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** lambdas/handlers/<handler>.ts */
  handler: string;
  /** false: no token needed (health, published ClaimReview). */
  auth: boolean;
}

export const ROUTES: RouteDef[] = [
  { method: 'GET', path: '/health', handler: 'health', auth: false },
  { method: 'POST', path: '/articles', handler: 'submit-article', auth: true },
  { method: 'GET', path: '/articles/{articleId}', handler: 'get-article', auth: true },
  { method: 'GET', path: '/articles/{articleId}/claimreview', handler: 'get-claimreview', auth: false },
  { method: 'GET', path: '/review-queue', handler: 'review-queue', auth: true },
  { method: 'GET', path: '/claims/{claimId}', handler: 'get-claim', auth: true },
  { method: 'PUT', path: '/claims/{claimId}/verdict', handler: 'record-verdict', auth: true },
];

/** The workflow's Task states and the handler each runs; the ASL names them as ${<Name>FunctionArn}. */
export const STEPS = {
  Normalize: 'normalize',
  ExtractClaims: 'extract-claims',
  CheckClaims: 'check-claims',
  AwaitReview: 'await-review',
  Finalize: 'finalize',
  MarkFailed: 'mark-failed',
} as const;
export type StepName = keyof typeof STEPS;
