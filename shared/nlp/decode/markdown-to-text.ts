import { collapseWhitespace } from './collapse-whitespace';
import { markdownInlineToText } from './markdown-inline';
import { splitLines } from './plain-text-to-text';

export interface ExtractedText {
  readonly title: string | null;
  /** Paragraphs, already whitespace-collapsed, non-empty. */
  readonly paragraphs: readonly string[];
}

// Each of these is anchored and has no nested quantifiers, so it runs in linear time on a line.
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const FENCE = /^(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/;
const TABLE_DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;

/** `***`, `- - -`, `___`: three or more of one mark and nothing else but spaces. */
function isThematicBreak(line: string): boolean {
  const mark = line.charAt(0);
  if (mark !== '-' && mark !== '*' && mark !== '_') return false;
  let count = 0;
  for (const char of line) {
    if (char === mark) count++;
    else if (char !== ' ' && char !== '\t') return false;
  }
  return count >= 3;
}

const isSetextUnderline = (line: string, mark: '=' | '-'): boolean => line.length > 0 && [...line].every((char) => char === mark);

/** `# Title ##` → "Title". */
function headingText(line: string): string {
  let text = line.replace(/^#{1,6}/, '');
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '#') end--;
  if (end === 0 || text.charAt(end - 1) === ' ' || text.charAt(end - 1) === '\t') text = text.slice(0, end);
  return text.trim();
}

/** `> > quoted` → "quoted". */
function stripBlockquoteMarkers(line: string): string {
  let rest = line;
  while (rest.startsWith('>')) rest = rest.slice(rest.charAt(1) === ' ' ? 2 : 1).trimStart();
  return rest;
}

/** A YAML front matter block (`---` … `---`) at the very top: its `title:`, and where the body starts. */
function frontMatter(lines: readonly string[]): { readonly title: string | null; readonly bodyStart: number } {
  if (lines[0]?.trim() !== '---') return { title: null, bodyStart: 0 };
  for (let i = 1; i < lines.length && i < 200; i++) {
    const line = lines[i]!.trim();
    if (line !== '---' && line !== '...') continue;
    const titleLine = lines.slice(1, i).find((candidate) => candidate.startsWith('title:'));
    const title = titleLine === undefined ? '' : titleLine.slice('title:'.length).trim().replace(/^(["'])(.*)\1$/, '$2');
    return { title: title.length > 0 ? title : null, bodyStart: i + 1 };
  }
  return { title: null, bodyStart: 0 };
}

/**
 * Markdown → title and paragraphs. Block syntax (headings, list markers, blockquote markers,
 * code fences, rules, reference definitions, table delimiter rows) is removed line by line;
 * the lines of one paragraph are joined; inline syntax is removed per paragraph. The first
 * heading becomes the title (front matter `title:` wins) and is left out of the paragraphs.
 */
export function markdownToText(raw: string): ExtractedText {
  const lines = splitLines(raw);
  const front = frontMatter(lines);
  let title = front.title;
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;

  const add = (markdown: string): void => {
    const text = collapseWhitespace(markdownInlineToText(markdown));
    if (text.length > 0) paragraphs.push(text);
  };
  const flush = (): void => {
    if (current.length > 0) add(current.join('\n'));
    current = [];
  };
  const addHeading = (markdown: string): void => {
    if (title !== null) return add(markdown);
    const text = collapseWhitespace(markdownInlineToText(markdown));
    if (text.length > 0) title = text;
  };

  for (let index = front.bodyStart; index < lines.length; index++) {
    const rawLine = lines[index]!;
    if (fence !== null) {
      // Code stays as text (one paragraph per line): it is the author's content, only its fences are syntax.
      if (rawLine.trim().startsWith(fence)) fence = null;
      else if (rawLine.trim().length > 0) paragraphs.push(collapseWhitespace(rawLine));
      continue;
    }
    const line = stripBlockquoteMarkers(rawLine.trim());
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    if (line.length === 0) {
      flush();
      continue;
    }
    if (ATX_HEADING.test(line)) {
      flush();
      addHeading(headingText(line));
      continue;
    }
    if (current.length > 0 && (isSetextUnderline(line, '=') || isSetextUnderline(line, '-'))) {
      const heading = current.join(' ');
      current = [];
      addHeading(heading);
      continue;
    }
    if (isThematicBreak(line) || REFERENCE_DEFINITION.test(line) || (line.includes('|') && TABLE_DELIMITER_ROW.test(line))) {
      flush();
      continue;
    }
    const listMarker = LIST_MARKER.exec(line);
    if (listMarker) {
      flush();
      current.push(line.slice(listMarker[0].length));
      continue;
    }
    // Two trailing spaces or a backslash: a hard line break, which (like <br> in HTML) ends a paragraph.
    const hardBreak = rawLine.endsWith('  ') || line.endsWith('\\');
    current.push(hardBreak && line.endsWith('\\') ? line.slice(0, -1) : line);
    if (hardBreak) flush();
  }
  flush();
  return { title, paragraphs };
}
