import type { Span } from '../types';
import { LEADING_FURNITURE } from './standalone-cues';

/**
 * Moves a sentence's start past page furniture glued to its front ("Scroll down for video",
 * a "(CNN) --" dateline, a byline), so a summary shows only the article's words. The span
 * stays inside the sentence; when nothing but furniture is left, the sentence is returned as is.
 */
export function trimFurniture(text: string, sentence: Span): Span {
  let start = sentence.start;
  for (let changed = true; changed; ) {
    changed = false;
    const rest = text.slice(start, sentence.end);
    for (const pattern of LEADING_FURNITURE) {
      const match = pattern.exec(rest);
      if (match && match[0].length > 0 && match[0].length < rest.length) {
        start += match[0].length;
        changed = true;
        break;
      }
    }
  }
  const body = text.slice(start, sentence.end);
  return /[\p{L}\p{N}]/u.test(body) ? { start, end: sentence.end } : sentence;
}
