/**
 * Who the alarms page (lib/constructs/monitoring.ts): the addresses of the CDK context key factcheck:alarmEmail
 * are subscribed to the alarm topic at deploy. On a small stack of its own (no functions), so it needs no bundling.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { MockIntegration, RestApi } from 'aws-cdk-lib/aws-apigateway';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, Pass, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { ALARM_EMAIL_CONTEXT, Monitoring } from '../../lib/constructs/monitoring.ts';

function synth(context: Record<string, unknown>) {
  const stack = new Stack(new App({ context }), 'Alarms');
  const api = new RestApi(stack, 'Api');
  api.root.addMethod('GET', new MockIntegration());
  new Monitoring(stack, 'Monitoring', {
    stateMachine: new StateMachine(stack, 'Machine', { definitionBody: DefinitionBody.fromChainable(new Pass(stack, 'Pass')) }),
    functions: {}, api, deadLetterQueue: new Queue(stack, 'Dlq'),
    table: new Table(stack, 'Table', { partitionKey: { name: 'PK', type: AttributeType.STRING } }),
  });
  return Template.fromStack(stack);
}

describe('alarm notifications', () => {
  it('subscribe each address of factcheck:alarmEmail to the alarm topic, and none without it', () => {
    // Act
    const subscribed = synth({ [ALARM_EMAIL_CONTEXT]: 'oncall@desk.example, editor@desk.example' });
    const unset = synth({});
    // Assert
    const subs = Object.values<any>(subscribed.findResources('AWS::SNS::Subscription')).map((s) => s.Properties);
    const [topicId] = Object.keys(subscribed.findResources('AWS::SNS::Topic'));
    expect(subs.map((s) => [s.Protocol, s.Endpoint]).sort()).toEqual([['email', 'editor@desk.example'], ['email', 'oncall@desk.example']]);
    for (const s of subs) expect(s.TopicArn).toEqual({ Ref: topicId });
    unset.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('takes a list from cdk.json, and fails the synth on what is not an address', () => {
    expect(Object.keys(synth({ [ALARM_EMAIL_CONTEXT]: ['oncall@desk.example'] }).findResources('AWS::SNS::Subscription'))).toHaveLength(1);
    expect(() => synth({ [ALARM_EMAIL_CONTEXT]: 'oncall@desk.example,oncall' })).toThrow(/factcheck:alarmEmail: not e-mail addresses/);
  });
});

describe('failed articles (ops10, N1)', () => {
  it('page for executions failed less those whose page was refused (routine with feeds), counted by reason', () => {
    const template = synth({});
    const alarms = Object.values<any>(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const failed = alarms.find((a) => /executions failed/i.test(a.AlarmDescription));
    const byId = Object.fromEntries(failed.Metrics.map((m: any) => [m.Id, m]));
    // The alarm's value: the expression, over the state machine's failures and ArticlesFailed with reason=refused.
    expect(failed.Metrics.filter((m: any) => m.ReturnData !== false).map((m: any) => m.Expression)).toEqual(['failed - FILL(refused, 0)']);
    expect(byId.failed.MetricStat.Metric).toMatchObject({ Namespace: 'AWS/States', MetricName: 'ExecutionsFailed' });
    expect(byId.refused.MetricStat.Metric).toEqual({
      Namespace: 'factcheck', MetricName: 'ArticlesFailed', Dimensions: expect.arrayContaining([{ Name: 'reason', Value: 'refused' }, { Name: 'service', Value: 'factcheck' }]),
    });
    expect(byId.refused.MetricStat.Metric.Dimensions).toHaveLength(2);
    expect(failed).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });
});
