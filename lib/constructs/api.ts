import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccessLogField, AccessLogFormat, AuthorizationType, CognitoUserPoolsAuthorizer, Cors, LambdaIntegration, LogGroupLogDestination,
  Method, MethodLoggingLevel, ResponseType, RestApi, type IResource, type MethodDeploymentOptions,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { z } from 'zod';
import { memoryMb, timeoutSeconds } from '../function-settings.ts';
import { CORS_ALLOW_HEADERS, ROUTES } from '../routes.ts';
import { HandlerFunction } from './node-function.ts';
import type { Resources } from './permissions.ts';

export interface ApiProps {
  table: ITable;
  userPool: IUserPool;
  stateMachineArn: string;
  /** What the actions declared in lib/routes.ts apply to. */
  resources: Resources;
}

export const API_STAGE = 'v1';

/**
 * One JSON line per request: who, what, the answer, and when it is a 5xx or a refusal, why (the integration's
 * error, API Gateway's response type, WAF's answer) and where the time went, so the line an Api5xx alarm points
 * to says which of Lambda, the authorizer or WAF answered. No body, no header, no token.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: AccessLogField.contextRequestId(), ip: AccessLogField.contextIdentitySourceIp(), user: AccessLogField.contextIdentityUser(),
  requestTime: AccessLogField.contextRequestTime(), httpMethod: AccessLogField.contextHttpMethod(), resourcePath: AccessLogField.contextResourcePath(),
  status: AccessLogField.contextStatus(), protocol: AccessLogField.contextProtocol(), responseLength: AccessLogField.contextResponseLength(),
  responseLatency: AccessLogField.contextResponseLatency(), integrationStatus: AccessLogField.contextIntegrationStatus(),
  integrationLatency: AccessLogField.contextIntegrationLatency(), integrationError: AccessLogField.contextIntegrationErrorMessage(),
  errorType: AccessLogField.contextErrorResponseType(), authorizerError: AccessLogField.contextAuthorizerError(),
  wafResponse: AccessLogField.contextWafResponseCode(), xrayTraceId: AccessLogField.contextXrayTraceId(),
} as const;

/** Every method's limit (requests a second, and the burst): the stage's. */
export const STAGE_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/** The routes whose every request starts costly work: a Standard execution, a rebuild of the search index. */
export const COSTLY_METHODS = [{ method: 'POST', path: '/articles' }, { method: 'POST', path: '/search-index/rebuild' }] as const;

/** The CDK context key of their limit: {"rateLimit": N, "burstLimit": N}, each at most the stage's. */
export const COSTLY_THROTTLE_CONTEXT = 'factcheck:costlyMethodThrottle';

/** The context value (an object, or its JSON as `-c` gives it) or the default 5/s, burst 20; a malformed one fails the synth. */
export function methodThrottle(value: unknown): { rateLimit: number; burstLimit: number } {
  if (value === undefined || value === '') return { rateLimit: 5, burstLimit: 20 };
  let parsedJson: unknown = value;
  if (typeof value === 'string') {
    try {
      parsedJson = JSON.parse(value);
    } catch {
      parsedJson = undefined;
    }
  }
  const schema = z.object({
    rateLimit: z.number().positive().max(STAGE_THROTTLE.rateLimit),
    burstLimit: z.number().int().min(1).max(STAGE_THROTTLE.burstLimit),
  }).strict();
  const parsed = schema.safeParse(parsedJson);
  if (!parsed.success) {
    throw new Error(`context ${COSTLY_THROTTLE_CONTEXT}: expected {"rateLimit": 0 < n <= ${STAGE_THROTTLE.rateLimit}, "burstLimit": 1..${STAGE_THROTTLE.burstLimit}}, not ${JSON.stringify(value)}`);
  }
  return parsed.data;
}

/** API Gateway method settings ("<path>/<METHOD>") for the costly methods, logging as the stage does. */
function costlyMethodOptions(limit: { rateLimit: number; burstLimit: number }): Record<string, MethodDeploymentOptions> {
  return Object.fromEntries(COSTLY_METHODS.map((m) => [`${m.path}/${m.method}`, {
    throttlingRateLimit: limit.rateLimit, throttlingBurstLimit: limit.burstLimit, loggingLevel: MethodLoggingLevel.ERROR, dataTraceEnabled: false,
  }]));
}

/** CORS headers on API Gateway's own answers (the handlers add their own to theirs). */
export const GATEWAY_CORS = {
  'Access-Control-Allow-Origin': "'*'",
  'Access-Control-Allow-Headers': `'${CORS_ALLOW_HEADERS.join(',')}'`,
} as const;

/** The REST API of lib/routes.ts, behind a Cognito authorizer (all but /health and ClaimReview). */
export class Api extends Construct {
  readonly restApi: RestApi;
  readonly functions: Record<string, HandlerFunction> = {};
  /** The methods served without a token (health, ClaimReview). */
  readonly publicRoutes: Method[] = [];

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.restApi = new RestApi(this, 'RestApi', {
      // API Gateway's metrics (and so the 5xx alarm) are keyed by the API's name: the stack's, so two stacks in one
      // account and region (staging and production) do not share one "RestApi" series and page for each other.
      restApiName: `${Stack.of(this).stackName}-api`,
      // Execution and access logs need the account's API Gateway CloudWatch role: made here (and retained, as it
      // is account-wide) so a first deploy works; `-c apiGatewayCloudWatchRole=false` where the account has one.
      cloudWatchRole: this.node.tryGetContext('apiGatewayCloudWatchRole') !== false && this.node.tryGetContext('apiGatewayCloudWatchRole') !== 'false',
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      description: 'factcheck: submit articles, review claims, publish ClaimReview',
      deployOptions: {
        stageName: API_STAGE,
        throttlingRateLimit: STAGE_THROTTLE.rateLimit,
        throttlingBurstLimit: STAGE_THROTTLE.burstLimit,
        // Methods that start costly work (an execution of about 8 transitions, a rebuild of the whole search index)
        // get a lower limit of their own (ops10, N10), sized by the desk: -c factcheck:costlyMethodThrottle='{"rateLimit":5,"burstLimit":20}'.
        methodOptions: costlyMethodOptions(methodThrottle(this.node.tryGetContext(COSTLY_THROTTLE_CONTEXT))),
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: true,
        accessLogDestination: new LogGroupLogDestination(new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS })),
        accessLogFormat: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
      defaultCorsPreflightOptions: { allowOrigins: Cors.ALL_ORIGINS, allowHeaders: CORS_ALLOW_HEADERS },
      minCompressionSize: undefined,
    });
    // The execution log group (MethodLoggingLevel.ERROR writes there) is made by API Gateway itself at the first
    // request, never expiring; made here first, under the name it writes to, it has a retention like every other log.
    const executionLogs = new LogGroup(this, 'ExecutionLogs', {
      logGroupName: `API-Gateway-Execution-Logs_${this.restApi.restApiId}/${API_STAGE}`, retention: RetentionDays.ONE_MONTH,
    });
    this.restApi.deploymentStage.node.addDependency(executionLogs);
    // API Gateway's own refusals (and WAF's blocks) speak problem+json like the handlers, and carry the CORS
    // header: without it the console on CloudFront sees "Failed to fetch" instead of the answer.
    for (const [type, status, title] of [
      [ResponseType.UNAUTHORIZED, 401, 'Unauthorized'], [ResponseType.ACCESS_DENIED, 403, 'Forbidden'],
      [ResponseType.WAF_FILTERED, 403, 'Forbidden'], [ResponseType.MISSING_AUTHENTICATION_TOKEN, 404, 'Not Found'],
      [ResponseType.REQUEST_TOO_LARGE, 413, 'Payload Too Large'], [ResponseType.THROTTLED, 429, 'Too Many Requests'],
      [ResponseType.INTEGRATION_FAILURE, 504, 'Gateway Timeout'], [ResponseType.INTEGRATION_TIMEOUT, 504, 'Gateway Timeout'],
    ] as const) {
      this.restApi.addGatewayResponse(`${type.responseType}Response`, {
        type,
        statusCode: String(status),
        responseHeaders: { 'Content-Type': "'application/problem+json'", ...GATEWAY_CORS },
        templates: { 'application/json': `{"type":"https://factcheck.dev/problems/${status}","title":"${title}","status":${status},"detail":$context.error.messageString}` },
      });
    }
    // Every other refusal keeps API Gateway's status and body, readable from the console too.
    for (const type of [ResponseType.DEFAULT_4XX, ResponseType.DEFAULT_5XX]) {
      this.restApi.addGatewayResponse(`${type.responseType}Response`, { type, responseHeaders: GATEWAY_CORS });
    }
    const authorizer = new CognitoUserPoolsAuthorizer(this, 'Authorizer', { cognitoUserPools: [props.userPool], resultsCacheTtl: Duration.minutes(5) });
    const apiUrlEnv = { TABLE_NAME: props.table.tableName, STATE_MACHINE_ARN: props.stateMachineArn };

    for (const route of ROUTES) {
      let fn = this.functions[route.handler];
      if (!fn) {
        fn = new HandlerFunction(this, { handler: route.handler, environment: apiUrlEnv, timeout: Duration.seconds(timeoutSeconds(route.handler)), memorySize: memoryMb(route.handler) });
        fn.grantDeclared(props.resources);
        this.functions[route.handler] = fn;
      }
      const resource = route.path.split('/').filter(Boolean).reduce<IResource>((r, part) => r.getResource(part) ?? r.addResource(part), this.restApi.root);
      // No second permission per method for the console's "Test" button (test-invoke-stage): one per route
      // keeps the stack well under CloudFormation's 500 resources (it was at 424 of them with both).
      const method = resource.addMethod(route.method, new LambdaIntegration(fn, { allowTestInvoke: false }), route.auth
        ? { authorizer, authorizationType: AuthorizationType.COGNITO }
        : { authorizationType: AuthorizationType.NONE });
      if (!route.auth) this.publicRoutes.push(method);
    }
  }
}
