// zod/mini: the same validation as zod's chained API at a small fraction of the read Lambda's bundle.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { speakerId } from '../nlp/attribute/speaker-id';
import { ARTICLE_STATUSES } from '../store/article-record';

// A 400 quotes zod's message ("limit: Too big: expected number to be <=100"). zod/mini registers
// no locale, so without this every message would be "Invalid input"; like classic zod, only set
// English when no locale has been configured.
if (!z.config().localeError) z.config(en());

/**
 * Every path and query parameter the read API takes. Query values arrive as strings, so numbers
 * are coerced; an unknown parameter is refused (strict objects) so that a typo such as `staus=`
 * is a 400 instead of a silently unfiltered listing.
 */

/** A content hash: 32 lowercase hex characters (see shared/pipeline/article-id). */
export const articleIdSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex characters'));

/** A slug of the speaker's canonical name, as shared/nlp/attribute/speaker-id makes it. */
export const speakerIdSchema = z
  .string()
  .check(z.maxLength(200), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters and digits joined by single hyphens'));

export const runIdSchema = z.string().check(z.maxLength(128), z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be letters, digits, and . _ : -'));

const limitSchema = z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20);
const cursorSchema = z.optional(z.string().check(z.minLength(1), z.maxLength(2048)));

/** The listing index compares ISO strings, so any offset is normalized to UTC first. */
const sinceSchema = z.optional(
  z.pipe(
    z.union([z.iso.datetime({ offset: true }), z.iso.date()]),
    z.transform((value: string) => new Date(value).toISOString()),
  ),
);

/** Free text narrowed to the slug alphabet the speaker listing is keyed on ("Ada Love" → "ada-love"). */
const speakerPrefixSchema = z.optional(
  z.pipe(
    z.pipe(
      z.string().check(z.maxLength(100)),
      z.transform((value: string) => speakerId(value)),
    ),
    z.string().check(z.minLength(1, 'must contain a letter or digit')),
  ),
);

export const noQuerySchema = z.strictObject({});
export const pageQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });
export const listArticlesQuerySchema = z.extend(pageQuerySchema, { status: z.optional(z.enum(ARTICLE_STATUSES)), since: sinceSchema });
export const getArticleQuerySchema = z.strictObject({ include: z.optional(z.enum(['text'])) });
export const listSpeakersQuerySchema = z.extend(pageQuerySchema, { prefix: speakerPrefixSchema });

export const noPathSchema = z.strictObject({});
export const articlePathSchema = z.strictObject({ id: articleIdSchema });
export const speakerPathSchema = z.strictObject({ speakerId: speakerIdSchema });
export const batchPathSchema = z.strictObject({ runId: runIdSchema });
