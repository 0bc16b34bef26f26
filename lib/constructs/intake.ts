import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { memoryMb, timeoutSeconds } from '../function-settings.ts';
import { JOBS } from '../routes.ts';
import type { DeadLetters } from './dead-letters.ts';
import type { Resources } from './permissions.ts';
import { HandlerFunction } from './node-function.ts';

export interface IntakeProps {
  table: ITable;
  resources: Resources;
  stateMachineArn: string;
  /** How often every feed is polled (FACTCHECK_FEED_POLL_SECONDS locally). */
  feedPollEvery?: Duration;
  /** Where a poll that failed after Lambda's retries is kept. */
  deadLetters: DeadLetters;
}

/**
 * Feeds in: the poll-feeds function on an EventBridge Scheduler schedule (new feeds are polled at once
 * by POST /feeds). Its fetches go through the safe fetcher like FetchPage's.
 */
export class Intake extends Construct {
  readonly pollFeeds: HandlerFunction;
  readonly schedule: CfnSchedule;

  constructor(scope: Construct, id: string, props: IntakeProps) {
    super(scope, id);
    this.pollFeeds = new HandlerFunction(this, {
      handler: JOBS.PollFeeds,
      timeout: Duration.seconds(timeoutSeconds(JOBS.PollFeeds)),
      memorySize: memoryMb(JOBS.PollFeeds),
      environment: { TABLE_NAME: props.table.tableName, STATE_MACHINE_ARN: props.stateMachineArn },
    });
    this.pollFeeds.grantDeclared(props.resources);
    props.deadLetters.catchAsyncFailures(this.pollFeeds);
    this.schedule = scheduleInvoking(this, 'FeedPollSchedule', this.pollFeeds, props.feedPollEvery ?? Duration.minutes(5), 'factcheck: poll every subscribed feed', props.deadLetters);
  }
}

/**
 * An EventBridge Scheduler schedule that invokes one function at a fixed rate, with a role that may invoke
 * exactly that function (the L2 target also grants its versions, "<arn>:*"). An invocation Scheduler could not
 * make (throttled, a broken role) is tried twice more, then kept in the dead-letter queue, whose depth pages
 * (ops10, N5), instead of being dropped with nothing but AWS/Scheduler InvocationDroppedCount; the role may send
 * there and nowhere else (Scheduler sends with the schedule's role).
 */
export function scheduleInvoking(scope: Construct, id: string, fn: IFunction, every: Duration, description: string, deadLetters: DeadLetters): CfnSchedule {
  const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('scheduler.amazonaws.com') });
  role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
  role.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [deadLetters.queue.queueArn] }));
  return new CfnSchedule(scope, id, {
    description,
    scheduleExpression: `rate(${every.toMinutes()} ${every.toMinutes() === 1 ? 'minute' : 'minutes'})`,
    flexibleTimeWindow: { mode: 'OFF' },
    target: {
      arn: fn.functionArn, roleArn: role.roleArn, input: '{}',
      // A late run is harmless (polls lease their feed, sweeps claim each delivery), so a missed one is tried again.
      retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 300 },
      deadLetterConfig: { arn: deadLetters.queue.queueArn },
    },
  });
}
