import { Duration } from 'aws-cdk-lib';
import {
  Alarm, ComparisonOperator, Dashboard, GraphWidget, MathExpression, Metric, TextWidget, TreatMissingData, type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { z } from 'zod';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../bundling.ts';
import { ACCESS } from '../routes.ts';
import type { HandlerFunction } from './node-function.ts';

export interface MonitoringProps {
  stateMachine: StateMachine;
  /** Every function, by handler name. */
  functions: Record<string, HandlerFunction>;
  api: RestApi;
  table: ITable;
  /** Asynchronous invocations and events that failed every retry (lib/constructs/dead-letters.ts). */
  deadLetterQueue: IQueue;
}


const FIVE_MINUTES = Duration.minutes(5);

/**
 * What lambdas/app/events.ts logs when an event could not be put on the bus (it never undoes the verdict or the
 * step that caused it): the event is lost for its webhooks and EventBridge consumers, so it pages.
 */
export const EVENT_NOT_PUBLISHED = 'event not published';

/**
 * Alarms on what means the service is failing (failed executions, Lambda errors and throttles, API 5xx,
 * DynamoDB throttling), all to one SNS topic (subscribe to it: the stack outputs its ARN), and one
 * dashboard of the same signals and the service's own counts.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // Encrypted with a key of our own: CloudWatch cannot publish to a topic under the AWS managed SNS key.
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'factcheck alarm topic' });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true });
    // Who is paged, from the deploy (`-c factcheck:alarmEmail=oncall@desk.example`, or a list in cdk.json): an alarm
    // topic nobody subscribed to pages no one. Each address confirms the subscription AWS mails it.
    for (const address of alarmEmails(this.node.tryGetContext(ALARM_EMAIL_CONTEXT))) this.topic.addSubscription(new EmailSubscription(address));
    const action = new SnsAction(this.topic);
    const own = (name: string, dimensions?: Record<string, string>) =>
      new Metric({ namespace: METRICS_NAMESPACE, metricName: name, dimensionsMap: { service: 'factcheck', ...dimensions }, period: FIVE_MINUTES, statistic: 'Sum' });
    const articlesFailed = (reason: 'refused' | 'error') => own('ArticlesFailed', { reason }).with({ label: `ArticlesFailed (${reason})` });
    const alarm = (name: string, metric: IMetric, description: string, threshold = 1) => {
      const a = new Alarm(this, name, {
        metric, threshold, evaluationPeriods: 1, alarmDescription: description,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    // Every FAILED article fails its execution, a page its link could not give (404, paywall, not HTML) too: routine
    // with feeds, and paging for it teaches people to ignore the page (ops10, N1). mark-failed counts ArticlesFailed by
    // reason; executions failed less those refused leaves a step failing past its retries, and MarkFailed itself
    // failing (an article left PROCESSING, nothing counted).
    alarm('ExecutionsFailed', new MathExpression({
      expression: 'failed - FILL(refused, 0)',
      usingMetrics: { failed: props.stateMachine.metricFailed({ period: FIVE_MINUTES, statistic: 'Sum' }), refused: articlesFailed('refused') },
      period: FIVE_MINUTES, label: 'executions failed, refused fetches aside',
    }), 'FactCheck executions failed for a reason other than a refused fetch (a step failing past its retries, or MarkFailed itself failing); refused fetches are ArticlesFailed reason=refused on the dashboard');
    for (const [handler, fn] of Object.entries(props.functions)) {
      const errors = new MathExpression({
        expression: 'errors + throttles',
        usingMetrics: { errors: fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }), throttles: fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }) },
        period: FIVE_MINUTES, label: `${handler} errors + throttles`,
      });
      alarm(`${handler.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}Errors`, errors, `Lambda ${handler}: errors or throttles`);
    }
    alarm('Api5xx', props.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }), 'API answered 5xx');
    const throttled = new MathExpression({
      expression: 'reads + writes',
      usingMetrics: {
        reads: tableMetric(props.table, 'ReadThrottleEvents'),
        writes: tableMetric(props.table, 'WriteThrottleEvents'),
      },
      period: FIVE_MINUTES, label: 'DynamoDB throttle events',
    });
    alarm('DynamoDbThrottled', throttled, 'DynamoDB throttled reads or writes on the table');
    alarm('DeadLetters', props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      'Dead-letter queue not empty: an event not delivered to webhooks, or a feed poll or webhook sweep that failed every retry (records hold the request and the error)');

    // Events lost before the bus: counted from the log line of each function that emits (Powertools' JSON "message").
    for (const [handler, fn] of Object.entries(props.functions)) {
      if (!ACCESS[handler]?.includes('events:PutEvents')) continue;
      new MetricFilter(this, `${fn.node.id}EventsNotPublished`, {
        logGroup: fn.logGroup, metricNamespace: METRICS_NAMESPACE, metricName: 'EventsNotPublished', metricValue: '1',
        filterPattern: FilterPattern.stringValue('$.message', '=', EVENT_NOT_PUBLISHED),
      });
    }
    alarm('EventsNotPublished', new Metric({ namespace: METRICS_NAMESPACE, metricName: 'EventsNotPublished', period: FIVE_MINUTES, statistic: 'Sum' }),
      'Events not put on the EventBridge bus (logged "event not published"): webhooks and bus consumers missed them');

    const fns = Object.entries(props.functions);
    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(24) });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# factcheck\nAlarms go to the SNS topic in the stack outputs (AlarmTopicArn).', width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Articles', width: 12,
        left: [own('ArticlesSubmitted'), own('ClaimsExtracted'), own('VerdictsRecorded'), articlesFailed('refused'), articlesFailed('error')],
      }),
      new GraphWidget({
        title: 'Executions', width: 12,
        left: [props.stateMachine.metricStarted({ period: FIVE_MINUTES }), props.stateMachine.metricSucceeded({ period: FIVE_MINUTES }), props.stateMachine.metricFailed({ period: FIVE_MINUTES })],
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Lambda errors', width: 12, left: fns.map(([h, f]) => f.metricErrors({ period: FIVE_MINUTES, label: h })) }),
      new GraphWidget({ title: 'Lambda duration p95 (ms)', width: 12, left: fns.map(([h, f]) => f.metricDuration({ period: FIVE_MINUTES, statistic: 'p95', label: h })) }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API', width: 12,
        left: [props.api.metricCount({ period: FIVE_MINUTES }), props.api.metricClientError({ period: FIVE_MINUTES }), props.api.metricServerError({ period: FIVE_MINUTES })],
        right: [props.api.metricLatency({ period: FIVE_MINUTES, statistic: 'p95' })],
      }),
      new GraphWidget({ title: 'DynamoDB throttling', width: 12, left: [throttled] }),
    );
  }
}

/** The CDK context key naming who the alarms notify by e-mail. */
export const ALARM_EMAIL_CONTEXT = 'factcheck:alarmEmail';

/** The addresses of the context value: one, comma-separated, or a JSON list; a malformed one fails the synth, not the first page. */
export function alarmEmails(value: unknown): string[] {
  if (value === undefined || value === '') return [];
  const list = Array.isArray(value) ? value : String(value).split(',').map((a) => a.trim());
  const parsed = z.array(z.string().email()).safeParse(list);
  if (!parsed.success) throw new Error(`context ${ALARM_EMAIL_CONTEXT}: not e-mail addresses: ${JSON.stringify(value)}`);
  return parsed.data;
}

function tableMetric(table: ITable, metricName: string): Metric {
  return new Metric({ namespace: 'AWS/DynamoDB', metricName, dimensionsMap: { TableName: table.tableName }, period: FIVE_MINUTES, statistic: 'Sum' });
}
