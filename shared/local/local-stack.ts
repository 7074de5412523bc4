import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '../aws/client-dynamodb';
import { PutObjectCommand, S3Client } from '../aws/client-s3';
import { startLocalBatchSchedule } from '../batch/local-batch-schedule';
import { BUCKET, TABLE } from '../store/table-definition';
import { startDynamoDbLocal } from './dynamodb-local';
import { watchInbox } from './inbox-watcher';
import { serveReadHandler } from './local-http-server';
import { type RunOutcome, runStateMachine } from './local-state-machine';
import { provisionTable } from './provision-table';
import { startS3Local } from './s3-local';
import { TaskQueue } from './task-queue';
import { pointHandlersAt } from './local-environment';
import { LOCAL_S3_CLIENT_OPTIONS } from './local-credentials';

export interface LocalStackOptions {
  /** Where DynamoDB Local and the S3 server keep their data between runs. */
  readonly dataDir: string;
  readonly inboxDir: string;
  readonly port: number;
  /** Start from empty storage. */
  readonly fresh?: boolean;
  /** Copied into an empty inbox at first start, so a newcomer sees a summary at once. */
  readonly exampleArticle?: string;
  /** Use a running DynamoDB Local instead of starting one (tests share one per run). */
  readonly dynamoEndpoint?: string;
  readonly tableName?: string;
  readonly bucket?: string;
  readonly concurrency?: number;
  readonly log?: (line: string) => void;
  readonly onProcessed?: (name: string, outcome: RunOutcome) => void;
}

export interface LocalStack {
  readonly apiUrl: string;
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  readonly tableName: string;
  readonly bucket: string;
  /** Resolves when every upload so far has been processed. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = { txt: 'text/plain', md: 'text/markdown', html: 'text/html', htm: 'text/html' };

/**
 * The embedded stack behind `npm start`: DynamoDB Local and an S3 server on loopback, the same
 * table and bucket as in AWS, the same stage handlers run in order for every upload, and the
 * same read handler served over HTTP.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  const tableName = options.tableName ?? TABLE.defaultName;
  const bucket = options.bucket ?? 'precis-local';
  // Local mode runs on the developer's Node 20 (the Lambdas run Node 22): no SDK nag about it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // The local log is one line per article; Lambda's JSON logs and EMF metrics would drown it.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  if (options.exampleArticle && (!existsSync(options.inboxDir) || readdirSync(options.inboxDir).length === 0)) {
    mkdirSync(options.inboxDir, { recursive: true });
    copyFileSync(options.exampleArticle, join(options.inboxDir, 'alaska-summit.txt'));
  }

  const dynamo = options.dynamoEndpoint ? undefined : await startDynamoDbLocal({ dataDir: join(options.dataDir, 'dynamodb') });
  const dynamoEndpoint = options.dynamoEndpoint ?? dynamo?.endpoint ?? '';
  const s3 = await startS3Local({ directory: join(options.dataDir, 's3'), bucket });

  pointHandlersAt({ tableName, bucket, dynamoEndpoint, s3Endpoint: s3.endpoint });
  const dynamoClient = new DynamoDBClient({});
  await provisionTable(dynamoClient, tableName);
  dynamoClient.destroy();

  const [segment, attribute, summarize, markFailed, remove, read] = await Promise.all([
    import('../../functions/segment/handler'),
    import('../../functions/attribute/handler'),
    import('../../functions/summarize/handler'),
    import('../../functions/mark-failed/handler'),
    import('../../functions/delete/handler'),
    import('../../functions/read/handler'),
  ]);
  const handlers = { segment: segment.handler, attribute: attribute.handler, summarize: summarize.handler, markFailed: markFailed.handler };

  const queue = new TaskQueue(options.concurrency ?? 4);
  s3.onObjectEvent((record) => {
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    if (!key.startsWith(BUCKET.incomingPrefix)) return;
    const name = key.slice(BUCKET.incomingPrefix.length);
    // EventBridge's shape for S3 events, which is what the stage handlers take in AWS.
    const event = { detail: { bucket: { name: record.s3.bucket.name }, object: { key, size: record.s3.object.size, etag: record.s3.object.eTag } } };
    if (record.eventName.startsWith('ObjectRemoved')) {
      queue.push(async () => {
        const { articleId, articleDeleted } = await remove.handler(event);
        log(`- ${name} deleted${articleId ? `: article ${articleId.slice(0, 8)} ${articleDeleted ? 'removed' : 'kept (another upload holds the same text)'}` : ''}`);
      });
      return;
    }
    queue.push(async () => {
      const outcome = await runStateMachine(handlers, event);
      const took = `${Math.round(outcome.milliseconds)} ms`;
      const lines = {
        SUMMARIZED: `✓ ${name} → ${outcome.articleId.slice(0, 8)} SUMMARIZED in ${took}`,
        SUPERSEDED: `- ${name} → ${outcome.articleId.slice(0, 8)}: a newer run of the same text finished first`,
        FAILED: `✗ ${name} → FAILED: ${outcome.error?.message ?? 'unknown error'}`,
      };
      log(lines[outcome.status]);
      options.onProcessed?.(name, outcome);
    });
  });

  const uploader = new S3Client(LOCAL_S3_CLIENT_OPTIONS);
  const watcher = watchInbox({
    inboxDir: options.inboxDir,
    statePath: join(options.dataDir, 'inbox-state.json'),
    // Uploads go through the queue too, so that idle() also waits for files not yet uploaded.
    upload: ({ name, path }) =>
      new Promise<void>((resolve, reject) =>
        queue.push(async () => {
          const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
          await uploader
            .send(new PutObjectCommand({ Bucket: bucket, Key: `${BUCKET.incomingPrefix}${name}`, Body: readFileSync(path), ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' }))
            .then(() => resolve(), reject);
        }),
      ),
    onSkip: (name, reason) => log(`- ${name} skipped: ${reason}`),
    onError: (name, error) => log(`✗ ${name} could not be uploaded: ${(error as Error).message}`),
  });

  const http = await serveReadHandler(read.handler, options.port);
  // The EventBridge schedule's stand-in: batch runs every BATCH_INTERVAL_SECONDS (600 by default, 0 turns it off).
  const batches = startLocalBatchSchedule({ dataDir: options.dataDir, dynamoEndpoint, s3Endpoint: s3.endpoint, tableName, bucket, handlers, log });
  return {
    apiUrl: http.url,
    dynamoEndpoint,
    s3Endpoint: s3.endpoint,
    tableName,
    bucket,
    idle: () => queue.idle(),
    stop: async () => {
      watcher.close();
      await new Promise<void>((resolve) => http.server.close(() => resolve()));
      http.server.closeAllConnections();
      await queue.idle();
      await batches.stop();
      uploader.destroy();
      await s3.stop();
      await dynamo?.stop();
    },
  };
}
