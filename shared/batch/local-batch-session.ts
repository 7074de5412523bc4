import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '../aws/client-dynamodb';
import * as z from 'zod/mini';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { provisionTable } from '../local/provision-table';
import { startS3Local } from '../local/s3-local';
import { TABLE } from '../store/table-definition';
import { batchSettingsFromEnvironment, type BatchSettings } from './batch-settings';
import { localBatchDeps } from './local-batch-deps';
import type { BatchDeps } from './run-batch';
import { pointHandlersAt } from '../local/local-environment';

/** What a running `precis start` leaves in its data directory so that other commands can reach its servers. */
export const runningStackSchema = z.object({ pid: z.int(), dynamoEndpoint: z.url(), s3Endpoint: z.url(), tableName: z.string(), bucket: z.string() });
export type RunningStack = z.infer<typeof runningStackSchema>;
export const RUNNING_STACK_FILE = 'stack.json';

/** The local stack's defaults (local-stack.ts). */
const LOCAL_BUCKET = 'precis-local';

export class LocalStackBusyError extends Error {
  override readonly name = 'LocalStackBusyError';
}

export interface LocalBatchSession {
  readonly deps: BatchDeps;
  readonly settings: BatchSettings;
  /** 'connected': to a running `precis start`; 'embedded': servers started for this command. */
  readonly mode: 'connected' | 'embedded';
  close(): Promise<void>;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function runningStack(dataDir: string): RunningStack | undefined {
  const path = join(dataDir, RUNNING_STACK_FILE);
  if (!existsSync(path)) return undefined;
  const parsed = runningStackSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.success && isAlive(parsed.data.pid) ? parsed.data : undefined;
}

/** A stack that predates `stack.json` still answers on its API port; two DynamoDB Locals on one data directory would corrupt it. */
async function apiAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(500) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The batch's ports for `precis batch` and `precis reprocess`: the servers of a running
 * `precis start` when there is one (found through `<dataDir>/stack.json`), otherwise DynamoDB
 * Local and the S3 server started here on the same data directory, for this command only.
 */
export async function openLocalBatchSession(options: { readonly dataDir: string; readonly apiPort: number }): Promise<LocalBatchSession> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // As in `precis start`: the stages' Lambda logs and EMF metrics would drown the progress bar. Set before the handlers load.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const running = runningStack(options.dataDir);
  if (!running && (await apiAnswers(options.apiPort))) {
    throw new LocalStackBusyError(`a local stack is running on port ${options.apiPort} but left no ${RUNNING_STACK_FILE}; it runs the batch on its own schedule — stop it to run one by hand`);
  }
  const dynamo = running ? undefined : await startDynamoDbLocal({ dataDir: join(options.dataDir, 'dynamodb') });
  const tableName = running?.tableName ?? TABLE.defaultName;
  const bucket = running?.bucket ?? LOCAL_BUCKET;
  const s3 = running ? undefined : await startS3Local({ directory: join(options.dataDir, 's3'), bucket });
  pointHandlersAt({ tableName, bucket, dynamoEndpoint: running?.dynamoEndpoint ?? dynamo?.endpoint ?? '', s3Endpoint: running?.s3Endpoint ?? s3?.endpoint ?? '' });
  if (!running) {
    const client = new DynamoDBClient({});
    await provisionTable(client, tableName);
    client.destroy();
  }
  const [segment, attribute, summarize, markFailed] = await Promise.all([
    import('../../functions/segment/handler'),
    import('../../functions/attribute/handler'),
    import('../../functions/summarize/handler'),
    import('../../functions/mark-failed/handler'),
  ]);
  const deps = localBatchDeps({ tableName, bucket, handlers: { segment: segment.handler, attribute: attribute.handler, summarize: summarize.handler, markFailed: markFailed.handler } });
  return {
    deps,
    settings: batchSettingsFromEnvironment(process.env),
    mode: running ? 'connected' : 'embedded',
    close: async () => {
      deps.destroy();
      await s3?.stop();
      await dynamo?.stop();
    },
  };
}
