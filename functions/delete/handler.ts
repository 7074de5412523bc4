import { stageHandler } from '../../shared/pipeline/stage-handler';
import { objectEventSchema } from '../../shared/pipeline/stage-messages';
import { runDelete } from '../../shared/pipeline/stages/delete-stage';

export const handler = stageHandler('delete', objectEventSchema, runDelete);
