import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface AlarmsProps {
  /** Function id (as in the construct tree) → function. */
  readonly functions: ReadonlyArray<{ readonly id: string; readonly fn: IFunction }>;
  readonly deadLetterQueue: IQueue;
  readonly stateMachine: IStateMachine;
}

/**
 * Anything that went wrong at all: a message in the dead-letter queue, a failed execution, a
 * Lambda error. All go to one encrypted SNS topic; subscribe to it after deploy.
 */
export class Alarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const key = new kms.Key(this, 'TopicKey', { enableKeyRotation: true, description: 'precis alarm topic' });
    // CloudWatch alarms publish to an encrypted topic only if they may use its key.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'precis alarms', masterKey: key, enforceSSL: true });
    const action = new SnsAction(this.topic);

    const anyAbove0 = (alarmId: string, metric: cloudwatch.IMetric, description: string) => {
      const alarm = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      alarm.addAlarmAction(action);
      this.alarms.push(alarm);
      return alarm;
    };

    anyAbove0(
      'DeadLetters',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      'precis: an event or invocation was given up on and is waiting in the dead-letter queue',
    );
    anyAbove0(
      'ExecutionsFailed',
      props.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
      'precis: a pipeline execution failed (the article is marked FAILED)',
    );
    for (const { id: fnId, fn } of props.functions) {
      anyAbove0(`${fnId}Errors`, fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }), `precis: the ${fnId} Lambda reported errors`);
    }
  }
}
