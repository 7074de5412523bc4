import { z } from 'zod';

/** What EventBridge delivers for an S3 `Object Created` / `Object Deleted` (only what we read). */
export const objectEventSchema = z.object({
  detail: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({ key: z.string().min(1), size: z.number().int().nonnegative().optional(), etag: z.string().optional() }),
  }),
});
export type ObjectEvent = z.infer<typeof objectEventSchema>;

const sourceSchema = z.object({ bucket: z.string(), key: z.string(), etag: z.string().optional(), size: z.number().optional() });

/** What one stage hands the next: a reference, never the document (the state machine payload is capped). */
export const stageReferenceSchema = z.object({
  articleId: z.string().regex(/^[0-9a-f]{32}$/),
  /** The processing run this message belongs to; the store refuses its writes once a newer run owns the article. */
  runId: z.string().min(1),
  source: sourceSchema,
  artifactKey: z.string().min(1),
});
export type StageReference = z.infer<typeof stageReferenceSchema>;

/** What the state machine's Catch hands the failure handler: the failed state's input plus `error`. */
export const failureInputSchema = z.object({
  articleId: z.string().optional(),
  runId: z.string().optional(),
  source: sourceSchema.optional(),
  detail: objectEventSchema.shape.detail.optional(),
  error: z.object({ Error: z.string(), Cause: z.string().optional() }),
});
export type FailureInput = z.infer<typeof failureInputSchema>;

/** SUPERSEDED: a newer run of the same article finished or took over first; this run's result was dropped. */
export const stageResultSchema = z.object({ articleId: z.string(), status: z.enum(['SUMMARIZED', 'FAILED', 'SUPERSEDED']) });
export type StageResult = z.infer<typeof stageResultSchema>;
