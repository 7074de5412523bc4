import type { Analysis } from '../nlp/analyze';

const wrap = (text: string, indent: string, width = 96): string => {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - indent.length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
};

/** The human-readable report of `precis summarize <file>`. */
export function formatReport(name: string, { attributed, summary }: Analysis): string {
  const { document } = attributed.segmented;
  const out: string[] = [];
  const title = document.title ?? name;
  out.push(title, '═'.repeat(Math.min(title.length, 96)), '');
  out.push('Summary');
  summary.sentences.forEach((s, i) => out.push(wrap(s.text, '     ').replace(/^ {5}/, `  ${i + 1}. `)));
  out.push('', 'Key points');
  for (const point of summary.keyPoints) out.push(wrap(point.text, '    ').replace(/^ {4}/, '  • '));
  out.push('', 'Who said what');
  if (summary.speakers.length === 0) out.push('  (no attributed quotes)');
  for (const speaker of summary.speakers) {
    out.push(`  ${speaker.name} — ${speaker.quoteCount} quote${speaker.quoteCount === 1 ? '' : 's'}`);
    if (speaker.digest) out.push(wrap(speaker.digest, '      '));
  }
  const unattributed = attributed.quotes.filter((q) => !q.speaker).length;
  out.push('', `${attributed.quotes.length} quotations, ${unattributed} without a recoverable speaker.`);
  return out.join('\n');
}
