import type { StageHandlers } from '../local/local-state-machine';
import { createClients } from '../pipeline/compose';
import { PIPELINE_VERSION } from '../pipeline/pipeline-version';
import { DynamoArticleStore } from '../store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../store/dynamo/dynamo-batch-run-store';
import { S3BlobStore } from '../store/s3/s3-blob-store';
import { LocalPipelineStarter } from './local-pipeline-starter';
import type { BatchDeps } from './run-batch';

/**
 * The batch's ports in local mode: the local stack's table and bucket (endpoints from the
 * environment, as the stage handlers have them) and the stage handlers run in process.
 */
export function localBatchDeps(options: { readonly tableName: string; readonly bucket: string; readonly handlers: StageHandlers }): BatchDeps & { destroy(): void } {
  const { s3, dynamo } = createClients(process.env);
  const runs = new DynamoBatchRunStore({ tableName: options.tableName, client: dynamo });
  return {
    articles: new DynamoArticleStore({ tableName: options.tableName, client: dynamo }),
    blobs: new S3BlobStore({ bucket: options.bucket, client: s3 }),
    runs,
    leases: runs,
    starter: new LocalPipelineStarter(options.handlers),
    pipelineVersion: PIPELINE_VERSION,
    destroy: () => {
      dynamo.destroy();
      s3.destroy();
    },
  };
}
