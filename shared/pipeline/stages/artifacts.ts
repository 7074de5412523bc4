import { BUCKET } from '../../store/table-definition';
import type { PipelineDeps } from '../pipeline-deps';
import type { ArtifactRef } from '../stage-messages';

/** Step Functions' cap on a state's input or output (UTF-8 JSON), which a Lambda answer becomes. */
export const STATE_PAYLOAD_MAX_BYTES = 256 * 1024;

/**
 * The largest artifact (serialized, UTF-8 bytes) that travels inline in a stage's answer instead
 * of going to S3. A state holds one artifact at a time (each task's answer replaces its input),
 * plus the reference's own fields (under 1 KB) and, when a stage fails, the Catch's `$.error`,
 * whose Cause carries the Lambda error's message and stack trace. 96 KB of the 256 KB are left
 * for those, and for any escaping Step Functions applies that JSON.stringify does not. A typical
 * article's artifacts are 10–30 KB, so they all travel inline and cost no S3 PUT and GET; a long
 * article's go to S3 by reference as before.
 */
export const INLINE_ARTIFACT_MAX_BYTES = 160 * 1024;

/** Where a stage leaves a large output for the next one: `artifacts/<articleId>/<stage>.json`. */
export const artifactKey = (articleId: string, stage: string) => `${BUCKET.artifactsPrefix}${articleId}/${stage}.json`;

/** The normalized text every offset points into, kept as long as the article. */
export const textKey = (articleId: string) => `${BUCKET.articlesPrefix}${articleId}/text.txt`;

/** A stage's output for the next stage: inline when small enough, otherwise written to S3 and passed by key. */
export async function passArtifact(deps: PipelineDeps, articleId: string, stage: string, value: object): Promise<ArtifactRef> {
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json) <= INLINE_ARTIFACT_MAX_BYTES) return { inline: value as Record<string, unknown> };
  const key = artifactKey(articleId, stage);
  await deps.blobs.put(key, json, 'application/json');
  return { key };
}

/** The previous stage's output, from the message itself or from S3. */
export async function takeArtifact<T>(deps: PipelineDeps, artifact: ArtifactRef): Promise<T> {
  if ('inline' in artifact) return artifact.inline as T;
  const stored = await deps.blobs.get(artifact.key);
  if (!stored) throw new Error(`artifact ${artifact.key} is missing`);
  return JSON.parse(new TextDecoder().decode(stored.bytes)) as T;
}
