import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../shared/local/dynamodb-local';
import { seededRandom, withFaults } from '../../shared/local/fault-injection';
import { freePort } from '../../shared/local/free-port';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_S3_CLIENT_OPTIONS } from '../../shared/local/local-credentials';
import type { StageHandlers } from '../../shared/local/local-state-machine';
import { provisionTable } from '../../shared/local/provision-table';
import { type S3Local, startS3Local } from '../../shared/local/s3-local';
import { DEFAULT_STAGE_RETRY, type RetryPolicy, withRetries } from '../../shared/local/stage-retry';
import type { PipelineDeps } from '../../shared/pipeline/pipeline-deps';
import { runAttribute, runDelete, runMarkFailed, runSegment, runSummarize } from '../../shared/pipeline/stages';
import { failureInputSchema, objectEventSchema, stageReferenceSchema } from '../../shared/pipeline/stage-messages';
import { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../../shared/store/dynamo/dynamo-batch-run-store';
import { noEvents } from '../../shared/store/eventbridge/eventbridge-publisher';
import type { ArticleStore, BlobStore } from '../../shared/store/ports';
import { S3BlobStore } from '../../shared/store/s3/s3-blob-store';
import { Tally } from './tally';

/** The ports' async methods that faults may hit; `list` is an async generator, which a rejected promise cannot stand in for. */
const ARTICLE_METHODS: readonly (keyof ArticleStore)[] = ['startProcessing', 'saveResult', 'markFailed', 'getArticle', 'articleIdForSource', 'removeSource', 'findWork', 'claimForRerun'];
const BLOB_METHODS: readonly (keyof BlobStore)[] = ['get', 'head', 'put', 'delete', 'deletePrefix'];

/**
 * The delete Lambda is invoked asynchronously by EventBridge: Lambda retries a function error
 * twice (after about 1 and 2 minutes). Scaled down 60× here, as the soak's whole run is minutes.
 */
export const DELETE_RETRY: RetryPolicy = { ...DEFAULT_STAGE_RETRY, errors: ['States.ALL'], maxAttempts: 3, intervalMs: 1_000, backoffRate: 2, jitter: false };

export interface SoakStackOptions {
  readonly workDir: string;
  readonly bucket: string;
  readonly tableName: string;
  readonly maxBytes: number;
  /** Share of port calls that throw a throttling error. */
  readonly faultRate: number;
  readonly seed: number;
}

/** DynamoDB Local on a fixed port and data directory, so that it can be stopped and started again under the clients' feet. */
class RestartableDynamo {
  private instance: DynamoDbLocal | undefined;
  readonly endpoint: string;

  constructor(
    private readonly dataDir: string,
    private readonly port: number,
  ) {
    this.endpoint = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.instance = await startDynamoDbLocal({ dataDir: this.dataDir, port: this.port });
  }

  /** Stops the server (in-flight calls fail) and starts it on the same port and data; resolves with the downtime. */
  async restart(): Promise<{ downMs: number }> {
    const stopped = performance.now();
    await this.instance?.stop();
    await this.start();
    return { downMs: performance.now() - stopped };
  }

  stop(): Promise<void> {
    return this.instance?.stop() ?? Promise.resolve();
  }
}

export interface SoakStack {
  readonly dynamo: RestartableDynamo;
  readonly s3: S3Local;
  readonly uploader: S3Client;
  /** The real adapters, no faults: for the recovery pass's own bookkeeping and for the final check. */
  readonly store: DynamoArticleStore;
  readonly blobs: S3BlobStore;
  readonly runs: DynamoBatchRunStore;
  /** The state machine's stages on faulty ports, each wrapped in the stage retry. */
  readonly handlers: StageHandlers;
  readonly remove: (event: unknown) => Promise<unknown>;
  readonly tally: Tally;
  stop(): Promise<void>;
}

/** DynamoDB Local (on disk, restartable), an S3 server, the table, and the pipeline wired to ports that throttle now and then. */
export async function startSoakStack(options: SoakStackOptions): Promise<SoakStack> {
  const tally = new Tally();
  const dynamo = new RestartableDynamo(join(options.workDir, 'dynamodb'), await freePort());
  await dynamo.start();
  const s3 = await startS3Local({ directory: join(options.workDir, 's3'), bucket: options.bucket });

  const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  await provisionTable(dynamoClient, options.tableName);
  const s3Options = { endpoint: s3.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, ...LOCAL_S3_CLIENT_OPTIONS } as const;
  const s3Client = new S3Client(s3Options);
  const uploader = new S3Client(s3Options);

  const store = new DynamoArticleStore({ tableName: options.tableName, client: dynamoClient });
  const blobs = new S3BlobStore({ bucket: options.bucket, client: s3Client });
  const runs = new DynamoBatchRunStore({ tableName: options.tableName, client: dynamoClient });

  // One seeded source per port keeps a run repeatable for a given interleaving.
  const faulty: PipelineDeps = {
    articles: withFaults<ArticleStore>(store, { rate: options.faultRate, random: seededRandom(options.seed), methods: ARTICLE_METHODS, onFault: (method) => tally.add('faults', `ArticleStore.${method}`) }),
    blobs: withFaults<BlobStore>(blobs, { rate: options.faultRate, random: seededRandom(options.seed + 1), methods: BLOB_METHODS, onFault: (method) => tally.add('faults', `BlobStore.${method}`) }),
    events: noEvents,
    maxBytes: options.maxBytes,
  };

  const jitter = seededRandom(options.seed + 2);
  const retried = (stage: string, policy: RetryPolicy = DEFAULT_STAGE_RETRY): RetryPolicy => ({
    ...policy,
    random: jitter,
    onRetry: (error) => tally.add('retries', `${stage}: ${error.name}`),
  });
  // What each task's input validation does in its Lambda, then the stage on the faulty ports.
  const handlers: StageHandlers = {
    segment: withRetries((event: unknown) => runSegment(faulty, objectEventSchema.parse(event)), retried('segment')),
    attribute: withRetries((event: unknown) => runAttribute(faulty, stageReferenceSchema.parse(event)), retried('attribute')),
    summarize: withRetries((event: unknown) => runSummarize(faulty, stageReferenceSchema.parse(event)), retried('summarize')),
    markFailed: withRetries((event: unknown) => runMarkFailed(faulty, failureInputSchema.parse(event)), retried('mark-failed')),
  };
  const remove = withRetries((event: unknown) => runDelete(faulty, objectEventSchema.parse(event)), retried('delete', DELETE_RETRY));

  return {
    dynamo,
    s3,
    uploader,
    store,
    blobs,
    runs,
    handlers,
    remove,
    tally,
    stop: async () => {
      uploader.destroy();
      s3Client.destroy();
      dynamoClient.destroy();
      await s3.stop();
      await dynamo.stop();
    },
  };
}
