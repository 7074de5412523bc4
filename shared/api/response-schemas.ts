import * as z from 'zod/mini';
import { ARTICLE_STATUSES } from '../store/article-record';
import { articleIdSchema, speakerIdSchema } from './parameter-schemas';

/**
 * What the read API answers, as zod schemas. They shape every response (parsing strips storage
 * fields such as runId), and the OpenAPI document's components are generated from them, so the
 * contract and the code cannot drift apart. Each is registered under the component name it has
 * in the document.
 */
export const responseSchemas = z.registry<{ id: string }>();

const timestamp = z.iso.datetime();
const count = () => z.number().check(z.int(), z.minimum(0));
const offset = count();

export const textSpanSchema = z.object({ start: offset, end: offset, text: z.string() }).register(responseSchemas, { id: 'TextSpan' });

export const sourceSchema = z
  .object({ bucket: z.string(), key: z.string(), size: z.optional(count()), etag: z.optional(z.string()) })
  .register(responseSchemas, { id: 'Source' });

export const failureSchema = z.object({ code: z.string(), message: z.string(), retryable: z.boolean() }).register(responseSchemas, { id: 'Failure' });

export const articleStatsSchema = z
  .object({ characters: offset, paragraphs: offset, sentences: offset, quotes: offset, speakers: offset })
  .register(responseSchemas, { id: 'ArticleStats' });

export const speakerDigestSchema = z
  .object({
    id: speakerIdSchema,
    name: z.string(),
    quoteCount: count(),
    quotes: z.array(textSpanSchema),
    digest: z.string(),
    digestSpans: z.optional(z.array(textSpanSchema)),
  })
  .register(responseSchemas, { id: 'SpeakerDigest' });

/** The fields a listing shows: enough to pick an article, without its summary. */
export const articleListItemSchema = z
  .object({
    id: articleIdSchema,
    title: z.nullable(z.string()),
    status: z.enum(ARTICLE_STATUSES),
    /** Present when status is FAILED. */
    error: z.optional(failureSchema),
    source: sourceSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
    pipelineVersion: z.string(),
    stats: z.nullable(articleStatsSchema),
  })
  .register(responseSchemas, { id: 'ArticleListItem' });

export const articleSchema = z
  .extend(articleListItemSchema, {
    summary: z.nullable(z.object({ sentences: z.array(textSpanSchema), keyPoints: z.array(textSpanSchema) })),
    speakers: z.array(speakerDigestSchema),
    /** With `?include=text`: the normalized text every offset points into; null when none is stored (a failed article). */
    text: z.optional(z.nullable(z.string())),
  })
  .register(responseSchemas, { id: 'Article' });

export const quoteSchema = z
  .object({
    articleId: articleIdSchema,
    index: count(),
    kind: z.enum(['direct', 'partial', 'multi-paragraph', 'unterminated', 'indirect']),
    text: z.string(),
    start: offset,
    end: offset,
    speaker: z.nullable(z.object({ id: speakerIdSchema, name: z.string() })),
    cue: z.nullable(textSpanSchema),
    source: z.nullable(textSpanSchema),
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    createdAt: timestamp,
  })
  .register(responseSchemas, { id: 'Quote' });

export const speakerSchema = z
  .object({ id: speakerIdSchema, name: z.string(), quoteCount: count(), articleCount: count() })
  .register(responseSchemas, { id: 'Speaker' });

const batchCountsSchema = z
  .object({ considered: offset, started: offset, succeeded: offset, failed: offset, removed: z.optional(offset), skipped: offset })
  .register(responseSchemas, { id: 'BatchCounts' });

export const batchRunSchema = z
  .object({
    runId: z.string(),
    status: z.enum(['RUNNING', 'FINISHED', 'FAILED']),
    startedAt: timestamp,
    finishedAt: z.optional(timestamp),
    dryRun: z.boolean(),
    kinds: z.array(z.enum(['pending', 'processing', 'failed', 'outdated'])),
    limit: count(),
    pipelineVersion: z.string(),
    counts: batchCountsSchema,
    skippedReasons: z.record(z.string(), count()),
    error: z.optional(z.string()),
  })
  .register(responseSchemas, { id: 'BatchRun' });

/** A page of a listing; `cursor` is opaque and null on the last page. */
const pageOf = <T extends z.ZodMiniType>(item: T, id: string) =>
  z.object({ items: z.array(item), cursor: z.nullable(z.string()) }).register(responseSchemas, { id });

export const articlePageSchema = pageOf(articleListItemSchema, 'ArticlePage');
export const speakerPageSchema = pageOf(speakerSchema, 'SpeakerPage');
export const quotePageSchema = pageOf(quoteSchema, 'QuotePage');
export const batchRunPageSchema = pageOf(batchRunSchema, 'BatchRunPage');
/** An article's quotes come whole: an article has dozens, not thousands. */
export const articleQuotesSchema = z.object({ items: z.array(quoteSchema) }).register(responseSchemas, { id: 'ArticleQuotes' });

export const healthSchema = z.object({ status: z.literal('ok') }).register(responseSchemas, { id: 'Health' });

/** RFC 7807; `parameter` names the offending parameter on a 400. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().check(z.int(), z.minimum(400), z.maximum(599)),
    detail: z.string(),
    parameter: z.optional(z.string()),
  })
  .register(responseSchemas, { id: 'Problem' });
