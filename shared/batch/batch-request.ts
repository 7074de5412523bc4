import * as z from 'zod/mini';
import type { WorkKind } from '../store/ports';

export const WORK_KINDS = ['pending', 'processing', 'failed', 'outdated'] as const satisfies readonly WorkKind[];

/**
 * What to run: the schedule sends an EventBridge "Scheduled Event" (none of these fields, so all
 * defaults); an operator may invoke with `{ "dryRun": true, "kinds": ["failed"], "limit": 10 }`.
 * Unknown fields are ignored, which is what lets the scheduled event through.
 */
export const batchRequestSchema = z.object({
  dryRun: z._default(z.boolean(), false),
  /** `pending` also covers lost events: uploads with no record, and records whose object was deleted. */
  kinds: z._default(z.array(z.enum(WORK_KINDS)).check(z.minLength(1)), [...WORK_KINDS]),
  limit: z.optional(z.int().check(z.positive())),
});

export type BatchRequest = z.infer<typeof batchRequestSchema>;
