import { stageHandler } from '../../shared/pipeline/stage-handler';
import { stageReferenceSchema } from '../../shared/pipeline/stage-messages';
import { runAttribute } from '../../shared/pipeline/stages/attribute-stage';

export const handler = stageHandler('attribute', stageReferenceSchema, runAttribute);
