import { writeMarkedSection } from './marked-sections.mjs';

const HEADER = '# precis benchmarks\n\nWritten by `npm run eval` and `npm run bench`; every figure comes from the run noted in its section.\n';

/** One section of BENCHMARKS.md, written by eval or bench. */
export const writeSection = (name, markdown) => writeMarkedSection('BENCHMARKS.md', HEADER, name, markdown);
