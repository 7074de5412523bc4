import { stageHandler } from '../../shared/pipeline/stage-handler';
import { failureInputSchema } from '../../shared/pipeline/stage-messages';
import { runMarkFailed } from '../../shared/pipeline/stages/mark-failed-stage';

export const handler = stageHandler('mark-failed', failureInputSchema, runMarkFailed);
