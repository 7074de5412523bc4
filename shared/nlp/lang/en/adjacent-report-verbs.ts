import { CLOSING_REPORT_VERBS } from './closing-report-verbs';

/**
 * Verbs of a report set right next to a quotation no cue claims ("…,” said Mr. Meyer. “…”", "Dianne Bystrom
 * agreed. “…”", "…''' Mr. Biden said, clutching …"): the closing-report verbs and the verbs that, said of a
 * speaker, carry on what was just said. Lower case.
 */
export const ADJACENT_REPORT_VERBS: ReadonlySet<string> = new Set([
  ...CLOSING_REPORT_VERBS,
  'agreed', 'agrees', 'told', 'tells', 'states', 'stated', 'explained', 'explains', 'recalled', 'recalls', 'replied',
  'replies', 'responded', 'responds', 'continued', 'continues', 'observed', 'observes', 'insisted', 'insists', 'reads', 'read',
]);
