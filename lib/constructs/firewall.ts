import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';

/**
 * AWS WAF in front of the API stage: AWS's common rule set (its 8 KB body-size rule counts instead of
 * blocking, since articles are longer; the handlers cap sizes themselves) and a per-IP rate limit.
 */
export class Firewall extends Construct {
  constructor(scope: Construct, id: string, props: { stage: Stage; requestsPer5MinPerIp?: number }) {
    super(scope, id);
    const visibility = (name: string) => ({ cloudWatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true });
    const acl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('factcheck-api'),
      rules: [
        {
          name: 'common', priority: 0, overrideAction: { none: {} }, visibilityConfig: visibility('factcheck-common'),
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet',
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
        },
        {
          name: 'rate', priority: 1, action: { block: {} }, visibilityConfig: visibility('factcheck-rate'),
          statement: { rateBasedStatement: { limit: props.requestsPer5MinPerIp ?? 2000, aggregateKeyType: 'IP' } },
        },
      ],
    });
    new CfnWebACLAssociation(this, 'Association', { resourceArn: props.stage.stageArn, webAclArn: acl.attrArn });
  }
}
