/**
 * Speech verbs whose object clause may hold a cue of its own ("Democrats say they believe …"): the
 * outer verb's subject is the source PolNeAR marks. Present and past forms that take a bare clause.
 */
export const NESTING_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'noted', 'notes', 'wrote', 'writes',
  'explained', 'acknowledged', 'admitted', 'suggested', 'suggests', 'warned', 'warns', 'stressed', 'predicted', 'believes', 'believe', 'thinks', 'think', 'contends', 'contended',
]);
