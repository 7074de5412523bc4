import type { WorkKind } from './ports';

export interface BatchCounts {
  /** Articles (and objects or records the bucket and table disagree on) the run looked at. */
  readonly considered: number;
  /** Pipeline runs it started. */
  readonly started: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Records of objects that were deleted while their delete event was lost, removed by this run. */
  readonly removed: number;
  readonly skipped: number;
}

export interface BatchRunRecord {
  readonly runId: string;
  readonly status: 'RUNNING' | 'FINISHED' | 'FAILED';
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly dryRun: boolean;
  readonly kinds: readonly WorkKind[];
  /** The per-run cap on started pipeline runs. */
  readonly limit: number;
  readonly pipelineVersion: string;
  readonly counts: BatchCounts;
  /** Why articles were skipped, e.g. `{ "claimed-by-another-run": 2, "over-limit": 10 }`. */
  readonly skippedReasons: Readonly<Record<string, number>>;
  readonly error?: string;
}
