import type { RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUCKET } from '../../../shared/store/table-definition';
import { FUNCTION_SIZING, type FunctionName, PrecisFunction } from './precis-function';

export interface FunctionsProps {
  readonly table: ITableV2;
  readonly bucket: IBucket;
  readonly bus: IEventBus;
  /** For the asynchronously invoked functions (delete, batch). */
  readonly deadLetterQueue: IQueue;
  readonly logLevel: string;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Every Lambda of precis and what each may touch. Grants follow what the handler's code in
 * `shared/pipeline/stages/` and the store adapters actually call, no more.
 */
export class Functions extends Construct {
  readonly segment: PrecisFunction;
  readonly attribute: PrecisFunction;
  readonly summarize: PrecisFunction;
  readonly markFailed: PrecisFunction;
  readonly delete: PrecisFunction;
  readonly read: PrecisFunction;
  readonly batch: PrecisFunction;

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const { table, bucket, bus } = props;
    const { incomingPrefix: incoming, artifactsPrefix: artifacts, articlesPrefix: texts } = BUCKET;
    const make = (
      logicalId: string,
      name: FunctionName,
      description: string,
      extra: { deadLetterQueue?: IQueue; environment?: Record<string, string> } = {},
    ) =>
      new PrecisFunction(this, logicalId, {
        name,
        description,
        ...FUNCTION_SIZING[name],
        logLevel: props.logLevel,
        removalPolicy: props.removalPolicy,
        ...extra,
      });

    // Reads the upload, creates the article record, keeps the normalized text (articles/<id>/text.txt)
    // and passes the segment artifact on (inline, or written under artifacts/ when large); a refused upload is marked FAILED and announced
    // (ArticleFailed) by this stage itself. It checks that the upload still exists before and after
    // recording (a delete may have overtaken it), and an overwrite that takes a key's last hold on
    // the previous article removes that article's text and artifacts.
    this.segment = make('Segment', 'segment', 'precis pipeline 1/3: decode and segment an upload')
      .bindBucket({ bucket, read: [incoming], write: [artifacts, texts], remove: [artifacts, texts], checksExistence: true })
      .bindTable({ table, access: 'readWrite' })
      .bindEventBus(bus);

    // Every pipeline handler builds all its ports from TABLE_NAME and BUCKET_NAME at cold start
    // (shared/pipeline/compose.ts), so the stages that never touch one still get its name; a name
    // without a grant gives no access.
    this.attribute = make('Attribute', 'attribute', 'precis pipeline 2/3: attribute quotations to speakers', {
      environment: { TABLE_NAME: table.tableName },
    })
      .bindBucket({ bucket, read: [artifacts], write: [artifacts] });

    // Stores summary and quotes (conditional updates read first), then puts ArticleSummarized.
    this.summarize = make('Summarize', 'summarize', 'precis pipeline 3/3: summarize and store')
      .bindBucket({ bucket, read: [artifacts] })
      .bindTable({ table, access: 'readWrite' })
      .bindEventBus(bus);

    // Looks the article up by its source (GetItem) before marking it FAILED; puts ArticleFailed.
    this.markFailed = make('MarkFailed', 'mark-failed', 'precis pipeline: record why an article failed', {
      environment: { BUCKET_NAME: bucket.bucketName },
    })
      .bindTable({ table, access: 'readWrite' })
      .bindEventBus(bus);

    // Checks the upload is really gone (HEAD: a late delete must not undo a new upload of the same
    // key), then deletes the records and lists + deletes the article's artifacts/<id>/ and articles/<id>/ objects.
    this.delete = make('Delete', 'delete', 'precis: delete the summary of a deleted upload', { deadLetterQueue: props.deadLetterQueue })
      .bindTable({ table, access: 'readWrite' })
      .bindBucket({ bucket, read: [incoming], remove: [artifacts, texts], checksExistence: true });

    // Serves `?include=text` from articles/<id>/text.txt, which a delete in progress may have removed.
    this.read = make('Read', 'read', 'precis read API').bindTable({ table, access: 'read' }).bindBucket({ bucket, read: [texts], checksExistence: true });

    // Lists incoming/ beside the SOURCE records, checks that an upload still exists before it
    // re-runs it, and finishes lost deletes with the delete handler's own code (records, texts,
    // artifacts). STATE_MACHINE_ARN is bound by the stack once the pipeline exists.
    this.batch = make('Batch', 'batch', 'precis batch: rerun pending, failed and outdated articles', { deadLetterQueue: props.deadLetterQueue })
      .bindTable({ table, access: 'readWrite' })
      .bindBucket({ bucket, read: [incoming], remove: [artifacts, texts], checksExistence: true });
  }

  /** All of them, for alarms and checks. */
  all(): PrecisFunction[] {
    return [this.segment, this.attribute, this.summarize, this.markFailed, this.delete, this.read, this.batch];
  }
}
