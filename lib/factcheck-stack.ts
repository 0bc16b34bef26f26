import { Aws, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api, API_STAGE } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
import { Firewall } from './constructs/firewall.ts';
import { Storage } from './constructs/storage.ts';
import { Workflow } from './constructs/workflow.ts';

/** The whole service: table, workflow, API and user pool. */
export class FactCheckStack extends Stack {
  readonly storage: Storage;
  readonly workflow: Workflow;
  readonly api: Api;
  readonly auth: Auth;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.storage = new Storage(this, 'Storage');
    this.auth = new Auth(this, 'Auth');
    this.workflow = new Workflow(this, 'Workflow', { table: this.storage.table });
    this.api = new Api(this, 'Api', { table: this.storage.table, userPool: this.auth.userPool, stateMachineArn: this.workflow.stateMachineArn });
    // Public base URL for statusUrl and ClaimReview links, built from the API id (the stage URL would be a cycle).
    const baseUrl = `https://${this.api.restApi.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}/${API_STAGE}`;
    for (const fn of Object.values(this.api.functions)) fn.addEnvironment('PUBLIC_BASE_URL', baseUrl);
    new Firewall(this, 'Firewall', { stage: this.api.restApi.deploymentStage });
    acknowledgeNagRules(this);
    new CfnOutput(this, 'ApiUrl', { value: this.api.restApi.url });
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
  for (const r of stack.api.publicRoutes) {
    ack(r, 'AwsSolutions-APIG4', 'Public by design (DESIGN.md section 6): health checks and published ClaimReview.');
    ack(r, 'AwsSolutions-COG4', 'Public by design (DESIGN.md section 6): health checks and published ClaimReview.');
  }
}
