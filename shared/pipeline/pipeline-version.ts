import { NLP_VERSION } from '../nlp/version';
import packageJson from '../../package.json';

/** Package version plus the NLP's own version: a record made by an older one is re-processed. */
export const PIPELINE_VERSION = `${packageJson.version}+nlp.${NLP_VERSION}`;
