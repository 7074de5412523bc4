/**
 * The domain types every stage speaks. Offsets are `[start, end)` in UTF-16 code units of
 * `Document.text` (the normalized text), so `text.slice(start, end)` is always the span's text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type SourceFormat = 'txt' | 'md' | 'html';

/** Decoded, normalized article text: what every later offset points into. */
export interface Document {
  /** File name (or key) the bytes came from; used in messages only. */
  readonly name: string;
  readonly format: SourceFormat;
  readonly title: string | null;
  readonly text: string;
  /** Size of the raw input in bytes. */
  readonly byteLength: number;
}

export type Paragraph = Span;

export interface Sentence extends Span {
  /** Index into `Segmented.paragraphs`. */
  readonly paragraph: number;
}

/**
 * direct: a whole statement in quote marks; partial: a quoted fragment inside a reported
 * sentence; multi-paragraph: paragraphs that open with a quote mark and only the last closes;
 * unterminated: a quote whose close never comes (ends at its paragraph); indirect: reported
 * speech with no quote marks ("X said that ...").
 */
export type QuotationKind = 'direct' | 'partial' | 'multi-paragraph' | 'unterminated' | 'indirect';

export interface Quotation extends Span {
  readonly kind: QuotationKind;
  /** `text.slice(start, end)`: the content, without the enclosing quote marks. */
  readonly text: string;
  /** The speech verb or phrase ("said", "told reporters", "according to") when segmentation found one. */
  readonly cue: Span | null;
  /** Index of the sentence the quotation starts in. */
  readonly sentence: number;
  /**
   * The content pieces when they are not one run of text: a quote interrupted by its cue
   * ("…," he said. "…"), or one running over several paragraphs. Absent when the content is `[start, end)`.
   */
  readonly pieces?: readonly Span[];
  /** The noun phrase the cue names as the speaker ("Trump", "he", "a White House spokesman"), before coreference. */
  readonly speakerMention?: Span | null;
  /** How the quotation was tied to its cue (e.g. `quote-source-cue`); attribution confidence depends on it. */
  readonly pattern?: string;
}

export interface Segmented {
  readonly document: Document;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly quotations: readonly Quotation[];
}

export type MentionKind = 'name' | 'title' | 'description' | 'pronoun' | 'organization';

export interface Mention extends Span {
  readonly kind: MentionKind;
  readonly text: string;
}

/** Everyone the article lets speak, after coreference. */
export interface SpeakerCluster {
  /** Stable across articles: a slug of `name`. */
  readonly id: string;
  /** Canonical name: the cluster's longest proper name. */
  readonly name: string;
  readonly mentions: readonly Mention[];
}

export interface SpeakerRef {
  readonly id: string;
  readonly name: string;
}

export interface AttributedQuote extends Quotation {
  readonly speaker: SpeakerRef | null;
  /** The mention that names the speaker for this quote. */
  readonly source: Span | null;
  /** Confidence in [0, 1] that `speaker` is right (calibrated on PolNeAR dev). */
  readonly confidence: number;
  /** How `source` names the speaker: name, pronoun, relative, description, group, context (an earlier quote's speaker), none. */
  readonly sourceKind?: string;
}

export interface Attributed {
  readonly segmented: Segmented;
  readonly speakers: readonly SpeakerCluster[];
  readonly quotes: readonly AttributedQuote[];
}

export interface TextSpan extends Span {
  readonly text: string;
}

export interface SpeakerDigest {
  readonly id: string;
  readonly name: string;
  readonly quoteCount: number;
  /** The one or two most representative quotes. */
  readonly quotes: readonly TextSpan[];
  /** One line built from the speaker's own words (extractive). */
  readonly digest: string;
  /** Where each piece of `digest` comes from (the digest joins them with " … "). */
  readonly digestSpans?: readonly TextSpan[];
}

export interface Summary {
  readonly sentences: readonly TextSpan[];
  readonly keyPoints: readonly TextSpan[];
  readonly speakers: readonly SpeakerDigest[];
}

export interface SummarizeOptions {
  /** Number of summary sentences; default 3, fewer for short articles. */
  readonly sentences?: number;
}
