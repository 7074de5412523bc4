import type { SourceRef, WorkItem } from '../store/article-record';
import type { ArticleStore, BlobStore, ObjectInfo, SourcePointer, WorkKind } from '../store/ports';
import { BUCKET } from '../store/table-definition';
import type { BatchSettings } from './batch-settings';
import { checksRecord } from './record-checks';

export type WorkCandidate =
  | { readonly kind: WorkKind; readonly article: WorkItem }
  /** An upload with no SOURCE record, or one recording other bytes: its ObjectCreated event never made it through the pipeline. */
  | { readonly kind: 'lost-event'; readonly object: ObjectInfo }
  /** A SOURCE record whose object is gone: its ObjectRemoved event never made it to the delete handler. */
  | { readonly kind: 'lost-delete'; readonly source: SourceRef }
  /** A SOURCE record that agrees with its object but names an article that is gone: the upload is re-run to make it again. */
  | { readonly kind: 'dangling-record'; readonly object: ObjectInfo; readonly articleId: string };

export interface CandidateQuery {
  readonly kinds: readonly WorkKind[];
  readonly now: Date;
  readonly pipelineVersion: string;
  readonly settings: Pick<BatchSettings, 'pageSize' | 'pendingGraceMs' | 'lostUploadGraceMs' | 'processingStuckMs' | 'failedRetryAfterMs' | 'recordCheckEvery'>;
}

/** Lost starts and deletes first (the API is wrong about them), then stuck runs, retryable failures, and last the merely outdated. */
const KIND_ORDER: readonly (WorkKind | 'reconcile')[] = ['pending', 'reconcile', 'processing', 'failed', 'outdated'];

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
    if (kind === 'reconcile') {
      if (query.kinds.includes('pending')) yield* reconciliationPages(articles, blobs, query, before.lostUpload);
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

/** The key holds other bytes than its record says (both ETags known), and not so recently that their own event is likely in flight. */
const isOverwriteNotRecorded = (listed: ObjectInfo, recorded: SourcePointer, uploadedBefore: string): boolean =>
  listed.etag !== undefined && recorded.etag !== undefined && listed.etag !== recorded.etag && (listed.lastModified === undefined || listed.lastModified < uploadedBefore);

/** Uploaded before the grace period began: its own event (or the run it started) is no longer likely in flight. */
const isSettled = (listed: ObjectInfo, uploadedBefore: string): boolean => listed.lastModified === undefined || listed.lastModified < uploadedBefore;

/** S3 lists keys, and DynamoDB sorts them, by their UTF-8 bytes; JavaScript compares UTF-16 code units. */
const byUtf8 = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The one unavoidable listing (of the bucket, never the table), walked beside the SOURCE records
 * listed in the same key order: a key only in the bucket is an upload whose event was lost, a key
 * only in the table is an object whose delete was lost, and a key whose ETag differs from the one
 * recorded was overwritten while the new bytes' run was lost. A sample of the keys they agree on
 * have their article looked up (record-checks.ts): a record naming a deleted article is re-run.
 * A key the two listings disagree on only because it changed between them is checked again
 * before anything is done about it.
 */
async function* reconciliationPages(articles: ArticleStore, blobs: BlobStore, query: CandidateQuery, uploadedBefore: string): AsyncGenerator<readonly WorkCandidate[]> {
  const objects = blobs.list(BUCKET.incomingPrefix)[Symbol.asyncIterator]();
  const sources = articles.listSources(blobs.bucket, BUCKET.incomingPrefix)[Symbol.asyncIterator]();
  let object = await objects.next();
  let source = await sources.next();
  let page: WorkCandidate[] = [];
  while (!object.done || !source.done) {
    const order = object.done ? 1 : source.done ? -1 : byUtf8(object.value.key, source.value.key);
    if (order < 0 && !object.done) {
      const listed = object.value;
      // A "folder" placeholder is not an upload, and a young upload's own event is likely in flight.
      if (!listed.key.endsWith('/') && isSettled(listed, uploadedBefore)) page.push({ kind: 'lost-event', object: listed });
      object = await objects.next();
    } else if (order > 0 && !source.done) {
      page.push({ kind: 'lost-delete', source: { bucket: blobs.bucket, key: source.value.key } });
      source = await sources.next();
    } else {
      if (!object.done && !source.done) {
        if (isOverwriteNotRecorded(object.value, source.value, uploadedBefore)) page.push({ kind: 'lost-event', object: object.value });
        else if (isSettled(object.value, uploadedBefore) && checksRecord(source.value.key, query.now, query.settings.recordCheckEvery) && !(await articles.getArticle(source.value.articleId))) {
          page.push({ kind: 'dangling-record', object: object.value, articleId: source.value.articleId });
        }
      }
      [object, source] = await Promise.all([objects.next(), sources.next()]);
    }
    if (page.length >= query.settings.pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
