import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ensureConsoleBuilt } from './console-build.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactCheckStack } from '../../lib/factcheck-stack.ts';
import { HANDLERS } from '../../lib/routes.ts';
import { cdkContext } from '../../lib/paths.ts';

let app: App;
let stack: FactCheckStack;
let synthesized: Template;
beforeAll(async () => {
  await ensureConsoleBuilt();
  app = new App({ context: { ...cdkContext(), 'aws:cdk:bundling-stacks': [] } });
  stack = new FactCheckStack(app, 'Nag', { env: { account: '123456789012', region: 'eu-west-1' } });
  // The synth is the slow part (tens of seconds on a loaded machine): once, in the hook, for every test.
  synthesized = Template.fromStack(stack);
});

describe('security', () => {
  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack) as { success: boolean; violations: { ruleName: string }[] };
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('grants no wildcard action, and "*" resources only to X-Ray and log delivery', () => {
    const template = synthesized;
    // The CDK's own helpers (BucketDeployment, S3 auto-delete) are acknowledged in the stack and left out here.
    const ours = Object.entries<any>(template.findResources('AWS::IAM::Policy')).filter(([id]) => !/^CustomCDKBucketDeployment|^CustomS3AutoDelete|ConsoleDeploy/.test(id));
    expect(ours.length).toBeGreaterThan(10);
    for (const [id, policy] of ours) {
      for (const st of policy.Properties.PolicyDocument.Statement) {
        const actions: string[] = [].concat(st.Action);
        for (const a of actions) expect(a, id).not.toContain('*');
        if ([].concat(st.Resource).includes('*' as never)) {
          for (const a of actions) expect(a, `${id}: ${a} on "*"`).toMatch(/^(xray:|logs:(Create|Get|Update|Delete|List)LogDeliver|logs:(PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)$)/);
        }
      }
    }
  });

  it('gives each of our functions its own role and no AWS managed policy', () => {
    const template = synthesized;
    const fns = Object.values<any>(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }));
    expect(fns.length).toBe(HANDLERS.length);
    const roleIds = fns.map((f) => f.Properties.Role['Fn::GetAtt'][0]);
    expect(new Set(roleIds).size).toBe(fns.length);
    const roles = template.findResources('AWS::IAM::Role');
    for (const id of roleIds) expect(roles[id].Properties.ManagedPolicyArns ?? [], id).toEqual([]);
  });

  it('requires MFA, protects the stage with WAF, and logs the state machine without execution data', () => {
    const template = synthesized;
    template.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON' });
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', { LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false } });
  });
});

describe('console site', () => {
  it('serves a private bucket through CloudFront with origin access control, HTTPS only, and its config', () => {
    const template = synthesized;
    template.hasResourceProperties('AWS::S3::Bucket', { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true } });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', { DistributionConfig: { DefaultRootObject: 'index.html', DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' } } });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', { AllowedOAuthFlows: ['code'], GenerateSecret: false });
    template.resourceCountIs('Custom::CDKBucketDeployment', 1);
  });
});
