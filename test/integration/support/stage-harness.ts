import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_S3_CLIENT_OPTIONS } from '../../../shared/local/local-credentials';
import { provisionTable } from '../../../shared/local/provision-table';
import { startS3Local } from '../../../shared/local/s3-local';
import type { PipelineDeps } from '../../../shared/pipeline/pipeline-deps';
import { failureInputSchema, objectEventSchema, stageReferenceSchema } from '../../../shared/pipeline/stage-messages';
import { runAttribute, runMarkFailed, runSegment, runSummarize } from '../../../shared/pipeline/stages';
import { DynamoArticleStore } from '../../../shared/store/dynamo/dynamo-article-store';
import { noEvents } from '../../../shared/store/eventbridge/eventbridge-publisher';
import { S3BlobStore } from '../../../shared/store/s3/s3-blob-store';

/** The stage handlers in the order the state machine runs them, with their input validation. */
export const handlersFor = (deps: PipelineDeps) => ({
  segment: (e: unknown) => runSegment(deps, objectEventSchema.parse(e)),
  attribute: (e: unknown) => runAttribute(deps, stageReferenceSchema.parse(e)),
  summarize: (e: unknown) => runSummarize(deps, stageReferenceSchema.parse(e)),
  markFailed: (e: unknown) => runMarkFailed(deps, failureInputSchema.parse(e)),
});

export interface StageHarness {
  readonly store: DynamoArticleStore;
  readonly blobs: S3BlobStore;
  readonly deps: PipelineDeps;
  /** The EventBridge-shaped event S3 would send for `incoming/<key>`. */
  eventFor(key: string, size?: number): { detail: { bucket: { name: string }; object: { key: string; size?: number } } };
  upload(key: string, text: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The stages on the real adapters: a fresh table on the run's DynamoDB Local and an S3 server of
 * its own. `configure` may add middleware to the DynamoDB client (to inject a failure).
 */
export async function startStageHarness(options: { bucket: string; dynamoEndpoint: string; configure?: (client: DynamoDBClient) => void }): Promise<StageHarness> {
  const { bucket } = options;
  const workDir = mkdtempSync(join(tmpdir(), `precis-${bucket}-`));
  const s3 = await startS3Local({ directory: workDir, bucket });
  const dynamo = new DynamoDBClient({ endpoint: options.dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  options.configure?.(dynamo);
  const tableName = `${bucket}-${Date.now()}`;
  await provisionTable(dynamo, tableName);
  const store = new DynamoArticleStore({ tableName, client: dynamo });
  const s3Client = new S3Client({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, ...LOCAL_S3_CLIENT_OPTIONS });
  const blobs = new S3BlobStore({ bucket, client: s3Client });
  return {
    store,
    blobs,
    deps: { articles: store, blobs, events: noEvents, maxBytes: 2 * 1024 * 1024 },
    eventFor: (key, size) => ({ detail: { bucket: { name: bucket }, object: { key: `incoming/${key}`, ...(size === undefined ? {} : { size }) } } }),
    upload: (key, text) => blobs.put(`incoming/${key}`, text, 'text/plain'),
    stop: async () => {
      dynamo.destroy();
      s3Client.destroy();
      await s3.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
