import { type CfnElement, Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { TRANSIENT_DEPENDENCY_ERRORS, TRANSIENT_LAMBDA_ERRORS } from '../../../shared/pipeline/transient-errors';
import { BUCKET } from '../../../shared/store/table-definition';

export interface PipelineProps {
  readonly bucket: IBucket;
  readonly segment: IFunction;
  readonly attribute: IFunction;
  readonly summarize: IFunction;
  readonly markFailed: IFunction;
  readonly delete: IFunction;
  readonly deadLetterQueue: IQueue;
  readonly removalPolicy: RemovalPolicy;
}

/** The keys that start a run: uploads under incoming/ with a supported extension. */
export const uploadKeyPattern = (): string[] => BUCKET.extensions.map((extension) => events.Match.wildcard(`${BUCKET.incomingPrefix}*${extension}`)[0]!);

/**
 * S3 events → an Express state machine `segment → attribute → summarize`, any failure →
 * `mark-failed` → Fail; and deletions → the delete Lambda. Each task's output is the handler's
 * answer and nothing else: the article, its run, and the stage's artifact, inline when its JSON is
 * under INLINE_ARTIFACT_MAX_BYTES (nearly every article) or else the key of its S3 object, so a
 * state stays under the 256 KB payload cap (shared/pipeline/stages/artifacts.ts).
 */
export class Pipeline extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly createdRule: events.Rule;
  readonly deletedRule: events.Rule;

  constructor(scope: Construct, id: string, props: PipelineProps) {
    super(scope, id);

    const invoke = (stateId: string, fn: IFunction, comment: string) => {
      const task = new tasks.LambdaInvoke(this, stateId, {
        lambdaFunction: fn,
        comment,
        // Only the handler's answer (a reference, with a small artifact inline) becomes the state output.
        payloadResponseOnly: true,
        // Replaced by the explicit retries below (the built-in one has no jitter and no throttling).
        retryOnServiceExceptions: false,
        taskTimeout: sfn.Timeout.duration(Duration.seconds(45)),
      });
      task.addRetry({
        errors: [...TRANSIENT_LAMBDA_ERRORS],
        interval: Duration.seconds(1),
        backoffRate: 2,
        maxAttempts: 5,
        maxDelay: Duration.seconds(20),
        jitterStrategy: sfn.JitterType.FULL,
      });
      task.addRetry({
        errors: [...TRANSIENT_DEPENDENCY_ERRORS],
        interval: Duration.seconds(1),
        backoffRate: 2,
        maxAttempts: 3,
        maxDelay: Duration.seconds(10),
        jitterStrategy: sfn.JitterType.FULL,
      });
      task.addRetry({
        errors: [sfn.Errors.TIMEOUT],
        interval: Duration.seconds(2),
        backoffRate: 2,
        maxAttempts: 2,
        jitterStrategy: sfn.JitterType.FULL,
      });
      return task;
    };

    const failed = new sfn.Fail(this, 'Failed', { error: 'ArticleFailed', cause: 'A stage failed; mark-failed recorded why on the article.' });
    const markFailed = invoke('MarkFailed', props.markFailed, 'Record the error on the article and put ArticleFailed');
    // If even recording the failure fails, end the run failed (the alarm on ExecutionsFailed sees it).
    markFailed.addCatch(failed, { resultPath: '$.error' });
    // Only faults end the execution failed, so the ExecutionsFailed alarm means something: a refused
    // upload (recorded FAILED with its decode code) and a run overtaken by a delete or a newer upload
    // are the pipeline doing its job.
    markFailed.next(
      new sfn.Choice(this, 'FaultOrAnswer?')
        .when(sfn.Condition.stringEquals('$.status', 'SUPERSEDED'), new sfn.Succeed(this, 'Superseded'))
        .when(sfn.Condition.and(sfn.Condition.isPresent('$.retryable'), sfn.Condition.booleanEquals('$.retryable', false)), new sfn.Succeed(this, 'Refused'))
        .otherwise(failed),
    );

    const segment = invoke('Segment', props.segment, 'Decode the upload, create the article, write segments');
    const attribute = invoke('Attribute', props.attribute, 'Attribute quotations to speakers');
    const summarize = invoke('Summarize', props.summarize, 'Summarize, store, put ArticleSummarized');
    // The failed state's input plus `$.error`: what mark-failed needs to find the article.
    for (const task of [segment, attribute, summarize]) task.addCatch(markFailed, { resultPath: '$.error' });

    const definition = segment.next(attribute).next(summarize).next(new sfn.Succeed(this, 'Summarized'));

    const logGroup = new LogGroup(this, 'StateMachineLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: props.removalPolicy });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      stateMachineType: sfn.StateMachineType.EXPRESS,
      comment: 'precis: segment → attribute → summarize',
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      // Express workflows run for at most five minutes.
      timeout: Duration.minutes(5),
      tracingEnabled: true,
      // ALL for the execution history of an Express workflow, but no payloads in the logs.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    this.acknowledgeStateMachineRole(props);

    const objectKey = uploadKeyPattern();
    const targetDefaults = { deadLetterQueue: props.deadLetterQueue, retryAttempts: 8, maxEventAge: Duration.hours(6) };

    this.createdRule = new events.Rule(this, 'UploadCreated', {
      description: 'precis: an upload under incoming/ starts the pipeline',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [props.bucket.bucketName] }, object: { key: objectKey } },
      },
      targets: [new targets.SfnStateMachine(this.stateMachine, targetDefaults)],
    });

    this.deletedRule = new events.Rule(this, 'UploadDeleted', {
      description: 'precis: deleting an upload deletes its summary',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Deleted'],
        // Only a user's delete: lifecycle expiry of a noncurrent version must not remove the summary
        // of the object that is still current.
        detail: { bucket: { name: [props.bucket.bucketName] }, object: { key: objectKey }, reason: ['DeleteObject'] },
      },
      targets: [new targets.LambdaFunction(props.delete, targetDefaults)],
    });
  }

  private acknowledgeStateMachineRole(props: PipelineProps): void {
    const role = this.stateMachine.role;
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'CloudWatch Logs delivery (logs:CreateLogDelivery, …) and X-Ray (xray:PutTraceSegments, …) have no resource-level permissions; AWS requires "*".',
    });
    for (const fn of [props.segment, props.attribute, props.summarize, props.markFailed]) {
      const logicalId = Stack.of(this).resolve((fn.node.defaultChild as CfnElement).logicalId) as string;
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
        reason: 'LambdaInvoke grants the function and its versions/aliases (ARN:*); only that one function.',
      });
    }
  }
}
