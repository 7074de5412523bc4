import type { BatchRunRecord } from './batch-run-record';
import type { ArticleListing, ArticleRecord, ArticleStats, ArticleStatus, FailureReason, QuoteRecord, SourceRef, SpeakerRecord, WorkItem } from './article-record';
import type { Summary } from '../nlp/types';

export interface StoredObject {
  readonly bytes: Uint8Array;
  readonly etag?: string;
}

export interface ObjectInfo {
  readonly key: string;
  readonly size: number;
  readonly etag?: string;
  /** ISO-8601, when the store reports it (a listing does). */
  readonly lastModified?: string;
}

/** The bucket: uploads under `incoming/`, texts under `articles/`, stage artifacts under `artifacts/`. */
export interface BlobStore {
  readonly bucket: string;
  /** Resolves undefined when the object does not exist. */
  get(key: string): Promise<StoredObject | undefined>;
  head(key: string): Promise<ObjectInfo | undefined>;
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
  deletePrefix(prefix: string): Promise<void>;
  list(prefix: string): AsyncIterable<ObjectInfo>;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; absent on the last page. */
  readonly cursor?: string;
}

export interface PageQuery {
  readonly limit: number;
  readonly cursor?: string;
}

export interface ListArticlesQuery extends PageQuery {
  readonly status?: ArticleStatus;
  /** ISO-8601: only articles created at or after it. */
  readonly since?: string;
}

export interface StartProcessing {
  readonly id: string;
  readonly title: string | null;
  readonly source: SourceRef;
  readonly pipelineVersion: string;
}

export interface SaveResult {
  readonly id: string;
  readonly runId: string;
  readonly title: string | null;
  readonly pipelineVersion: string;
  readonly summary: Summary;
  readonly stats: ArticleStats;
  readonly quotes: readonly Omit<QuoteRecord, 'articleId' | 'createdAt'>[];
}

/** A SOURCE record: the object key, the article its bytes made, and the ETag of those bytes when known. */
export interface SourcePointer {
  readonly key: string;
  readonly articleId: string;
  readonly etag?: string;
}

/** Which batch-run work list to read from the status index. */
export type WorkKind = 'pending' | 'processing' | 'failed' | 'outdated';

export interface WorkQuery extends PageQuery {
  readonly kind: WorkKind;
  /** pending/processing/failed: last touched before this ISO time; outdated: made by a version older than this. */
  readonly before: string;
}

/** The single table: articles, their quotes, speakers, and which source object made which article. */
export interface ArticleStore {
  /** Marks the article PROCESSING under a new run id (creating it if new) and records the source. */
  startProcessing(input: StartProcessing): Promise<{ readonly runId: string }>;
  /** Stores the result atomically (a new quote set, then one transaction flips to it and moves the speaker counts); 'stale' when a newer run owns the article. */
  saveResult(input: SaveResult): Promise<'saved' | 'stale'>;
  /** Records a failure; with a run id, only while that run still owns the article. */
  markFailed(id: string, source: SourceRef, reason: FailureReason, pipelineVersion: string, runId?: string): Promise<'saved' | 'stale'>;
  getArticle(id: string): Promise<ArticleRecord | undefined>;
  listArticles(query: ListArticlesQuery): Promise<Page<ArticleListing>>;
  listQuotes(articleId: string): Promise<QuoteRecord[]>;
  listSpeakers(query: PageQuery & { readonly prefix?: string }): Promise<Page<SpeakerRecord>>;
  listSpeakerQuotes(speakerId: string, query: PageQuery): Promise<Page<QuoteRecord>>;
  /** Which article a source object produced. */
  articleIdForSource(source: SourceRef): Promise<string | undefined>;
  /** The SOURCE record of an object (strongly consistent), with the ETag of the bytes it recorded. */
  sourcePointer(source: SourceRef): Promise<SourcePointer | undefined>;
  /**
   * Every SOURCE record of a bucket under a key prefix, in key order (UTF-8 bytes, as S3 lists
   * keys), so a batch run can walk it beside the bucket's listing. Eventually consistent.
   */
  listSources(bucket: string, prefix: string): AsyncIterable<SourcePointer>;
  /** The object is gone: forget it, and the article too when no other object holds its content. */
  removeSource(source: SourceRef): Promise<{ readonly articleId: string; readonly articleDeleted: boolean } | undefined>;
  /** Articles a batch run should look at, from the sparse status index (never a scan). */
  findWork(query: WorkQuery): Promise<Page<WorkItem>>;
  /** Takes an article for a re-run: PENDING with a lease, unless another run holds a live lease or its state moved on. */
  claimForRerun(id: string, expected: { readonly status: ArticleStatus; readonly updatedAt: string }, leaseMs: number): Promise<boolean>;
}

/** Where `ArticleSummarized` / `ArticleFailed` go. */
export interface EventPublisher {
  publish(type: 'ArticleSummarized' | 'ArticleFailed', detail: Record<string, unknown>): Promise<void>;
}

/** Batch run records (`BATCH#<runId>`), listed newest first. */
export interface BatchRunStore {
  putRun(run: BatchRunRecord): Promise<void>;
  getRun(runId: string): Promise<BatchRunRecord | undefined>;
  listRuns(query: PageQuery): Promise<Page<BatchRunRecord>>;
}
