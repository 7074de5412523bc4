/** Spaces, tabs, other Unicode spaces, stray control characters and BOMs: all become one space. */
const isCollapsible = (code: number): boolean =>
  code === 0x20 ||
  (code < 0x20 && code !== 0x0a) ||
  code === 0x7f ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  // A byte order mark inside the text (files glued together) is not content either.
  code === 0xfeff;

/**
 * One line of text with every run of spaces (and tabs, no-break spaces, control characters)
 * turned into a single space and the ends trimmed. Newlines count as spaces too, so a wrapped
 * HTML or Markdown paragraph becomes one line.
 */
export function collapseWhitespace(text: string): string {
  let out = '';
  let pendingSpace = false;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isCollapsible(code) && code !== 0x0a) continue;
    if (i > runStart) {
      out += (pendingSpace && out.length > 0 ? ' ' : '') + text.slice(runStart, i);
      pendingSpace = false;
    }
    pendingSpace = true;
    runStart = i + 1;
  }
  if (text.length > runStart) out += (pendingSpace && out.length > 0 ? ' ' : '') + text.slice(runStart);
  return out;
}
