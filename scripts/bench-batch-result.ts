import type { BatchRunRecord } from '../shared/store/batch-run-record';

/** Starts the batch process's result line; the stage handlers' metrics share its stdout. */
export const RESULT_MARKER = 'bench-batch-result ';

export interface BenchBatchResult {
  readonly run: BatchRunRecord;
  readonly seconds: number;
  /** CPU time the batch process spent (user + system): per article, the figure that does not depend on how busy the machine is. */
  readonly cpuMs: number;
  readonly peakRss: number;
  /** Heap used once 10%, 50% and 100% of the candidates had settled. */
  readonly heapAt: readonly number[];
}
