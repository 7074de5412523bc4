const isAsciiPunctuation = (code: number): boolean =>
  (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
const isWordChar = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f;
const isBlank = (code: number): boolean => Number.isNaN(code) || code === 0x20 || code === 0x09 || code === 0x0a;

/**
 * Matching closers for `[` and `(` (-1 for none), computed with one stack each so link
 * detection never searches forward (a line of `[[[[` stays linear).
 */
function matchBrackets(text: string): Int32Array {
  const matches = new Int32Array(text.length).fill(-1);
  const squares: number[] = [];
  const parens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) i++;
    else if (code === 0x5b) squares.push(i);
    else if (code === 0x28) parens.push(i);
    else if (code === 0x5d) {
      const open = squares.pop();
      if (open !== undefined) matches[open] = i;
    } else if (code === 0x29) {
      const open = parens.pop();
      if (open !== undefined) matches[open] = i;
    }
  }
  return matches;
}

/** End (exclusive) of a link or image target right after the label closing at `labelClose`: `(url)` or `[ref]`; -1 for none. */
function targetEnd(text: string, labelClose: number, matches: Int32Array): number {
  if (labelClose < 0) return -1;
  const next = text.charCodeAt(labelClose + 1);
  if (next !== 0x28 && next !== 0x5b) return -1;
  const close = matches[labelClose + 1]!;
  return close < 0 ? -1 : close + 1;
}

/** Characters that may start inline syntax; everything else is copied in runs. */
const isSyntax = (code: number): boolean =>
  code === 0x5c || code === 0x21 || code === 0x5b || code === 0x5d || code === 0x3c || code === 0x60 || code === 0x2a || code === 0x5f || code === 0x7e;

/**
 * Inline Markdown → its text: `[t](u)` and `[t][r]` give t, images are dropped, emphasis
 * and code marks (`*`, `_`, `~~`, backticks) and backslash escapes are removed, `<url>` gives
 * the url. `*` with spaces on both sides ("5 * 3") and `_` inside a word (snake_case) stay.
 */
export function markdownInlineToText(text: string): string {
  const matches = matchBrackets(text);
  /** Where a link label ends → where its target ends: the scan jumps over the target. */
  const skipTargets = new Map<number, number>();
  let out = '';
  let noAutolinkBefore = 0;
  let copyFrom = 0;
  let i = 0;
  /** Copies the plain text before `i` and moves the copy start past the syntax that ends at `next`. */
  const replace = (next: number, replacement = ''): void => {
    out += text.slice(copyFrom, i) + replacement;
    i = next;
    copyFrom = next;
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isSyntax(code)) {
      i++;
      continue;
    }
    if (code === 0x5d) {
      const skipTo = skipTargets.get(i);
      if (skipTo !== undefined) replace(skipTo);
      else i++;
      continue;
    }
    if (code === 0x5c) {
      if (isAsciiPunctuation(text.charCodeAt(i + 1))) replace(i + 2, text.charAt(i + 1));
      else i++;
      continue;
    }
    if (code === 0x21) {
      const end = text.charCodeAt(i + 1) === 0x5b ? targetEnd(text, matches[i + 1]!, matches) : -1;
      if (end >= 0) replace(end);
      else i++;
      continue;
    }
    if (code === 0x5b) {
      const labelClose = matches[i]!;
      const end = targetEnd(text, labelClose, matches);
      if (end >= 0) {
        skipTargets.set(labelClose, end);
        replace(i + 1);
      } else i++;
      continue;
    }
    if (code === 0x3c) {
      if (i >= noAutolinkBefore) {
        const rest = text.slice(i + 1, i + 9).toLowerCase();
        if (rest.startsWith('http://') || rest.startsWith('https://') || rest.startsWith('mailto:')) {
          let close = i + 1;
          while (close < text.length && text.charCodeAt(close) !== 0x3e && !isBlank(text.charCodeAt(close))) close++;
          if (text.charCodeAt(close) === 0x3e) {
            replace(close + 1, text.slice(i + 1, close));
            continue;
          }
          // Every "<http" up to here would stop at the same blank: don't scan it again.
          noAutolinkBefore = close;
        }
      }
      i++;
      continue;
    }
    if (code === 0x60) {
      replace(i + 1);
      continue;
    }
    if (code === 0x7e && text.charCodeAt(i + 1) !== 0x7e) {
      i++;
      continue;
    }
    // Emphasis: a run of *, _ or ~~ is syntax when it touches a word on one side.
    let runEnd = i;
    while (text.charCodeAt(runEnd) === code) runEnd++;
    const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
    const after = text.charCodeAt(runEnd);
    const opens = !isBlank(after);
    const closes = !isBlank(before);
    const isMark = code === 0x5f ? (opens && !isWordChar(before)) || (closes && !isWordChar(after)) : opens || closes;
    if (isMark) replace(runEnd);
    else i = runEnd;
  }
  return out + text.slice(copyFrom);
}
