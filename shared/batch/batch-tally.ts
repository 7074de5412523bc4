import type { BatchCounts } from '../store/batch-run-record';
import type { PipelineStartOutcome } from './pipeline-starter';

/** Why a candidate was not started; the keys of `BatchRunRecord.skippedReasons`. */
export type SkipReason =
  /** The article's state moved on since it was read, or another run holds its lease. */
  | 'claimed-by-another-run'
  /** The per-run cap was reached; the rest of the page in hand is counted, nothing further is read. */
  | 'over-limit'
  /** A dry run counts what it would start. */
  | 'dry-run'
  /** The object got its record between the listing and the claim (or, for a lost delete, lost it or came back): its event arrived after all. */
  | 'recorded-meanwhile'
  /** No upload holds the article any more (deleted while the delete event was lost, say): a re-run could only fail. */
  | 'source-gone'
  /** The starter (or a lost delete's removal) threw: throttled, permissions; the claim's lease runs out and a later run retries. */
  | 'start-failed';

/** The running counts of one batch run. */
export class BatchTally {
  private considered = 0;
  private started = 0;
  private succeeded = 0;
  private failed = 0;
  private removedCount = 0;
  private readonly skips = new Map<SkipReason, number>();

  consider(): void {
    this.considered++;
  }

  skip(reason: SkipReason): void {
    this.skips.set(reason, (this.skips.get(reason) ?? 0) + 1);
  }

  /** SUPERSEDED counts as started only: a newer run of the same article owns the outcome. STARTED (AWS) is asynchronous. */
  record(outcome: PipelineStartOutcome): void {
    this.started++;
    if (outcome === 'SUMMARIZED') this.succeeded++;
    if (outcome === 'FAILED') this.failed++;
  }

  /** A lost delete finished: the record of an object that is gone, removed. */
  removed(): void {
    this.removedCount++;
  }

  get counts(): BatchCounts {
    let skipped = 0;
    for (const count of this.skips.values()) skipped += count;
    return { considered: this.considered, started: this.started, succeeded: this.succeeded, failed: this.failed, removed: this.removedCount, skipped };
  }

  get skippedReasons(): Readonly<Record<string, number>> {
    return Object.fromEntries([...this.skips].sort(([a], [b]) => a.localeCompare(b)));
  }
}
