import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { DestinationConfig, IDestination, IFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { HandlerFunction } from './node-function.ts';

/**
 * Where what is invoked asynchronously lands when every retry has failed, instead of being dropped: an event the
 * bus rule could not hand to deliver-webhooks (EventBridge's dead-letter queue), and an asynchronous invocation
 * (an event, a scheduled feed poll or webhook sweep) that failed in the function after Lambda's own two retries
 * (its on-failure destination: the record carries the request and the error). The queue's depth pages
 * (lib/constructs/monitoring.ts). To replay an event, send the record's `requestPayload` to deliver-webhooks.
 */
export class DeadLetters extends Construct {
  readonly queue: Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
  }

  /** The function's asynchronous invocations that failed after Lambda's retries go to the queue; its role may send there, nothing more. */
  catchAsyncFailures(fn: HandlerFunction): void {
    const queueArn = this.queue.queueArn;
    const destination: IDestination = {
      bind: (_scope: Construct, target: IFunction): DestinationConfig => {
        target.addToRolePolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queueArn] }));
        return { destination: queueArn };
      },
    };
    fn.configureAsyncInvoke({ onFailure: destination });
  }
}
