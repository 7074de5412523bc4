import type { ArticleStore, BlobStore, EventPublisher } from '../store/ports';

/** What the stages need from the outside world: ports only, so Lambda, local mode and tests share one path. */
export interface PipelineDeps {
  readonly blobs: BlobStore;
  readonly articles: ArticleStore;
  readonly events: EventPublisher;
  /** Largest accepted upload in bytes. */
  readonly maxBytes: number;
}

/** The table and the bucket alone: what a delete needs, in a stage or in a batch run (which publishes nothing). */
export type StoragePorts = Pick<PipelineDeps, 'articles' | 'blobs'>;
