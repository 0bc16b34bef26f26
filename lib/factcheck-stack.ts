import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Api, API_STAGE } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
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
    new CfnOutput(this, 'ApiUrl', { value: this.api.restApi.url });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.storage.table.tableName });
    new CfnOutput(this, 'StateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
  }
}
