import type { SourceRef } from '../store/article-record';

/**
 * A short claim on an upload that has no record yet (its event was lost), so that two
 * overlapping batch runs do not both start it. Articles are claimed on their own record
 * (`ArticleStore.claimForRerun`); an orphan object has no record to claim, hence this.
 */
export interface ObjectLeases {
  /** True when this run now holds the lease; false while another run's lease is live. */
  claimObject(source: Pick<SourceRef, 'bucket' | 'key'>, runId: string, leaseMs: number): Promise<boolean>;
}
