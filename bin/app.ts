/** The CDK app: `npm run synth` (offline, no credentials, no Docker) and `npm run deploy`. */
import { App } from 'aws-cdk-lib';
import { FactCheckStack } from '../lib/factcheck-stack.ts';

const app = new App();
new FactCheckStack(app, app.node.tryGetContext('stackName') ?? 'FactCheck', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: 'factcheck: serverless fact-checking workflow for Arabic and English news',
});
