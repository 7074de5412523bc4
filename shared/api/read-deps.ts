import * as z from 'zod/mini';
import { createClients } from '../pipeline/compose';
import { DynamoArticleStore } from '../store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../store/dynamo/dynamo-batch-run-store';
import type { ArticleStore, BatchRunStore, BlobStore } from '../store/ports';
import { S3BlobStore } from '../store/s3/s3-blob-store';

/** What the read API reads from. */
export interface ReadDeps {
  readonly articles: ArticleStore;
  readonly batches: BatchRunStore;
  /** Where the normalized texts are (`?include=text`); a deployment without it answers 501 there. */
  readonly blobs?: BlobStore;
}

const readEnvironmentSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  /** Optional: the read Lambda needs the bucket only to serve article texts. */
  BUCKET_NAME: z.optional(z.string().check(z.minLength(1))),
});

/** Builds the read side's ports once per cold start; local mode and Lambda both go through it. */
export function readDepsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ReadDeps {
  const config = readEnvironmentSchema.parse(env);
  const clients = createClients(env);
  const tableName = config.TABLE_NAME;
  return {
    articles: new DynamoArticleStore({ tableName, client: clients.dynamo }),
    batches: new DynamoBatchRunStore({ tableName, client: clients.dynamo }),
    ...(config.BUCKET_NAME ? { blobs: new S3BlobStore({ bucket: config.BUCKET_NAME, client: clients.s3 }) } : {}),
  };
}
