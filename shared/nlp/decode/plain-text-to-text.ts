import { collapseWhitespace } from './collapse-whitespace';

/** Characters after which a line break is a real paragraph end even when a lower-case line follows. */
const ENDS_PARAGRAPH = new Set(['.', '!', '?', '…', ':', ';', '"', '”', '’', "'", ')', ']']);

const startsLowercase = (line: string): boolean => {
  const first = line.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
};

/** Lines of text with Windows or old Mac line endings unified. */
export const splitLines = (text: string): string[] => text.split(/\r\n?|\n/);

/**
 * Plain text keeps its lines: news copy usually arrives one line per paragraph. Each line is
 * trimmed with inner whitespace collapsed, blank-line runs shrink to one blank line, and a line
 * broken mid-sentence (no closing punctuation, next line lower-case) is joined back with a space.
 */
export function plainTextToText(raw: string): string {
  // Lines are built as arrays of pieces and joined once: appending to the last line's string and
  // reading its last character back would flatten a growing string per line (quadratic).
  const lines: string[][] = [];
  let lastChar = '';
  let blankBefore = false;
  for (const rawLine of splitLines(raw)) {
    const line = collapseWhitespace(rawLine);
    if (line.length === 0) {
      blankBefore = lines.length > 0;
      continue;
    }
    const previous = lines.at(-1);
    if (previous !== undefined && !blankBefore && !ENDS_PARAGRAPH.has(lastChar) && startsLowercase(line)) previous.push(line);
    else {
      if (blankBefore) lines.push([]);
      lines.push([line]);
    }
    lastChar = line.charAt(line.length - 1);
    blankBefore = false;
  }
  return lines.map((pieces) => pieces.join(' ')).join('\n');
}
