import * as z from 'zod/mini';
import { createClients } from '../pipeline/compose';
import { PIPELINE_VERSION } from '../pipeline/pipeline-version';
import { DynamoArticleStore } from '../store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../store/dynamo/dynamo-batch-run-store';
import { S3BlobStore } from '../store/s3/s3-blob-store';
import { batchSettingsFromEnvironment, type BatchSettings } from './batch-settings';
import type { BatchDeps } from './run-batch';
import { StepFunctionsPipelineStarter } from './step-functions-pipeline-starter';

const environmentSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z.string().check(z.minLength(1)),
  STATE_MACHINE_ARN: z.string().check(z.startsWith('arn:')),
});

/** The batch Lambda's ports and settings, built once per cold start. */
export function composeBatchFromEnvironment(env: NodeJS.ProcessEnv = process.env): { readonly deps: BatchDeps; readonly settings: BatchSettings } {
  const config = environmentSchema.parse(env);
  const clients = createClients(env);
  const runs = new DynamoBatchRunStore({ tableName: config.TABLE_NAME, client: clients.dynamo });
  return {
    deps: {
      articles: new DynamoArticleStore({ tableName: config.TABLE_NAME, client: clients.dynamo }),
      blobs: new S3BlobStore({ bucket: config.BUCKET_NAME, client: clients.s3 }),
      runs,
      leases: runs,
      starter: new StepFunctionsPipelineStarter({ stateMachineArn: config.STATE_MACHINE_ARN }),
      pipelineVersion: PIPELINE_VERSION,
    },
    settings: batchSettingsFromEnvironment(env),
  };
}
