import { Aws, CfnOutput, Stack, Token, Validations, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ZodType } from 'zod';
import { organizationSchema, parseSetting, ratingScaleSchema } from '../lambdas/domain/publication-settings.ts';
import { Api, API_STAGE } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
import { cognitoDomainUrl, ConsoleSite } from './constructs/console-site.ts';
import { DeadLetters } from './constructs/dead-letters.ts';
import { Firewall } from './constructs/firewall.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { HandlerFunction } from './constructs/node-function.ts';
import { PublicPages } from './constructs/public-pages.ts';
import { ACCESS } from './routes.ts';
import { Events } from './constructs/events.ts';
import { Intake } from './constructs/intake.ts';
import { Storage } from './constructs/storage.ts';
import { Workflow } from './constructs/workflow.ts';

/** The whole service: table, workflow, API and user pool. */
export class FactCheckStack extends Stack {
  readonly storage: Storage;
  readonly workflow: Workflow;
  readonly api: Api;
  readonly auth: Auth;
  readonly site: ConsoleSite;
  readonly intake: Intake;
  readonly monitoring: Monitoring;
  readonly events: Events;
  readonly deadLetters: DeadLetters;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.storage = new Storage(this, 'Storage');
    this.site = new ConsoleSite(this, 'Console');
    this.auth = new Auth(this, 'Auth', { consoleUrl: this.site.url, domainPrefix: `${this.stackName.toLowerCase()}-${this.account}` });
    this.events = new Events(this, 'Events');
    this.deadLetters = new DeadLetters(this, 'DeadLetters');
    this.workflow = new Workflow(this, 'Workflow', { table: this.storage.table, eventBusArn: this.events.bus.eventBusArn });
    this.api = new Api(this, 'Api', {
      table: this.storage.table, userPool: this.auth.userPool, stateMachineArn: this.workflow.stateMachine.stateMachineArn,
      resources: { ...this.workflow.resources(this.storage.table), distributionArn: this.site.distribution.distributionArn },
    });
    this.intake = new Intake(this, 'Intake', {
      table: this.storage.table, resources: this.workflow.resources(this.storage.table), stateMachineArn: this.workflow.stateMachine.stateMachineArn,
      deadLetters: this.deadLetters,
    });
    this.events.addDelivery({
      table: this.storage.table, resources: this.workflow.resources(this.storage.table),
      emitters: [...Object.values(this.workflow.steps), ...Object.values(this.api.functions)],
      deadLetters: this.deadLetters,
    });
    // Public base URL for statusUrl and ClaimReview links, built from the API id (the stage URL would be a cycle).
    const baseUrl = `https://${this.api.restApi.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}/${API_STAGE}`;
    // The public fact-check pages: CloudFront (the console's distribution) caches them in front of the API.
    new PublicPages(this, 'PublicPages', { distribution: this.site.distribution, restApiId: this.api.restApi.restApiId, stage: API_STAGE });
    const publication = publicationEnvironment(this);
    for (const fn of Object.values(this.api.functions)) {
      fn.addEnvironment('PUBLIC_BASE_URL', baseUrl);
      fn.addEnvironment('PUBLIC_SITE_URL', this.site.url);
      for (const [k, v] of Object.entries(publication)) fn.addEnvironment(k, v);
      // Publishing and withdrawing invalidate the edge's copies of /fact-checks*.
      if (ACCESS[fn.handlerName]?.includes('cloudfront:CreateInvalidation')) fn.addEnvironment('PUBLIC_CACHE_DISTRIBUTION_ID', this.site.distribution.distributionId);
    }
    this.site.deploy({ apiUrl: baseUrl, cognitoDomain: cognitoDomainUrl(this.auth.domain.domainName), clientId: this.auth.client.userPoolClientId });
    new Firewall(this, 'Firewall', { stage: this.api.restApi.deploymentStage });
    // Every function of the stack, wherever it is made (workflow, API, intake jobs ...).
    const functions = Object.fromEntries(this.node.findAll().filter((c): c is HandlerFunction => c instanceof HandlerFunction).map((f) => [f.handlerName, f]));
    this.monitoring = new Monitoring(this, 'Monitoring', { stateMachine: this.workflow.stateMachine, functions, api: this.api.restApi, table: this.storage.table, deadLetterQueue: this.deadLetters.queue });
    acknowledgeNagRules(this);
    new CfnOutput(this, 'ApiUrl', { value: this.api.restApi.url });
    new CfnOutput(this, 'ConsoleUrl', { value: this.site.url });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'EventBusName', { value: this.events.bus.eventBusName });
    new CfnOutput(this, 'TableName', { value: this.storage.table.tableName });
    new CfnOutput(this, 'StateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn, description: 'Every alarm notifies this SNS topic: subscribe an address or a chat webhook to it' });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });
  }
}

/**
 * The desk's publication settings from the CDK context (cdk.json or `-c`), as the functions read them
 * (lambdas/config.ts): "factcheck:publisher" {name, url?, logo?} and "factcheck:ratingScale" [{id, labels, numeric}].
 * Validated here too, so a broken setting fails the synth, not the first request.
 */
function publicationEnvironment(scope: Construct): Record<string, string> {
  const env: Record<string, string> = {};
  const settings = [
    ['factcheck:publisher', 'FACTCHECK_PUBLISHER', organizationSchema],
    ['factcheck:ratingScale', 'FACTCHECK_RATING_SCALE', ratingScaleSchema],
  ] as const;
  for (const [key, variable, schema] of settings) {
    const value = scope.node.tryGetContext(key);
    if (value === undefined) continue;
    const json = typeof value === 'string' ? value : JSON.stringify(value);
    parseSetting(`context ${key}`, json, schema as ZodType<unknown>, undefined);
    env[variable] = json;
  }
  return env;
}

/**
 * cdk-nag AwsSolutions rules this stack does not follow, each with its reason (test/infra/nag.test.ts
 * fails on any other finding).
 */
function acknowledgeNagRules(stack: FactCheckStack) {
  const ack = (scope: Construct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
  ack(stack, 'AwsSolutions-COG8', 'The Essentials feature plan: Plus (threat protection) costs per active user and a newsroom pool is small and admin-created (no self sign-up).');
  ack(stack, 'AwsSolutions-L1', 'DESIGN.md pins Node.js 22, the runtime the code is tested for; moving up is a deliberate change.');
  ack(stack, 'AwsSolutions-APIG2', 'Bodies and parameters are validated by zod in each handler, which answers precise application/problem+json; an API Gateway validator would answer in its own format.');
  ack(stack, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]', 'The account-level role API Gateway needs to write access logs; this managed policy is the one AWS documents for it.');
  ack(stack, 'AwsSolutions-IAM5[Resource::*]', 'X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords) and Step Functions log delivery (logs:*LogDelivery*) support no resource-level permissions.');
  ack(stack, 'AwsSolutions-IAM5[Resource::<StorageTableB43FDCE7.Arn>/index/*]', "The table's own indexes (review queue, active articles, match keys): the functions query them by name.");
  ack(stack.deadLetters.queue, 'AwsSolutions-SQS3', 'This queue is the dead-letter queue (of the bus rule and the asynchronous functions): it needs none of its own.');
  const site = 'The reviewer console is a small static site with no personal data: ';
  ack(stack.site, 'AwsSolutions-S1', `${site}S3 server access logs would need a second bucket; CloudFront is the only reader (origin access control).`);
  ack(stack.site, 'AwsSolutions-CFR1', `${site}newsrooms anywhere may use it; no geo restriction.`);
  ack(stack.site, 'AwsSolutions-CFR2', `${site}WAF for CloudFront must live in us-east-1; the API it calls has its own WAF.`);
  ack(stack.site, 'AwsSolutions-CFR3', `${site}CloudFront standard logs need an ACL-enabled bucket; not worth it for static files.`);
  ack(stack.site, 'AwsSolutions-CFR4', `${site}the default *.cloudfront.net certificate; set a custom domain and certificate to require TLS 1.2.`);
  // The CDK's own helpers (BucketDeployment, S3 auto-delete): Lambdas the CDK maintains, scoped to the console bucket.
  const helpers = [...stack.node.children.filter((c) => c.node.id.startsWith('Custom::')), ...stack.site.node.children.filter((c) => c.node.id === 'Deploy')];
  for (const helper of helpers) {
    for (const id of ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]', 'AwsSolutions-IAM5[Action::s3:GetObject*]', 'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]', 'AwsSolutions-IAM5[Action::s3:Abort*]', 'AwsSolutions-L1',
      'AwsSolutions-IAM5[Resource::<ConsoleBucket86B6957C.Arn>/*]',
      // The asset bucket's ARN: with the partition as a reference, or resolved when the stack's region is known.
      ...['<AWS::Partition>', 'aws'].map((partition) => `AwsSolutions-IAM5[Resource::arn:${partition}:s3:::cdk-hnb659fds-assets-${Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account}-${Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region}/*]`)]) {
      ack(helper, id, "Inside the CDK's own deployment helpers (BucketDeployment, S3 auto-delete): the CDK writes these policies, scoped to the console bucket and the CDK asset bucket.");
    }
  }
  for (const r of stack.api.publicRoutes) {
    const reason = 'Public by design (DESIGN.md sections 6 and 9): health checks, published ClaimReview, the public fact-check pages, feed and sitemap.';
    ack(r, 'AwsSolutions-APIG4', reason);
    ack(r, 'AwsSolutions-COG4', reason);
  }
}
