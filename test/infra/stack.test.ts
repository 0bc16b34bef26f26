import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ensureConsoleBuilt } from './console-build.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactCheckStack } from '../../lib/factcheck-stack.ts';
import { ASL_FILE, cdkContext } from '../../lib/paths.ts';
import { ACCESS, HANDLERS, ROUTES, STEPS } from '../../lib/routes.ts';
import { HandlerFunction } from '../../lib/constructs/node-function.ts';
import { COSTLY_METHODS, GATEWAY_CORS, methodThrottle, STAGE_THROTTLE } from '../../lib/constructs/api.ts';
import { EVENT_NOT_PUBLISHED } from '../../lib/constructs/monitoring.ts';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnQueue } from 'aws-cdk-lib/aws-sqs';
import { TABLE_SCHEMA } from '../../lib/table-schema.ts';
import { timeoutSeconds } from '../../lib/function-settings.ts';

const aslValidator = createRequire(import.meta.url)('asl-validator') as (d: unknown) => { isValid: boolean; errors: unknown[] };

let template: Template;
let stack: FactCheckStack;
beforeAll(async () => {
  await ensureConsoleBuilt();
  // Bundling is skipped here (test/e2e/bundles.test.ts synthesizes with it and runs the bundles).
  const app = new App({ context: { ...cdkContext(), 'aws:cdk:bundling-stacks': [] } });
  stack = new FactCheckStack(app, 'Test', { env: { account: '123456789012', region: 'eu-west-1' } });
  template = Template.fromStack(stack);
});

describe('table', () => {
  it('has the key schema and indexes of lib/table-schema.ts, on demand, with PITR and encryption', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((i) => Match.objectLike({
        IndexName: i.name,
        KeySchema: [{ AttributeName: i.partitionKey, KeyType: 'HASH' }, { AttributeName: i.sortKey, KeyType: 'RANGE' }],
      })),
    });
  });
});

describe('functions', () => {
  it('run on Node.js 22, arm64, one per step, per route handler and per scheduled job', () => {
    const fns = template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x', Architectures: ['arm64'] } });
    expect(Object.keys(fns).length).toBe(HANDLERS.length);
  });
});

describe('state machine', () => {
  it('is Standard and its definition is the ASL file with every substitution resolved', () => {
    const [sm] = Object.values(template.findResources('AWS::StepFunctions::StateMachine')) as any[];
    expect(sm.Properties.StateMachineType).toBe('STANDARD');
    const asl = readFileSync(ASL_FILE, 'utf8');
    const placeholders = [...new Set([...asl.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]))];
    expect(placeholders.sort()).toEqual(Object.keys(STEPS).map((s) => `${s}FunctionArn`).sort());
    const subs = sm.Properties.DefinitionSubstitutions;
    for (const p of placeholders) expect(subs[p]).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/Function/), 'Arn'] });
    // The definition is the file itself; CloudFormation puts the function ARNs in for the ${...}.
    expect(JSON.parse(sm.Properties.DefinitionString)).toEqual(JSON.parse(asl));
  });

  it('may invoke each step function', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'lambda:InvokeFunction', Effect: 'Allow' })]) },
    });
  });
});

describe('the ASL file', () => {
  it('is valid Amazon States Language', () => {
    const asl = readFileSync(ASL_FILE, 'utf8').replace(/\$\{(\w+)\}/g, (_, n) => `arn:aws:lambda:us-east-1:123456789012:function:${n}`);
    const result = aslValidator(JSON.parse(asl));
    expect(result.errors).toEqual([]);
    expect(result.isValid).toBe(true);
  });

  it('retries transient errors and catches everything into MarkFailed on every step', () => {
    const asl = JSON.parse(readFileSync(ASL_FILE, 'utf8'));
    for (const [name, state] of Object.entries<any>(asl.States)) {
      if (state.Type !== 'Task' || name === 'MarkFailed') continue;
      expect(state.Retry[0].ErrorEquals, name).toContain('TransientError');
      expect(state.Catch.at(-1), name).toMatchObject({ ErrorEquals: ['States.ALL'], Next: 'MarkFailed' });
    }
    expect(asl.States.AwaitReview.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
  });

  it("retries on every step the Lambda service exceptions AWS's Step Functions guide lists, and Lambda's throttling", () => {
    // Arrange: "Handle Lambda service exceptions" (Step Functions developer guide, best practices).
    const serviceExceptions = ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'];
    const asl = JSON.parse(readFileSync(ASL_FILE, 'utf8'));
    // Assert
    for (const [name, state] of Object.entries<any>(asl.States)) {
      if (state.Type !== 'Task') continue;
      const retried = state.Retry.flatMap((r: any) => r.ErrorEquals);
      if (retried.includes('States.ALL')) continue;
      expect(retried, name).toEqual(expect.arrayContaining(serviceExceptions));
    }
    expect(asl.States.AwaitReview.Catch[0]).toMatchObject({ ErrorEquals: ['States.Timeout'], Next: 'FinalizePartially' });
  });

  it('retries States.Timeout only on a task whose own timeout can come before its function\'s (ops10, N7)', () => {
    // A Task's TimeoutSeconds above its function's timeout never fires first: a slow step ends as the function's
    // timeout (Sandbox.Timedout), which is not retried and goes to MarkFailed. Listing States.Timeout there says a
    // retry that cannot happen.
    const asl = JSON.parse(readFileSync(ASL_FILE, 'utf8'));
    const checked: string[] = [];
    for (const [name, state] of Object.entries<any>(asl.States)) {
      const fn = /^\$\{(\w+)FunctionArn\}$/.exec(state.Resource ?? '')?.[1];
      if (state.Type !== 'Task' || !fn) continue;
      const handler = STEPS[fn as keyof typeof STEPS];
      checked.push(name);
      const retried = (state.Retry ?? []).flatMap((r: any) => r.ErrorEquals);
      if (retried.includes('States.Timeout')) expect(state.TimeoutSeconds, `${name}: TimeoutSeconds vs ${handler}'s timeout`).toBeLessThan(timeoutSeconds(handler));
      // A hung invoke still ends: the task's own timeout is there, caught into MarkFailed.
      expect(state.TimeoutSeconds, name).toBeGreaterThanOrEqual(timeoutSeconds(handler));
    }
    expect(checked).toEqual(expect.arrayContaining(['FetchPage', 'Normalize', 'ExtractClaims', 'CheckClaims', 'Finalize', 'FinalizePartially', 'MarkFailed']));
  });
});

describe('API', () => {
  it('serves every route of lib/routes.ts', () => {
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method')) as any[];
    const served = methods.filter((m) => m.Properties.HttpMethod !== 'OPTIONS').map((m) => m.Properties.HttpMethod);
    expect(served.sort()).toEqual(ROUTES.map((r) => r.method).sort());
  });

  it('puts a Cognito authorizer on every route but /health and ClaimReview', () => {
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', { Type: 'COGNITO_USER_POOLS' });
    const methods = (Object.values(template.findResources('AWS::ApiGateway::Method')) as any[]).filter((m) => m.Properties.HttpMethod !== 'OPTIONS');
    const cognito = methods.filter((m) => m.Properties.AuthorizationType === 'COGNITO_USER_POOLS').length;
    expect(cognito).toBe(ROUTES.filter((r) => r.auth).length);
    expect(methods.length - cognito).toBe(ROUTES.filter((r) => !r.auth).length);
  });

  it('signs users in by e-mail address whatever its case (a setting no existing pool can change)', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', { UsernameAttributes: ['email'], UsernameConfiguration: { CaseSensitive: false } });
  });

  it('keeps the user pool on stack deletion and against a delete in the console, as the table', () => {
    const [pool] = Object.values<any>(template.findResources('AWS::Cognito::UserPool'));
    expect(pool).toMatchObject({ DeletionPolicy: 'Retain', Properties: { DeletionProtection: 'ACTIVE' } });
    const [table] = Object.values<any>(template.findResources('AWS::DynamoDB::Table'));
    expect(table).toMatchObject({ DeletionPolicy: 'Retain', Properties: { DeletionProtectionEnabled: true } });
  });

  it('has groups for submitters, reviewers and editors', () => {
    for (const g of ['submitters', 'reviewers', 'editors']) template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: g });
  });

  it("makes the stage's execution log group itself, before the stage, so that its logs expire", () => {
    // Arrange: the group API Gateway writes execution logs to (and would make, never expiring, if it did not exist).
    const [apiId] = Object.keys(template.findResources('AWS::ApiGateway::RestApi'));
    const [stageId, stage] = Object.entries<any>(template.findResources('AWS::ApiGateway::Stage'))[0];
    const groups = Object.entries<any>(template.findResources('AWS::Logs::LogGroup'))
      .filter(([, g]) => JSON.stringify(g.Properties.LogGroupName ?? '').includes('API-Gateway-Execution-Logs_'));
    // Assert
    expect(stage.Properties.MethodSettings[0].LoggingLevel).toBe('ERROR');
    expect(groups.map(([, g]) => g.Properties.LogGroupName)).toEqual([{ 'Fn::Join': ['', ['API-Gateway-Execution-Logs_', { Ref: apiId }, `/${stage.Properties.StageName}`]] }]);
    expect(groups[0][1].Properties.RetentionInDays).toBeGreaterThan(0);
    expect([].concat(template.toJSON().Resources[stageId].DependsOn ?? [])).toContain(groups[0][0]);
  });

  it('writes access logs that say why a request failed and where its time went', () => {
    // Arrange
    const [stage] = Object.values<any>(template.findResources('AWS::ApiGateway::Stage'));
    // Act
    const format = JSON.parse(stage.Properties.AccessLogSetting.Format);
    // Assert
    expect(format).toMatchObject({
      status: '$context.status', resourcePath: '$context.resourcePath', httpMethod: '$context.httpMethod', requestId: '$context.requestId',
      integrationError: '$context.integrationErrorMessage', errorType: '$context.error.responseType', wafResponse: '$context.wafResponseCode',
      responseLatency: '$context.responseLatency', integrationLatency: '$context.integrationLatency', authorizerError: '$context.authorizer.error',
    });
  });

  it('throttles and writes access logs', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      AccessLogSetting: Match.objectLike({ DestinationArn: Match.anyValue() }),
      MethodSettings: Match.arrayWith([Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 })]),
    });
  });
});

describe('least privilege', () => {
  /** Every action the policies attached to a role grant, with the resources of each. */
  const grants = (roleId: string) => Object.values<any>(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement)
    .flatMap((st: any) => [].concat(st.Action).map((action: string) => ({ action, resources: [].concat(st.Resource) })));

  it('declares the AWS actions of every handler in lib/routes.ts', () => {
    for (const h of HANDLERS) expect(ACCESS[h], `lib/routes.ts ACCESS has no line for ${h}`).toBeDefined();
  });

  /** A function's asynchronous failures go to the dead-letter queue (lib/constructs/dead-letters.ts): sending there, and only there. */
  const toDeadLetters = (g: { action: string; resources: unknown[] }) =>
    g.action === 'sqs:SendMessage' && JSON.stringify(g.resources) === JSON.stringify([{ 'Fn::GetAtt': [stack.getLogicalId(stack.deadLetters.queue.node.defaultChild as CfnQueue), 'Arn'] }]);

  it("grants each function exactly the actions declared for its handler, besides its own logs, X-Ray and the dead-letter queue", () => {
    const fns = stack.node.findAll().filter((c): c is HandlerFunction => c instanceof HandlerFunction);
    expect(fns.map((f) => f.handlerName).sort()).toEqual([...HANDLERS].sort());
    const resources = template.toJSON().Resources;
    for (const f of fns) {
      const h = f.handlerName;
      const fn = resources[stack.getLogicalId(f.node.defaultChild as CfnFunction)];
      const granted = grants(fn.Properties.Role['Fn::GetAtt'][0]).filter((g) => !/^(logs:(CreateLogStream|PutLogEvents)|xray:)/.test(g.action) && !toDeadLetters(g));
      expect([...new Set(granted.map((g) => g.action))].sort(), h).toEqual([...ACCESS[h]].sort());
      // On this stack's table, its indexes and its state machine and its event bus only; invalidations on its own distribution only.
      for (const g of granted) {
        const own = g.action === 'cloudfront:CreateInvalidation' ? /ConsoleDistribution/ : /StorageTable|WorkflowStateMachine|EventsBus/;
        for (const r of g.resources) expect(JSON.stringify(r), `${h}: ${g.action}`).toMatch(own);
      }
    }
  });
});

describe('asynchronous failures', () => {
  it('keep what every retry failed to invoke or run (bus events, scheduled runs) in a dead-letter queue whose depth pages', () => {
    // Arrange: every function invoked asynchronously, by a bus rule or a schedule.
    const resources = template.toJSON().Resources as Record<string, any>;
    const of = (type: string) => Object.entries<any>(resources).filter(([, r]) => r.Type === type);
    const queueId = stack.getLogicalId(stack.deadLetters.queue.node.defaultChild as CfnQueue);
    const queueArn = { 'Fn::GetAtt': [queueId, 'Arn'] };
    const ruleTargets = of('AWS::Events::Rule').flatMap(([, r]) => r.Properties.Targets);
    const asyncFunctions = new Set([...ruleTargets.map((t: any) => t.Arn), ...of('AWS::Scheduler::Schedule').map(([, s]) => s.Properties.Target.Arn)]
      .map((arn: any) => arn['Fn::GetAtt'][0]));
    expect([...asyncFunctions].sort()).toEqual([expect.stringMatching(/DeliverWebhooksFunction/), expect.stringMatching(/PollFeedsFunction/)]);
    // Assert: the rule's own dead-letter queue, for events it could not hand to the function...
    for (const t of ruleTargets) expect(t.DeadLetterConfig, t.Id).toEqual({ Arn: queueArn });
    // ...each schedule's invocations Scheduler could not make, after its retries (ops10, N5)...
    const schedules = of('AWS::Scheduler::Schedule').map(([, sch]) => sch.Properties);
    expect(schedules).toHaveLength(2);
    for (const sch of schedules) {
      expect(sch.Target.DeadLetterConfig, sch.Description).toEqual({ Arn: queueArn });
      expect(sch.Target.RetryPolicy.MaximumRetryAttempts, sch.Description).toBeGreaterThan(0);
    }
    // ...each function's failures after Lambda's retries, and no function or schedule but these may send there...
    const configs = of('AWS::Lambda::EventInvokeConfig').map(([, c]) => c.Properties);
    for (const fnId of asyncFunctions) {
      expect(configs.find((c) => c.FunctionName.Ref === fnId)?.DestinationConfig, fnId).toEqual({ OnFailure: { Destination: queueArn } });
    }
    const senders = of('AWS::IAM::Policy').filter(([, p]) => p.Properties.PolicyDocument.Statement.some((st: any) => [].concat(st.Action).some((a: string) => a.startsWith('sqs:'))));
    const roleOf = (fnId: string) => resources[fnId].Properties.Role['Fn::GetAtt'][0];
    const scheduleRoles = schedules.map((sch) => sch.Target.RoleArn['Fn::GetAtt'][0]);
    expect(senders.flatMap(([, p]) => p.Properties.Roles.map((r: any) => r.Ref)).sort()).toEqual([...[...asyncFunctions].map(roleOf), ...scheduleRoles].sort());
    // ...and a message in it pages.
    const [alarm] = of('AWS::CloudWatch::Alarm').filter(([, a]) => a.Properties.Namespace === 'AWS/SQS').map(([, a]) => a.Properties);
    expect(alarm).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [{ Ref: expect.stringMatching(/AlarmTopic/) }],
    });
  });
});

describe('deployability', () => {
  it("answers API Gateway's own refusals (401, 403, WAF blocks, 413, 429, every 4XX and 5XX) with CORS headers", () => {
    const responses = Object.values<any>(template.findResources('AWS::ApiGateway::GatewayResponse'));
    const types = responses.map((r) => r.Properties.ResponseType);
    for (const t of ['UNAUTHORIZED', 'ACCESS_DENIED', 'WAF_FILTERED', 'REQUEST_TOO_LARGE', 'THROTTLED', 'DEFAULT_4XX', 'DEFAULT_5XX']) expect(types).toContain(t);
    for (const r of responses) {
      expect(r.Properties.ResponseParameters, r.Properties.ResponseType).toMatchObject({
        'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
        'gatewayresponse.header.Access-Control-Allow-Headers': GATEWAY_CORS['Access-Control-Allow-Headers'],
      });
    }
  });

  it('invalidates the console at / as well as /index.html when it deploys', () => {
    const [deployment] = Object.values<any>(template.findResources('Custom::CDKBucketDeployment'));
    expect(deployment.Properties.DistributionPaths).toEqual(expect.arrayContaining(['/', '/index.html', '/config.json']));
  });

  it("stays under CloudFormation's 500 resources a stack, with one invoke permission per route (none for the console's Test button)", () => {
    // Arrange
    const resources = Object.values<any>(template.toJSON().Resources);
    const fromApi = resources.filter((r) => r.Type === 'AWS::Lambda::Permission' && r.Properties.Principal === 'apigateway.amazonaws.com');
    // Assert
    expect(fromApi).toHaveLength(ROUTES.length);
    for (const p of fromApi) expect(JSON.stringify(p.Properties.SourceArn)).not.toContain('test-invoke-stage');
    expect(resources.length).toBeLessThan(500);
  });

  it("logs the state machine under /aws/vendedlogs/states/, named after the stack (ops10, N12)", () => {
    // Step Functions adds a log group outside /aws/vendedlogs/ to the account's one CloudWatch Logs resource policy
    // (5,120 characters): with a stack per developer, deploys start failing. The name is made of AWS::StackName
    // (unique in an account and region), so it is no fixed string (the test below).
    const [machine] = Object.values<any>(template.findResources('AWS::StepFunctions::StateMachine'));
    const groupId = machine.Properties.LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0];
    const group = template.toJSON().Resources[groupId];
    expect(group.Properties.LogGroupName).toEqual({ 'Fn::Join': ['', ['/aws/vendedlogs/states/', { Ref: 'AWS::StackName' }, '-workflow']] });
    expect(group.Properties.RetentionInDays).toBe(30);
  });

  it('gives no fixed physical name to anything CloudFormation may have to replace', () => {
    const named = ['StateMachineName', 'TableName', 'FunctionName', 'RoleName', 'LogGroupName', 'TopicName', 'AlarmName', 'DashboardName', 'BucketName', 'QueueName', 'ManagedPolicyName'];
    for (const [id, res] of Object.entries<any>(template.toJSON().Resources)) {
      for (const key of named) expect(typeof res.Properties?.[key], `${id} (${res.Type}) has a fixed ${key}`).not.toBe('string');
    }
  });
});

describe('throttling (ops10, N10)', () => {
  it('gives the methods that start costly work (an execution, a reindex) a limit of their own below the stage\'s', () => {
    for (const m of COSTLY_METHODS) expect(ROUTES.some((r) => r.method === m.method && r.path === m.path), `${m.method} ${m.path}`).toBe(true);
    const [stage] = Object.values<any>(template.findResources('AWS::ApiGateway::Stage'));
    const settings = stage.Properties.MethodSettings as any[];
    expect(settings.find((x) => x.ResourcePath === '/*' && x.HttpMethod === '*')).toMatchObject({ ThrottlingRateLimit: STAGE_THROTTLE.rateLimit, ThrottlingBurstLimit: STAGE_THROTTLE.burstLimit });
    for (const m of COSTLY_METHODS) {
      // API Gateway's resource path in method settings: "/", then each "/" of the path written "~1".
      const resourcePath = `/${m.path.replaceAll('/', '~1')}`;
      expect(settings.find((x) => x.ResourcePath === resourcePath && x.HttpMethod === m.method), `${m.method} ${m.path}`)
        .toEqual({ ResourcePath: resourcePath, HttpMethod: m.method, ThrottlingRateLimit: 5, ThrottlingBurstLimit: 20, LoggingLevel: 'ERROR', DataTraceEnabled: false });
    }
    expect(settings).toHaveLength(1 + COSTLY_METHODS.length);
  });

  it('takes the limit from the context (cdk.json or -c factcheck:costlyMethodThrottle), and refuses one that is no limit', () => {
    expect(methodThrottle(undefined)).toEqual({ rateLimit: 5, burstLimit: 20 });
    expect(methodThrottle('{"rateLimit":2,"burstLimit":10}')).toEqual({ rateLimit: 2, burstLimit: 10 });
    expect(methodThrottle({ rateLimit: 0.5, burstLimit: 1 })).toEqual({ rateLimit: 0.5, burstLimit: 1 });
    for (const bad of ['5', '{"rateLimit":0,"burstLimit":10}', { rateLimit: 60, burstLimit: 10 }, { rateLimit: 5, burstLimit: 2.5 }, { rateLimit: 5 }, { rateLimit: 5, burstLimit: 20, extra: 1 }]) {
      expect(() => methodThrottle(bad), JSON.stringify(bad)).toThrow(/context factcheck:costlyMethodThrottle/);
    }
  });
});

describe('public fact-check pages', () => {
  it('are served through CloudFront in front of the API for /fact-checks*, cached by cursor and limit, GET only', () => {
    const [dist] = Object.values<any>(template.findResources('AWS::CloudFront::Distribution'));
    const behavior = dist.Properties.DistributionConfig.CacheBehaviors.find((b: any) => b.PathPattern === '/fact-checks*');
    expect(behavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'], Compress: true });
    const origin = dist.Properties.DistributionConfig.Origins.find((o: any) => o.Id === behavior.TargetOriginId);
    expect(origin).toMatchObject({ OriginPath: '/v1', CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } });
    expect(JSON.stringify(origin.DomainName)).toContain('execute-api');
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        DefaultTTL: 60,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: ['cursor', 'limit'] },
          HeadersConfig: { HeaderBehavior: 'none' },
          CookiesConfig: { CookieBehavior: 'none' },
        }),
      }),
    });
  });

  it('lets only publishing and withdrawing invalidate the distribution, and tells them which', () => {
    const fns = Object.values<any>(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }))
      .filter((f) => f.Properties.Environment?.Variables?.PUBLIC_CACHE_DISTRIBUTION_ID);
    expect(fns).toHaveLength(Object.values(ACCESS).filter((a) => a.includes('cloudfront:CreateInvalidation')).length);
    expect(fns.length).toBe(2);
    for (const f of fns) expect(f.Properties.Environment.Variables.PUBLIC_CACHE_DISTRIBUTION_ID).toEqual({ Ref: expect.stringMatching(/^ConsoleDistribution/) });
  });

  it('tell every API function where the public pages live, and has no dependency cycle', () => {
    const fns = Object.values<any>(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }))
      .filter((f) => f.Properties.Environment?.Variables?.PUBLIC_BASE_URL);
    expect(fns.length).toBe(new Set(ROUTES.map((r) => r.handler)).size);
    for (const f of fns) expect(JSON.stringify(f.Properties.Environment.Variables.PUBLIC_SITE_URL)).toContain('DomainName');
    // CloudFormation refuses a template whose resources refer to each other in a circle.
    const resources = template.toJSON().Resources as Record<string, any>;
    const edges = (r: any) => {
      const out = new Set<string>([].concat(r.DependsOn ?? []));
      JSON.stringify(r.Properties ?? {}, (k, v) => {
        if (k === 'Ref' && typeof v === 'string') out.add(v);
        if (k === 'Fn::GetAtt' && Array.isArray(v)) out.add(v[0]);
        return v;
      });
      return [...out].filter((id) => id in resources);
    };
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') throw new Error(`dependency cycle: ${[...path, id].join(' -> ')}`);
      state.set(id, 'visiting');
      for (const next of edges(resources[id])) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of Object.keys(resources)) visit(id, []);
  });
});

describe('intake', () => {
  it('polls feeds on an EventBridge Scheduler schedule whose role may invoke only the poll-feeds function (and send to the dead-letter queue only)', () => {
    const schedules = Object.values<any>(template.findResources('AWS::Scheduler::Schedule'));
    const poll = schedules.find((s) => s.Properties.Description.includes('poll every subscribed feed'));
    expect(poll.Properties).toMatchObject({ ScheduleExpression: 'rate(5 minutes)', FlexibleTimeWindow: { Mode: 'OFF' } });
    const target = poll.Properties.Target.Arn['Fn::GetAtt'][0];
    expect(target).toMatch(/PollFeedsFunction/);
    const roleId = poll.Properties.Target.RoleArn['Fn::GetAtt'][0];
    const statements = Object.values<any>(template.findResources('AWS::IAM::Policy'))
      .filter((p) => p.Properties.Roles.some((r: any) => r.Ref === roleId)).flatMap((p) => p.Properties.PolicyDocument.Statement);
    // Scheduler sends an invocation it could not make to the schedule's dead-letter queue with this role (ops10, N5).
    const queueId = stack.getLogicalId(stack.deadLetters.queue.node.defaultChild as CfnQueue);
    expect(statements).toEqual([
      expect.objectContaining({ Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [target, 'Arn'] } }),
      expect.objectContaining({ Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [queueId, 'Arn'] } }),
    ]);
  });
});

describe('operations', () => {
  it('alarms on failed executions, every function\'s errors and throttles, API 5xx and DynamoDB throttling, all to the SNS topic in the outputs', () => {
    const alarms = Object.values<any>(template.findResources('AWS::CloudWatch::Alarm'));
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
    for (const a of alarms) expect(a.Properties.AlarmActions, a.Properties.AlarmDescription).toEqual([{ Ref: topicId }]);
    const described = alarms.map((a) => a.Properties.AlarmDescription as string);
    expect(described.some((d) => /executions failed/i.test(d))).toBe(true);
    expect(described.some((d) => /5xx/.test(d))).toBe(true);
    expect(described.some((d) => /DynamoDB throttled/.test(d))).toBe(true);
    for (const h of HANDLERS) expect(described, h).toContain(`Lambda ${h}: errors or throttles`);
    template.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('pages when an event could not be put on the bus, counted from the log line of every function that emits', () => {
    // Arrange: the line lambdas/app/events.ts logs, and the log group of each function granted events:PutEvents.
    expect(readFileSync(new URL('../../lambdas/app/events.ts', import.meta.url), 'utf8')).toContain(`logger.error('${EVENT_NOT_PUBLISHED}'`);
    const fns = stack.node.findAll().filter((c): c is HandlerFunction => c instanceof HandlerFunction && ACCESS[c.handlerName].includes('events:PutEvents'));
    const filters = Object.values<any>(template.findResources('AWS::Logs::MetricFilter')).map((f) => f.Properties);
    // Assert
    expect(fns.length).toBeGreaterThan(0);
    for (const f of fns) {
      const logGroup = (template.toJSON().Resources[stack.getLogicalId(f.node.defaultChild as CfnFunction)]).Properties.LoggingConfig.LogGroup;
      const filter = filters.find((m) => JSON.stringify(m.LogGroupName) === JSON.stringify(logGroup));
      expect(filter, f.handlerName).toMatchObject({
        FilterPattern: `{ $.message = "${EVENT_NOT_PUBLISHED}" }`,
        MetricTransformations: [{ MetricNamespace: 'factcheck', MetricName: 'EventsNotPublished', MetricValue: '1' }],
      });
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'factcheck', MetricName: 'EventsNotPublished', Threshold: 1, AlarmActions: [{ Ref: Match.stringLikeRegexp('AlarmTopic') }],
    });
  });

  it("keys the API's metrics, and so its 5xx alarm, by a name of this stack's own", () => {
    // Arrange: API Gateway's metrics have the API's name as dimension; two stacks in one account share a series if their APIs share a name.
    const [api] = Object.values<any>(template.findResources('AWS::ApiGateway::RestApi'));
    const [alarm] = Object.values<any>(template.findResources('AWS::CloudWatch::Alarm', { Properties: { Namespace: 'AWS/ApiGateway', MetricName: '5XXError' } }));
    // Assert
    expect(api.Properties.Name).toContain(stack.stackName);
    expect(alarm.Properties.Dimensions).toEqual([{ Name: 'ApiName', Value: api.Properties.Name }]);
  });

  it('sets every feature flag cdk init recommends, and makes the account-wide API Gateway role on purpose, retained', () => {
    const recommended = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('aws-cdk-lib/recommended-feature-flags.json'), 'utf8'));
    const context = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;
    for (const [flag, value] of Object.entries(recommended)) expect(context[flag], flag).toEqual(value);
    const accounts = Object.values<any>(template.findResources('AWS::ApiGateway::Account'));
    expect(accounts).toHaveLength(1);
    const [role] = Object.values<any>(template.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'apigateway.amazonaws.com' } }] } } }));
    expect(role.DeletionPolicy).toBe('Retain');
  });
});

describe('events out', () => {
  it('has a bus whose rule hands every event type to deliver-webhooks, and a sweep every minute', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    const [rule] = Object.values<any>(template.findResources('AWS::Events::Rule'));
    expect(rule.Properties.EventPattern).toEqual({ source: ['factcheck'], 'detail-type': ['ArticleChecked', 'VerdictRecorded', 'VerdictPublished', 'VerdictWithdrawn'] });
    expect(rule.Properties.Targets[0].Arn['Fn::GetAtt'][0]).toMatch(/DeliverWebhooksFunction/);
    const sweep = Object.values<any>(template.findResources('AWS::Scheduler::Schedule')).find((s) => s.Properties.Description.includes('due again'));
    expect(sweep.Properties.ScheduleExpression).toBe('rate(1 minute)');
  });

  it('tells exactly the functions that emit where the bus is', () => {
    const withBus = Object.entries<any>(template.findResources('AWS::Lambda::Function')).filter(([, f]) => f.Properties.Environment?.Variables?.EVENT_BUS_NAME).map(([id]) => id.replace(/Function.*$/, ''));
    const emitters = Object.entries(ACCESS).filter(([, a]) => a.includes('events:PutEvents')).map(([h]) => h.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()));
    for (const e of emitters) expect(withBus.some((id) => id.endsWith(e)), e).toBe(true);
    expect(withBus).toHaveLength(emitters.length);
  });
});
