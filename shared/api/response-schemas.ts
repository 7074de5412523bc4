import { z } from 'zod';
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
const offset = z.number().int().min(0);

export const textSpanSchema = z.object({ start: offset, end: offset, text: z.string() }).register(responseSchemas, { id: 'TextSpan' });

export const sourceSchema = z
  .object({ bucket: z.string(), key: z.string(), size: z.number().int().min(0).optional(), etag: z.string().optional() })
  .register(responseSchemas, { id: 'Source' });

export const failureSchema = z.object({ code: z.string(), message: z.string(), retryable: z.boolean() }).register(responseSchemas, { id: 'Failure' });

export const articleStatsSchema = z
  .object({ characters: offset, paragraphs: offset, sentences: offset, quotes: offset, speakers: offset })
  .register(responseSchemas, { id: 'ArticleStats' });

export const speakerDigestSchema = z
  .object({
    id: speakerIdSchema,
    name: z.string(),
    quoteCount: z.number().int().min(0),
    quotes: z.array(textSpanSchema),
    digest: z.string(),
    digestSpans: z.array(textSpanSchema).optional(),
  })
  .register(responseSchemas, { id: 'SpeakerDigest' });

/** The fields a listing shows: enough to pick an article, without its summary. */
export const articleListItemSchema = z
  .object({
    id: articleIdSchema,
    title: z.string().nullable(),
    status: z.enum(ARTICLE_STATUSES),
    /** Present when status is FAILED. */
    error: failureSchema.optional(),
    source: sourceSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
    pipelineVersion: z.string(),
    stats: articleStatsSchema.nullable(),
  })
  .register(responseSchemas, { id: 'ArticleListItem' });

export const articleSchema = articleListItemSchema
  .extend({
    summary: z.object({ sentences: z.array(textSpanSchema), keyPoints: z.array(textSpanSchema) }).nullable(),
    speakers: z.array(speakerDigestSchema),
    /** With `?include=text`: the normalized text every offset points into; null when none is stored (a failed article). */
    text: z.string().nullable().optional(),
  })
  .register(responseSchemas, { id: 'Article' });

export const quoteSchema = z
  .object({
    articleId: articleIdSchema,
    index: z.number().int().min(0),
    kind: z.enum(['direct', 'partial', 'multi-paragraph', 'unterminated', 'indirect']),
    text: z.string(),
    start: offset,
    end: offset,
    speaker: z.object({ id: speakerIdSchema, name: z.string() }).nullable(),
    cue: textSpanSchema.nullable(),
    source: textSpanSchema.nullable(),
    confidence: z.number().min(0).max(1),
    createdAt: timestamp,
  })
  .register(responseSchemas, { id: 'Quote' });

export const speakerSchema = z
  .object({ id: speakerIdSchema, name: z.string(), quoteCount: z.number().int().min(0), articleCount: z.number().int().min(0) })
  .register(responseSchemas, { id: 'Speaker' });

const batchCountsSchema = z
  .object({ considered: offset, started: offset, succeeded: offset, failed: offset, skipped: offset })
  .register(responseSchemas, { id: 'BatchCounts' });

export const batchRunSchema = z
  .object({
    runId: z.string(),
    status: z.enum(['RUNNING', 'FINISHED', 'FAILED']),
    startedAt: timestamp,
    finishedAt: timestamp.optional(),
    dryRun: z.boolean(),
    kinds: z.array(z.enum(['pending', 'processing', 'failed', 'outdated'])),
    limit: z.number().int().min(0),
    pipelineVersion: z.string(),
    counts: batchCountsSchema,
    skippedReasons: z.record(z.string(), z.number().int().min(0)),
    error: z.string().optional(),
  })
  .register(responseSchemas, { id: 'BatchRun' });

/** A page of a listing; `cursor` is opaque and null on the last page. */
const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), cursor: z.string().nullable() }).register(responseSchemas, { id });

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
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    parameter: z.string().optional(),
  })
  .register(responseSchemas, { id: 'Problem' });
