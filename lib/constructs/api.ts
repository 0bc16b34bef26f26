import { Duration } from 'aws-cdk-lib';
import {
  AccessLogFormat, AuthorizationType, CognitoUserPoolsAuthorizer, Cors, LambdaIntegration, LogGroupLogDestination,
  Method, MethodLoggingLevel, ResponseType, RestApi, type IResource,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { memoryMb, timeoutSeconds } from '../function-settings.ts';
import { ROUTES } from '../routes.ts';
import { HandlerFunction } from './node-function.ts';
import { taskResponsePolicy } from './workflow.ts';

export interface ApiProps {
  table: ITable;
  userPool: IUserPool;
  stateMachineArn: string;
}

export const API_STAGE = 'v1';

/** Handlers that only read. */
const READ_ONLY = new Set(['health', 'get-article', 'get-claimreview', 'review-queue', 'get-claim']);

/** The REST API of lib/routes.ts, behind a Cognito authorizer (all but /health and ClaimReview). */
export class Api extends Construct {
  readonly restApi: RestApi;
  readonly functions: Record<string, HandlerFunction> = {};
  /** The methods served without a token (health, ClaimReview). */
  readonly publicRoutes: Method[] = [];

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.restApi = new RestApi(this, 'RestApi', {
      description: 'factcheck: submit articles, review claims, publish ClaimReview',
      deployOptions: {
        stageName: API_STAGE,
        throttlingRateLimit: 50,
        throttlingBurstLimit: 100,
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: true,
        accessLogDestination: new LogGroupLogDestination(new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS })),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields({
          caller: false, httpMethod: true, ip: true, protocol: true, requestTime: true, resourcePath: true,
          responseLength: true, status: true, user: true,
        }),
      },
      defaultCorsPreflightOptions: { allowOrigins: Cors.ALL_ORIGINS, allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'] },
      minCompressionSize: undefined,
    });
    // API Gateway's own refusals speak problem+json like the handlers.
    for (const [type, status, title] of [
      [ResponseType.UNAUTHORIZED, 401, 'Unauthorized'], [ResponseType.ACCESS_DENIED, 403, 'Forbidden'],
      [ResponseType.REQUEST_TOO_LARGE, 413, 'Payload Too Large'], [ResponseType.THROTTLED, 429, 'Too Many Requests'],
      [ResponseType.MISSING_AUTHENTICATION_TOKEN, 404, 'Not Found'],
    ] as const) {
      this.restApi.addGatewayResponse(`${title.replace(/\W/g, '')}Response`, {
        type,
        statusCode: String(status),
        responseHeaders: { 'Content-Type': "'application/problem+json'" },
        templates: { 'application/json': `{"type":"https://factcheck.dev/problems/${status}","title":"${title}","status":${status},"detail":$context.error.messageString}` },
      });
    }
    const authorizer = new CognitoUserPoolsAuthorizer(this, 'Authorizer', { cognitoUserPools: [props.userPool], resultsCacheTtl: Duration.minutes(5) });
    const apiUrlEnv = { TABLE_NAME: props.table.tableName, STATE_MACHINE_ARN: props.stateMachineArn };

    for (const route of ROUTES) {
      let fn = this.functions[route.handler];
      if (!fn) {
        fn = new HandlerFunction(this, { handler: route.handler, environment: apiUrlEnv, timeout: Duration.seconds(timeoutSeconds(route.handler)), memorySize: memoryMb(route.handler) });
        if (READ_ONLY.has(route.handler)) props.table.grantReadData(fn);
        else props.table.grantReadWriteData(fn);
        if (route.handler === 'submit-article') fn.addToRolePolicy(new PolicyStatement({ actions: ['states:StartExecution'], resources: [props.stateMachineArn] }));
        if (route.handler === 'record-verdict') fn.addToRolePolicy(taskResponsePolicy(props.stateMachineArn));
        this.functions[route.handler] = fn;
      }
      const resource = route.path.split('/').filter(Boolean).reduce<IResource>((r, part) => r.getResource(part) ?? r.addResource(part), this.restApi.root);
      const method = resource.addMethod(route.method, new LambdaIntegration(fn), route.auth
        ? { authorizer, authorizationType: AuthorizationType.COGNITO }
        : { authorizationType: AuthorizationType.NONE });
      if (!route.auth) this.publicRoutes.push(method);
    }
  }
}
