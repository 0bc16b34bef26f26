/**
 * The HTTP API (DESIGN.md section 6) in one table: the CDK app builds API Gateway from it, the local
 * server routes with it, and a test checks that openapi.yaml describes exactly these routes.
 */
export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** lambdas/handlers/<handler>.ts */
  handler: string;
  /** false: no token needed (health, published ClaimReview, the public fact-check pages). */
  auth: boolean;
}

/** Request headers a browser may send across origins (the console on CloudFront): CORS in AWS and locally. */
export const CORS_ALLOW_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key'];

export const ROUTES: RouteDef[] = [
  { method: 'GET', path: '/health', handler: 'health', auth: false },
  { method: 'POST', path: '/articles', handler: 'submit-article', auth: true },
  { method: 'GET', path: '/articles/{articleId}', handler: 'get-article', auth: true },
  { method: 'GET', path: '/articles/{articleId}/claimreview', handler: 'get-claimreview', auth: false },
  { method: 'GET', path: '/review-queue', handler: 'review-queue', auth: true },
  { method: 'GET', path: '/claims/{claimId}', handler: 'get-claim', auth: true },
  { method: 'GET', path: '/claims/{claimId}/history', handler: 'get-claim-history', auth: true },
  { method: 'PUT', path: '/claims/{claimId}/verdict', handler: 'record-verdict', auth: true },
  { method: 'PUT', path: '/articles/{articleId}/published-at', handler: 'correct-published-at', auth: true },
  { method: 'POST', path: '/claims/{claimId}/publication', handler: 'publish-claim', auth: true },
  { method: 'DELETE', path: '/claims/{claimId}/publication', handler: 'withdraw-claim', auth: true },
  { method: 'GET', path: '/claims/{claimId}/publication/preview', handler: 'preview-publication', auth: true },
  { method: 'GET', path: '/publication-queue', handler: 'publication-queue', auth: true },
  // The sitemap before /fact-checks/{claimId}: the local router takes the first match (API Gateway prefers the literal).
  { method: 'GET', path: '/fact-checks/sitemap.xml', handler: 'fact-check-sitemap', auth: false },
  { method: 'GET', path: '/fact-checks/{claimId}', handler: 'get-fact-check', auth: false },
  { method: 'GET', path: '/fact-checks', handler: 'list-fact-checks', auth: false },
  // The desk (DESIGN.md section 9).
  { method: 'GET', path: '/articles', handler: 'list-articles', auth: true },
  { method: 'GET', path: '/claims', handler: 'search-claims', auth: true },
  { method: 'POST', path: '/claims/{claimId}/lease', handler: 'take-lease', auth: true },
  { method: 'DELETE', path: '/claims/{claimId}/lease', handler: 'release-lease', auth: true },
  { method: 'POST', path: '/feeds', handler: 'create-feed', auth: true },
  { method: 'GET', path: '/feeds', handler: 'list-feeds', auth: true },
  { method: 'GET', path: '/feeds/{feedId}', handler: 'get-feed', auth: true },
  { method: 'DELETE', path: '/feeds/{feedId}', handler: 'delete-feed', auth: true },
  { method: 'POST', path: '/webhooks', handler: 'create-webhook', auth: true },
  { method: 'GET', path: '/webhooks', handler: 'list-webhooks', auth: true },
  { method: 'GET', path: '/webhooks/{webhookId}', handler: 'get-webhook', auth: true },
  { method: 'DELETE', path: '/webhooks/{webhookId}', handler: 'delete-webhook', auth: true },
  { method: 'GET', path: '/webhooks/{webhookId}/deliveries', handler: 'list-deliveries', auth: true },
  { method: 'POST', path: '/search-index/rebuild', handler: 'rebuild-search-index', auth: true },
];

/** The workflow's Task states and the handler each runs; the ASL names them as ${<Name>FunctionArn}. */
export const STEPS = {
  FetchPage: 'fetch-page',
  Normalize: 'normalize',
  ExtractClaims: 'extract-claims',
  CheckClaims: 'check-claims',
  AwaitReview: 'await-review',
  Finalize: 'finalize',
  MarkFailed: 'mark-failed',
} as const;
export type StepName = keyof typeof STEPS;

/**
 * Functions that are neither routes nor steps: run on a schedule (EventBridge Scheduler in AWS, a timer in
 * npm start; lib/constructs/intake.ts, lib/local/intake-timers.ts).
 */
export const JOBS = {
  PollFeeds: 'poll-feeds',
  DeliverWebhooks: 'deliver-webhooks',
} as const;

/**
 * The AWS actions each handler's code calls, one line per handler (routes and steps alike): its Lambda's
 * role is granted exactly these, on this stack's table (and its indexes, for Query), state machine or
 * executions (lib/constructs/permissions.ts). Add a line with each new handler; the bundle test records
 * the calls each bundle makes and fails on any action missing here, the template test on any extra grant.
 */
export const ACCESS: Record<string, readonly Action[]> = {
  health: [],
  'submit-article': ['dynamodb:PutItem', 'dynamodb:GetItem', 'states:StartExecution'],
  'get-article': ['dynamodb:Query'],
  'get-claimreview': ['dynamodb:GetItem', 'dynamodb:Query'],
  'review-queue': ['dynamodb:Query'],
  'get-claim': ['dynamodb:Query', 'dynamodb:GetItem'],
  'get-claim-history': ['dynamodb:Query'],
  'record-verdict': ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'states:SendTaskSuccess', 'events:PutEvents'],
  'publish-claim': ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'cloudfront:CreateInvalidation', 'events:PutEvents'],
  'withdraw-claim': ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'cloudfront:CreateInvalidation', 'events:PutEvents'],
  'preview-publication': ['dynamodb:Query', 'dynamodb:GetItem'],
  'publication-queue': ['dynamodb:Query'],
  'get-fact-check': ['dynamodb:GetItem'],
  'list-fact-checks': ['dynamodb:Query'],
  'fact-check-sitemap': ['dynamodb:Query'],
  normalize: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
  'extract-claims': ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem'],
  'check-claims': ['dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:BatchGetItem'],
  'await-review': ['dynamodb:UpdateItem', 'dynamodb:GetItem', 'states:SendTaskSuccess'],
  finalize: ['dynamodb:Query', 'dynamodb:UpdateItem', 'events:PutEvents'],
  'mark-failed': ['dynamodb:UpdateItem'],
  'fetch-page': ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  'correct-published-at': ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:BatchWriteItem'],
  'list-articles': ['dynamodb:Query', 'dynamodb:BatchGetItem'],
  'search-claims': ['dynamodb:Query', 'dynamodb:BatchGetItem'],
  'take-lease': ['dynamodb:UpdateItem', 'dynamodb:BatchGetItem'],
  'release-lease': ['dynamodb:UpdateItem', 'dynamodb:BatchGetItem'],
  'create-feed': ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'states:StartExecution'],
  'list-feeds': ['dynamodb:Query'],
  'get-feed': ['dynamodb:GetItem'],
  'delete-feed': ['dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem'],
  'rebuild-search-index': ['dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:BatchGetItem', 'dynamodb:UpdateItem', 'dynamodb:GetItem', 'dynamodb:PutItem'],
  'poll-feeds': ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'states:StartExecution'],
  'create-webhook': ['dynamodb:PutItem', 'dynamodb:GetItem'],
  'list-webhooks': ['dynamodb:Query'],
  'get-webhook': ['dynamodb:GetItem'],
  'delete-webhook': ['dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem'],
  'list-deliveries': ['dynamodb:GetItem', 'dynamodb:Query'],
  'deliver-webhooks': ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
};

/** The actions a handler may declare: each has a resource rule in lib/constructs/permissions.ts. */
export type Action =
  | `dynamodb:${'GetItem' | 'BatchGetItem' | 'Query' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'BatchWriteItem' | 'ConditionCheckItem'}`
  | `states:${'StartExecution' | 'SendTaskSuccess' | 'SendTaskFailure' | 'SendTaskHeartbeat' | 'DescribeExecution' | 'StopExecution'}`
  | 'cloudfront:CreateInvalidation'
  | 'events:PutEvents';

/** Every handler of the routes and steps, once. */
export const HANDLERS: string[] = [...new Set([...ROUTES.map((r) => r.handler), ...Object.values(STEPS), ...Object.values(JOBS)])];
