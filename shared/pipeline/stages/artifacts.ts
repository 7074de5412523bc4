import { BUCKET } from '../../store/table-definition';
import type { PipelineDeps } from '../pipeline-deps';

/** Where a stage leaves its output for the next one: `artifacts/<articleId>/<stage>.json`. */
export const artifactKey = (articleId: string, stage: string) => `${BUCKET.artifactsPrefix}${articleId}/${stage}.json`;

/** The normalized text every offset points into, kept as long as the article. */
export const textKey = (articleId: string) => `${BUCKET.articlesPrefix}${articleId}/text.txt`;

export async function readArtifact<T>(deps: PipelineDeps, key: string): Promise<T> {
  const stored = await deps.blobs.get(key);
  if (!stored) throw new Error(`artifact ${key} is missing`);
  return JSON.parse(new TextDecoder().decode(stored.bytes)) as T;
}

export async function writeArtifact(deps: PipelineDeps, key: string, value: unknown): Promise<void> {
  await deps.blobs.put(key, JSON.stringify(value), 'application/json');
}
