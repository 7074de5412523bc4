import type { ArticleRecord, ArticleStats, ArticleStatus, FailureReason, QuoteRecord, SourceRef } from './article-record';
import type { Summary } from '../nlp/types';

export interface StoredObject {
  readonly bytes: Uint8Array;
  readonly etag?: string;
}

export interface ObjectInfo {
  readonly key: string;
  readonly size: number;
  readonly etag?: string;
}

/** The bucket: uploads under `incoming/`, stage artifacts under `artifacts/`. */
export interface BlobStore {
  readonly bucket: string;
  get(key: string): Promise<StoredObject>;
  head(key: string): Promise<ObjectInfo | undefined>;
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
  deletePrefix(prefix: string): Promise<void>;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; absent on the last page. */
  readonly cursor?: string;
}

export interface ListArticlesQuery {
  readonly limit: number;
  readonly cursor?: string;
  readonly status?: ArticleStatus;
}

export interface StartProcessing {
  readonly id: string;
  readonly title: string | null;
  readonly source: SourceRef;
  readonly pipelineVersion: string;
}

export interface SaveResult {
  readonly id: string;
  readonly title: string | null;
  readonly pipelineVersion: string;
  readonly summary: Summary;
  readonly stats: ArticleStats;
  readonly quotes: readonly Omit<QuoteRecord, 'articleId' | 'createdAt'>[];
}

/** The single table: articles, their quotes, and which source object made which article. */
export interface ArticleStore {
  startProcessing(input: StartProcessing): Promise<void>;
  saveResult(input: SaveResult): Promise<void>;
  markFailed(id: string, source: SourceRef, reason: FailureReason, pipelineVersion: string): Promise<void>;
  getArticle(id: string): Promise<ArticleRecord | undefined>;
  listArticles(query: ListArticlesQuery): Promise<Page<ArticleRecord>>;
  listQuotes(articleId: string): Promise<QuoteRecord[]>;
  /** Which article a source object produced (to delete it when the object goes). */
  articleIdForSource(source: SourceRef): Promise<string | undefined>;
  deleteArticle(id: string, source: SourceRef): Promise<void>;
}

/** Where `ArticleSummarized` / `ArticleFailed` go. */
export interface EventPublisher {
  publish(type: 'ArticleSummarized' | 'ArticleFailed', detail: Record<string, unknown>): Promise<void>;
}
