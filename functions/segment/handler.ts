import { stageHandler } from '../../shared/pipeline/stage-handler';
import { objectEventSchema } from '../../shared/pipeline/stage-messages';
import { runSegment } from '../../shared/pipeline/stages/segment-stage';

export const handler = stageHandler('segment', objectEventSchema, runSegment);
