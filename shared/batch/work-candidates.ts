import type { ArticleRecord } from '../store/article-record';
import type { ArticleStore, BlobStore, ObjectInfo, WorkKind } from '../store/ports';
import { BUCKET } from '../store/table-definition';
import type { BatchSettings } from './batch-settings';
import { mapWithConcurrency } from './map-with-concurrency';

export type WorkCandidate =
  | { readonly kind: WorkKind; readonly article: ArticleRecord }
  /** An upload with no SOURCE record: its ObjectCreated event never made it to the pipeline. */
  | { readonly kind: 'lost-event'; readonly object: ObjectInfo };

/** An upload younger than the grace period is left to its own event, which is likely in flight. */
type ListedObject = ObjectInfo;

export interface CandidateQuery {
  readonly kinds: readonly WorkKind[];
  readonly now: Date;
  readonly pipelineVersion: string;
  readonly settings: Pick<BatchSettings, 'pageSize' | 'concurrency' | 'pendingGraceMs' | 'lostUploadGraceMs' | 'processingStuckMs' | 'failedRetryAfterMs'>;
}

/** Lost starts first (they are missing from the API), then stuck runs, retryable failures, and last the merely outdated. */
const KIND_ORDER: readonly (WorkKind | 'lost-event')[] = ['pending', 'lost-event', 'processing', 'failed', 'outdated'];

const isoBefore = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

/**
 * Everything a batch run should look at, a page at a time and in priority order; each kind
 * newest first. Pages are read only when the consumer asks for them, so a run that reaches its
 * cap stops reading: the work index is never scanned, and the bucket listing stops too.
 */
export async function* workCandidatePages(articles: ArticleStore, blobs: BlobStore, query: CandidateQuery): AsyncGenerator<readonly WorkCandidate[]> {
  const { settings, now } = query;
  const before: Record<WorkKind | 'lostUpload', string> = {
    pending: isoBefore(now, settings.pendingGraceMs),
    lostUpload: isoBefore(now, settings.lostUploadGraceMs),
    processing: isoBefore(now, settings.processingStuckMs),
    failed: isoBefore(now, settings.failedRetryAfterMs),
    outdated: query.pipelineVersion,
  };
  for (const kind of KIND_ORDER) {
    if (kind === 'lost-event') {
      if (query.kinds.includes('pending')) yield* lostEventPages(articles, blobs, query, before.lostUpload);
      continue;
    }
    if (!query.kinds.includes(kind)) continue;
    let cursor: string | undefined;
    do {
      const page = await articles.findWork({ kind, before: before[kind], limit: settings.pageSize, cursor });
      if (page.items.length > 0) yield page.items.map((article) => ({ kind, article }));
      cursor = page.cursor;
    } while (cursor);
  }
}

/** The one unavoidable listing (of the bucket, never the table): a page of keys at a time, each looked up by its SOURCE item. */
async function* lostEventPages(articles: ArticleStore, blobs: BlobStore, query: CandidateQuery, uploadedBefore: string): AsyncGenerator<readonly WorkCandidate[]> {
  let chunk: ListedObject[] = [];
  const orphansIn = async (objects: readonly ListedObject[]): Promise<WorkCandidate[]> => {
    const settled = objects.filter((object) => object.lastModified === undefined || object.lastModified < uploadedBefore);
    const recorded = await mapWithConcurrency(settled, query.settings.concurrency, (object) => articles.articleIdForSource({ bucket: blobs.bucket, key: object.key }));
    return settled.filter((_, index) => recorded[index] === undefined).map((object) => ({ kind: 'lost-event', object }));
  };
  for await (const object of blobs.list(BUCKET.incomingPrefix)) {
    // A "folder" placeholder is not an upload.
    if (object.key.endsWith('/')) continue;
    chunk.push(object);
    if (chunk.length < query.settings.pageSize) continue;
    const orphans = await orphansIn(chunk);
    chunk = [];
    if (orphans.length > 0) yield orphans;
  }
  const orphans = await orphansIn(chunk);
  if (orphans.length > 0) yield orphans;
}
