import { Duration, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface BatchScheduleProps {
  readonly handler: IFunction;
  /** `rate(…)`, `cron(…)` or `at(…)` (context `batchSchedule`). */
  readonly expression: string;
  readonly deadLetterQueue: IQueue;
}

/** EventBridge Scheduler runs the batch Lambda, which starts pipeline runs for pending, failed and outdated articles. */
export class BatchSchedule extends Construct {
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: BatchScheduleProps) {
    super(scope, id);
    // Our own role (instead of the stack-wide singleton) so its one finding is acknowledged here.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'precis batch schedule: invoke the batch Lambda',
    });
    const fnLogicalId = Stack.of(this).resolve((props.handler.node.defaultChild as CfnElement).logicalId) as string;
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${fnLogicalId}.Arn>:*]`,
      reason: 'The Scheduler target grants lambda:InvokeFunction on the batch function and its versions/aliases (ARN:*); only that one function.',
    });
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: 'precis: rerun pending, failed and outdated articles',
      schedule: scheduler.ScheduleExpression.expression(props.expression),
      target: new LambdaInvoke(props.handler, {
        role,
        deadLetterQueue: props.deadLetterQueue,
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    });
  }
}
