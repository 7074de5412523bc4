import { z } from 'zod';
import { speakerId } from '../nlp/attribute/speaker-id';
import { ARTICLE_STATUSES } from '../store/article-record';

/**
 * Every path and query parameter the read API takes. Query values arrive as strings, so numbers
 * are coerced; an unknown parameter is refused (strict objects) so that a typo such as `staus=`
 * is a 400 instead of a silently unfiltered listing.
 */

/** A content hash: 32 lowercase hex characters (see shared/pipeline/article-id). */
export const articleIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex characters');

/** A slug of the speaker's canonical name, as shared/nlp/attribute/speaker-id makes it. */
export const speakerIdSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters and digits joined by single hyphens');

export const runIdSchema = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be letters, digits, and . _ : -');

const limitSchema = z.coerce.number().int().min(1).max(100).default(20);
const cursorSchema = z.string().min(1).max(2048).optional();

/** The listing index compares ISO strings, so any offset is normalized to UTC first. */
const sinceSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value).toISOString())
  .optional();

/** Free text narrowed to the slug alphabet the speaker listing is keyed on ("Ada Love" → "ada-love"). */
const speakerPrefixSchema = z
  .string()
  .max(100)
  .transform((value) => speakerId(value))
  .pipe(z.string().min(1, 'must contain a letter or digit'))
  .optional();

export const noQuerySchema = z.strictObject({});
export const pageQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });
export const listArticlesQuerySchema = pageQuerySchema.extend({ status: z.enum(ARTICLE_STATUSES).optional(), since: sinceSchema });
export const getArticleQuerySchema = z.strictObject({ include: z.enum(['text']).optional() });
export const listSpeakersQuerySchema = pageQuerySchema.extend({ prefix: speakerPrefixSchema });

export const noPathSchema = z.strictObject({});
export const articlePathSchema = z.strictObject({ id: articleIdSchema });
export const speakerPathSchema = z.strictObject({ speakerId: speakerIdSchema });
export const batchPathSchema = z.strictObject({ runId: runIdSchema });
