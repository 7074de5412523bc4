/**
 * A finder for the next character of a class, for scans whose start only moves forward: the
 * regular expression (a single character class, so no backtracking) skips the uninteresting
 * characters natively, and a match found past the current position is reused instead of
 * searched for again, which keeps many short scans over one long text linear overall.
 * `test` rather than `exec`: the class matches one code unit, so the match starts just before
 * `lastIndex`, and no match array is built for each of the many matches.
 */
export function nextMatchFinder(characterClass: string, text: string): (from: number) => number {
  const pattern = new RegExp(characterClass, 'g');
  let found = -1;
  return (from: number): number => {
    if (found >= from) return found;
    pattern.lastIndex = from;
    found = pattern.test(text) ? pattern.lastIndex - 1 : text.length;
    return found;
  };
}
