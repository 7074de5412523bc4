import type { Paragraph } from '../types';
import { isLineBreak, isSpace } from './char-classes';

/**
 * Every non-blank line is a paragraph: decode already joins a paragraph's wrapped lines, so a
 * line break in the normalized text always means a new paragraph (for .txt files that is how
 * articles arrive: one line per paragraph). Spans exclude the surrounding whitespace.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineBreak(text.charCodeAt(i))) continue;
    let start = lineStart;
    let end = i;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
    lineStart = i + 1;
  }
  return paragraphs;
}
