import { DynamoDBClient } from '../aws/client-dynamodb';
import { S3Client } from '../aws/client-s3';
import * as z from 'zod/mini';
import { DEFAULT_MAX_BYTES } from '../nlp/decode/limits';
import { DynamoArticleStore } from '../store/dynamo/dynamo-article-store';
import { EventBridgePublisher, noEvents } from '../store/eventbridge/eventbridge-publisher';
import { S3BlobStore } from '../store/s3/s3-blob-store';
import type { PipelineDeps } from './pipeline-deps';
import { LOCAL_S3_CLIENT_OPTIONS } from '../local/local-credentials';

const environmentSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z.string().check(z.minLength(1)),
  EVENT_BUS_NAME: z.optional(z.string().check(z.minLength(1))),
  MAX_INPUT_BYTES: z._default(z.coerce.number().check(z.int(), z.positive()), DEFAULT_MAX_BYTES),
  /** Set in local mode: the S3-compatible server needs path-style addressing. */
  AWS_ENDPOINT_URL_S3: z.optional(z.url()),
});

export interface Clients {
  readonly dynamo: DynamoDBClient;
  readonly s3: S3Client;
}

export function createClients(env: NodeJS.ProcessEnv = process.env): Clients {
  const local = Boolean(env.AWS_ENDPOINT_URL_S3);
  return {
    dynamo: new DynamoDBClient({}),
    // An S3 endpoint in the environment means the local S3 server.
    s3: new S3Client(local ? LOCAL_S3_CLIENT_OPTIONS : {}),
  };
}

const tableEnvironmentSchema = z.pick(environmentSchema, { TABLE_NAME: true });

/** The read side needs the table only. */
export function articleStoreFromEnvironment(env: NodeJS.ProcessEnv = process.env, client: DynamoDBClient = new DynamoDBClient({})): DynamoArticleStore {
  return new DynamoArticleStore({ tableName: tableEnvironmentSchema.parse(env).TABLE_NAME, client });
}

/** Builds clients and ports from the environment; a handler calls this once per cold start. */
export function composeFromEnvironment(env: NodeJS.ProcessEnv = process.env, clients: Clients = createClients(env)): PipelineDeps {
  const config = environmentSchema.parse(env);
  return {
    blobs: new S3BlobStore({ bucket: config.BUCKET_NAME, client: clients.s3 }),
    articles: new DynamoArticleStore({ tableName: config.TABLE_NAME, client: clients.dynamo }),
    events: config.EVENT_BUS_NAME ? new EventBridgePublisher(config.EVENT_BUS_NAME) : noEvents,
    maxBytes: config.MAX_INPUT_BYTES,
  };
}

/** Builds on first use and keeps it: once per cold start, but not at import time (tests import handlers freely). */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
