import type { QuotationKind, Span, Summary } from '../nlp/types';

export const ARTICLE_STATUSES = ['PENDING', 'PROCESSING', 'SUMMARIZED', 'FAILED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface SourceRef {
  readonly bucket: string;
  readonly key: string;
  readonly etag?: string;
  readonly size?: number;
}

export const sourceId = (source: Pick<SourceRef, 'bucket' | 'key'>): string => `${source.bucket}/${source.key}`;

export interface FailureReason {
  /** A decode error code (`binary`, `empty`, ...) or the error's type for a processing failure. */
  readonly code: string;
  readonly message: string;
  /** Bad input will fail the same way again; anything else may succeed on a re-run. */
  readonly retryable: boolean;
}

export interface ArticleStats {
  readonly characters: number;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly quotes: number;
  readonly speakers: number;
}

export interface ArticleRecord {
  readonly id: string;
  readonly status: ArticleStatus;
  readonly title: string | null;
  /** The upload that last (re)started processing. */
  readonly source: SourceRef;
  /** Every object (`bucket/key`) holding this content; the article goes when the last one does. */
  readonly sources: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly pipelineVersion: string;
  /** The processing run that owns the record now: a write from an older run is refused. */
  readonly runId?: string;
  readonly error?: FailureReason;
  readonly stats?: ArticleStats;
  readonly summary?: Summary;
}

/** An article as a listing holds it (the listing index copies no summary and no list of sources). */
export type ArticleListing = Omit<ArticleRecord, 'summary' | 'sources'>;

/** An article as the work index holds it: enough to claim it and find an upload to re-run it from. */
export type WorkItem = Pick<ArticleRecord, 'id' | 'status' | 'updatedAt' | 'createdAt' | 'pipelineVersion' | 'source' | 'sources'>;

export interface QuoteRecord extends Span {
  readonly articleId: string;
  readonly index: number;
  readonly kind: QuotationKind;
  readonly text: string;
  readonly speaker: { readonly id: string; readonly name: string } | null;
  readonly cue: (Span & { readonly text: string }) | null;
  readonly source: (Span & { readonly text: string }) | null;
  readonly confidence: number;
  readonly createdAt: string;
}

export interface SpeakerRecord {
  readonly id: string;
  readonly name: string;
  readonly quoteCount: number;
  readonly articleCount: number;
}
