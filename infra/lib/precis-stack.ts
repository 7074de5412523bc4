import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { PrecisConfig } from './config';
import { Alarms } from './constructs/alarms';
import { ReadApi } from './constructs/api';
import { BatchSchedule } from './constructs/batch';
import { PrecisEvents } from './constructs/events';
import { Functions } from './constructs/functions';
import { Pipeline } from './constructs/pipeline';
import { Storage } from './constructs/storage';

export interface PrecisStackProps extends StackProps {
  readonly config: PrecisConfig;
}

/** precis in AWS: S3 uploads → Express pipeline → DynamoDB, read over an HTTP API. */
export class PrecisStack extends Stack {
  readonly storage: Storage;
  readonly events: PrecisEvents;
  readonly functions: Functions;
  readonly pipeline: Pipeline;
  readonly api: ReadApi;
  readonly batch: BatchSchedule;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: PrecisStackProps) {
    super(scope, id, props);
    const { config } = props;
    const production = config.stage === 'prod';
    const removalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.storage = new Storage(this, 'Storage', { production });
    this.events = new PrecisEvents(this, 'Events');
    const { bucket, table } = this.storage;
    const { bus, deadLetterQueue } = this.events;

    this.functions = new Functions(this, 'Functions', { table, bucket, bus, deadLetterQueue, logLevel: config.logLevel, removalPolicy });
    const fns = this.functions;

    this.pipeline = new Pipeline(this, 'Pipeline', {
      bucket,
      segment: fns.segment,
      attribute: fns.attribute,
      summarize: fns.summarize,
      markFailed: fns.markFailed,
      delete: fns.delete,
      deadLetterQueue,
      removalPolicy,
    });
    fns.batch.bindStateMachine(this.pipeline.stateMachine);

    this.api = new ReadApi(this, 'Api', { handler: fns.read, auth: config.auth, removalPolicy });
    this.batch = new BatchSchedule(this, 'Batch', { handler: fns.batch, expression: config.batchSchedule, deadLetterQueue });

    this.alarms = new Alarms(this, 'Alarms', {
      functions: fns.all().map((fn) => ({ id: fn.node.id, fn })),
      deadLetterQueue,
      stateMachine: this.pipeline.stateMachine,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'BucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'StateMachineArn', { value: this.pipeline.stateMachine.stateMachineArn });
    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }
}
