import { isSpace } from '../segment/char-classes';

/**
 * Spaces, tabs, other Unicode spaces and BOMs (the sentence splitter's `isSpace`), plus stray
 * control characters: all become one space.
 */
const isCollapsible = (code: number): boolean => isSpace(code) || (code < 0x20 && code !== 0x0a) || code === 0x7f;

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
