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
  if (isCollapsed(text)) return text;
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

/**
 * Whether the text is already what collapseWhitespace makes of it: no space at either end, and
 * none but single plain spaces between words. Most lines of news copy are; they are then
 * returned as they are, where rebuilding them piece by piece cost a string per word.
 */
function isCollapsed(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII other than the space: the common case, and never collapsible.
    if (code > 0x20 && code < 0x7f) {
      afterSpace = false;
      continue;
    }
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    if (code === 0x0a || isCollapsible(code)) return false;
    afterSpace = false;
  }
  return !afterSpace || text.length === 0;
}
