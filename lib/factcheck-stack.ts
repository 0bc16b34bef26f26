import { Aws, CfnOutput, Stack, Token, Validations, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api, API_STAGE } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
import { cognitoDomainUrl, ConsoleSite } from './constructs/console-site.ts';
import { Firewall } from './constructs/firewall.ts';
import { Storage } from './constructs/storage.ts';
import { Workflow } from './constructs/workflow.ts';

/** The whole service: table, workflow, API and user pool. */
export class FactCheckStack extends Stack {
  readonly storage: Storage;
  readonly workflow: Workflow;
  readonly api: Api;
  readonly auth: Auth;
  readonly site: ConsoleSite;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.storage = new Storage(this, 'Storage');
    this.site = new ConsoleSite(this, 'Console');
    this.auth = new Auth(this, 'Auth', { consoleUrl: this.site.url, domainPrefix: `${this.stackName.toLowerCase()}-${this.account}` });
    this.workflow = new Workflow(this, 'Workflow', { table: this.storage.table });
    this.api = new Api(this, 'Api', {
      table: this.storage.table, userPool: this.auth.userPool, stateMachineArn: this.workflow.stateMachine.stateMachineArn,
      resources: this.workflow.resources(this.storage.table),
    });
    // Public base URL for statusUrl and ClaimReview links, built from the API id (the stage URL would be a cycle).
    const baseUrl = `https://${this.api.restApi.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}/${API_STAGE}`;
    for (const fn of Object.values(this.api.functions)) fn.addEnvironment('PUBLIC_BASE_URL', baseUrl);
    this.site.deploy({ apiUrl: baseUrl, cognitoDomain: cognitoDomainUrl(this.auth.domain.domainName), clientId: this.auth.client.userPoolClientId });
    new Firewall(this, 'Firewall', { stage: this.api.restApi.deploymentStage });
    acknowledgeNagRules(this);
    new CfnOutput(this, 'ApiUrl', { value: this.api.restApi.url });
    new CfnOutput(this, 'ConsoleUrl', { value: this.site.url });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.storage.table.tableName });
    new CfnOutput(this, 'StateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
  }
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
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account}-${Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region}/*]`]) {
      ack(helper, id, "Inside the CDK's own deployment helpers (BucketDeployment, S3 auto-delete): the CDK writes these policies, scoped to the console bucket and the CDK asset bucket.");
    }
  }
  for (const r of stack.api.publicRoutes) {
    ack(r, 'AwsSolutions-APIG4', 'Public by design (DESIGN.md section 6): health checks and published ClaimReview.');
    ack(r, 'AwsSolutions-COG4', 'Public by design (DESIGN.md section 6): health checks and published ClaimReview.');
  }
}
