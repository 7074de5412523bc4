import { join } from 'node:path';
import { LocalStackBusyError, openLocalBatchSession } from '../batch/local-batch-session';
import { UsageError } from './usage-error';

/** The local stack for a one-off command: the running `npm start`'s servers, or our own on ./.precis. */
export async function openLocalSession(options: { readonly dataDir?: string; readonly apiPort?: number }) {
  try {
    return await openLocalBatchSession({ dataDir: options.dataDir ?? join(process.cwd(), '.precis'), apiPort: options.apiPort ?? Number(process.env.PORT ?? 8787) });
  } catch (error) {
    if (error instanceof LocalStackBusyError) throw new UsageError(error.message);
    throw error;
  }
}
