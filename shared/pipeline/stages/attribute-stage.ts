import { attribute } from '../../nlp/attribute/attribute';
import type { Segmented } from '../../nlp/types';
import type { PipelineDeps } from '../pipeline-deps';
import type { StageReference } from '../stage-messages';
import { passArtifact, takeArtifact } from './artifacts';

/** Stage 2: who said what. */
export async function runAttribute(deps: PipelineDeps, reference: StageReference): Promise<StageReference> {
  const segmented = await takeArtifact<Segmented>(deps, reference.artifact);
  return { ...reference, artifact: await passArtifact(deps, reference.articleId, 'attribute', attribute(segmented)) };
}
