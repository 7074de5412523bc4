import type { ArticleStore, BlobStore, EventPublisher } from '../store/ports';

/** What the stages need from the outside world: ports only, so Lambda, local mode and tests share one path. */
export interface PipelineDeps {
  readonly blobs: BlobStore;
  readonly articles: ArticleStore;
  readonly events: EventPublisher;
  /** Largest accepted upload in bytes. */
  readonly maxBytes: number;
}
