/**
 * Verbs of a report that closes its sentence after a comma ("…, veteran Republicans said.", "…, a police
 * report indicates."): the sentence before the comma is what the report says, cues inside it included.
 */
export const CLOSING_REPORT_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'argued', 'argues', 'reported', 'reports',
  'indicates', 'indicated', 'shows', 'showed', 'found', 'finds', 'concluded', 'concludes', 'contends', 'contended',
]);
