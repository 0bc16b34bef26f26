import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { EVENT_SOURCE } from '../../lambdas/adapters/events.ts';
import { EVENT_TYPES } from '../../lambdas/domain/intake/records.ts';
import { memoryMb, timeoutSeconds } from '../function-settings.ts';
import { ACCESS, JOBS } from '../routes.ts';
import { scheduleInvoking } from './intake.ts';
import { HandlerFunction } from './node-function.ts';
import type { DeadLetters } from './dead-letters.ts';
import type { Resources } from './permissions.ts';

/**
 * Events out: the `factcheck` EventBridge bus (ArticleChecked, VerdictRecorded, VerdictPublished, VerdictWithdrawn; detail
 * schema in lambdas/domain/intake/events.ts), a rule that hands each event to deliver-webhooks, and a
 * schedule that sweeps deliveries due again. The bus exists first (the emitting functions are granted
 * events:PutEvents on it); the delivery side is added once the table's grants are known.
 */
export class Events extends Construct {
  readonly bus: EventBus;
  deliverWebhooks?: HandlerFunction;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', { description: 'factcheck: ArticleChecked, VerdictRecorded, VerdictPublished, VerdictWithdrawn' });
  }

  /** deliver-webhooks on the bus rule and on a sweep every minute; EVENT_BUS_NAME for every function that emits. */
  addDelivery(props: { table: ITable; resources: Resources; emitters: HandlerFunction[]; deadLetters: DeadLetters }) {
    const fn = new HandlerFunction(this, {
      handler: JOBS.DeliverWebhooks,
      timeout: Duration.seconds(timeoutSeconds(JOBS.DeliverWebhooks)),
      memorySize: memoryMb(JOBS.DeliverWebhooks),
      environment: { TABLE_NAME: props.table.tableName },
    });
    fn.grantDeclared(props.resources);
    // An event the rule cannot hand over, or that fails in the function after Lambda's retries, is kept, not dropped.
    props.deadLetters.catchAsyncFailures(fn);
    new Rule(this, 'ToWebhooks', {
      eventBus: this.bus,
      description: 'factcheck: each event to its webhooks',
      eventPattern: { source: [EVENT_SOURCE], detailType: [...EVENT_TYPES] },
      targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(1), deadLetterQueue: props.deadLetters.queue })],
    });
    scheduleInvoking(this, 'WebhookSweepSchedule', fn, Duration.minutes(1), 'factcheck: deliver webhook deliveries due again', props.deadLetters);
    for (const f of props.emitters) if (ACCESS[f.handlerName]?.includes('events:PutEvents')) f.addEnvironment('EVENT_BUS_NAME', this.bus.eventBusName);
    this.deliverWebhooks = fn;
  }
}
