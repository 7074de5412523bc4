// zod/mini: the same validation as zod's chained API at a small fraction of a Lambda bundle.
import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.minLength(1));

/** What EventBridge delivers for an S3 `Object Created` / `Object Deleted` (only what we read). */
const objectDetailSchema = z.object({
  bucket: z.object({ name: nonEmpty() }),
  object: z.object({ key: nonEmpty(), size: z.optional(z.int().check(z.nonnegative())), etag: z.optional(z.string()) }),
});
export const objectEventSchema = z.object({ detail: objectDetailSchema });
export type ObjectEvent = z.infer<typeof objectEventSchema>;

const sourceSchema = z.object({ bucket: z.string(), key: z.string(), etag: z.optional(z.string()), size: z.optional(z.number()) });

/**
 * A stage's output as the next stage receives it: inline when its JSON is small (nearly every
 * article; no S3 request), or the key of the S3 object that holds it (the state machine payload
 * is capped at 256 KB). See INLINE_ARTIFACT_MAX_BYTES. The inline value is the NLP's own output,
 * which the stages trust as they trust an artifact read back from S3.
 */
const artifactRefSchema = z.union([z.object({ key: nonEmpty() }), z.object({ inline: z.record(z.string(), z.unknown()) })]);
export type ArtifactRef = z.infer<typeof artifactRefSchema>;

/** What one stage hands the next: the article, its run, and the previous stage's output (inline or by key). */
export const stageReferenceSchema = z.object({
  articleId: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  /** The processing run this message belongs to; the store refuses its writes once a newer run owns the article. */
  runId: nonEmpty(),
  source: sourceSchema,
  artifact: artifactRefSchema,
});
export type StageReference = z.infer<typeof stageReferenceSchema>;

/** What the state machine's Catch hands the failure handler: the failed state's input plus `error`. */
export const failureInputSchema = z.object({
  articleId: z.optional(z.string()),
  runId: z.optional(z.string()),
  source: z.optional(sourceSchema),
  detail: z.optional(objectDetailSchema),
  error: z.object({ Error: z.string(), Cause: z.optional(z.string()) }),
});
export type FailureInput = z.infer<typeof failureInputSchema>;

/**
 * SUPERSEDED: a newer run of the same article finished or took over first; this run's result was
 * dropped. `retryable` (mark-failed only): false when the upload itself was refused (bad input),
 * which ends the execution as a success, since the system did its job; true for a fault.
 */
export const stageResultSchema = z.object({ articleId: z.string(), status: z.enum(['SUMMARIZED', 'FAILED', 'SUPERSEDED']), retryable: z.optional(z.boolean()) });
export type StageResult = z.infer<typeof stageResultSchema>;
