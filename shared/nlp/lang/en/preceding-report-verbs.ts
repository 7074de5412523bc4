import { CLOSING_REPORT_VERBS } from './closing-report-verbs';

/**
 * Verbs of a report that ends the sentence right before a quotation standing alone ("…,” said Mr. Meyer.
 * “…”", "Dianne Bystrom agreed. “…”"): the closing-report verbs and the verbs that, said of a speaker, carry
 * on what was just said. Lower case.
 */
export const PRECEDING_REPORT_VERBS: ReadonlySet<string> = new Set([
  ...CLOSING_REPORT_VERBS,
  'agreed', 'agrees', 'told', 'tells', 'states', 'stated', 'explained', 'explains', 'recalled', 'recalls', 'replied',
  'replies', 'responded', 'responds', 'continued', 'continues', 'observed', 'observes', 'insisted', 'insists',
]);
