import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactCheckStack } from '../../lib/factcheck-stack.ts';

let app: App;
let stack: FactCheckStack;
beforeAll(() => {
  app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  stack = new FactCheckStack(app, 'Nag', { env: { account: '123456789012', region: 'eu-west-1' } });
});

describe('security', () => {
  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack) as { success: boolean; violations: { ruleName: string }[] };
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('grants no wildcard action, and "*" resources only to X-Ray and log delivery', () => {
    const template = Template.fromStack(stack);
    for (const [id, policy] of Object.entries<any>(template.findResources('AWS::IAM::Policy'))) {
      for (const st of policy.Properties.PolicyDocument.Statement) {
        const actions: string[] = [].concat(st.Action);
        for (const a of actions) expect(a, id).not.toContain('*');
        if ([].concat(st.Resource).includes('*' as never)) {
          for (const a of actions) expect(a, `${id}: ${a} on "*"`).toMatch(/^(xray:|logs:(Create|Get|Update|Delete|List)LogDeliver|logs:(PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)$)/);
        }
      }
    }
  });

  it('gives each function its own role and no AWS managed policy', () => {
    const template = Template.fromStack(stack);
    const fns = Object.values<any>(template.findResources('AWS::Lambda::Function'));
    const roles = new Set(fns.map((f) => JSON.stringify(f.Properties.Role)));
    expect(roles.size).toBe(fns.length);
    const lambdaRoles = Object.values<any>(template.findResources('AWS::IAM::Role'))
      .filter((r) => JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('lambda.amazonaws.com'));
    for (const r of lambdaRoles) expect(r.Properties.ManagedPolicyArns ?? []).toEqual([]);
  });

  it('requires MFA, protects the stage with WAF, and logs the state machine without execution data', () => {
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON' });
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', { LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false } });
  });
});
