import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * Event plumbing: the `precis` bus other systems subscribe to, and the one dead-letter queue
 * for every asynchronous delivery that gave up (rule targets, the schedule, async Lambda).
 */
export class PrecisEvents extends Construct {
  readonly bus: events.EventBus;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bus = new events.EventBus(this, 'Bus', { eventBusName: 'precis', description: 'precis: ArticleSummarized, ArticleFailed' });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
  }
}
