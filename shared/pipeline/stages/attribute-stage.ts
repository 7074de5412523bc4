import { attribute } from '../../nlp/attribute/attribute';
import type { Segmented } from '../../nlp/types';
import type { PipelineDeps } from '../pipeline-deps';
import type { StageReference } from '../stage-messages';
import { artifactKey, readArtifact, writeArtifact } from './artifacts';

/** Stage 2: who said what. */
export async function runAttribute(deps: PipelineDeps, reference: StageReference): Promise<StageReference> {
  const segmented = await readArtifact<Segmented>(deps, reference.artifactKey);
  const key = artifactKey(reference.articleId, 'attribute');
  await writeArtifact(deps, key, attribute(segmented));
  return { ...reference, artifactKey: key };
}
