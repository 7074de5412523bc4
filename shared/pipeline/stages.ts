// Every stage in one import, for tests and tools; each Lambda imports only its own stage so its
// bundle carries only the NLP it runs.
export { runAttribute } from './stages/attribute-stage';
export { runDelete } from './stages/delete-stage';
export { runMarkFailed } from './stages/mark-failed-stage';
export { runSegment } from './stages/segment-stage';
export { runSummarize } from './stages/summarize-stage';
