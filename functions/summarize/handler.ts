import { stageHandler } from '../../shared/pipeline/stage-handler';
import { stageReferenceSchema } from '../../shared/pipeline/stage-messages';
import { runSummarize } from '../../shared/pipeline/stages/summarize-stage';

export const handler = stageHandler('summarize', stageReferenceSchema, runSummarize);
