/**
 * A finder for the next occurrence of any of a few characters, for scans whose start only moves
 * forward (as with nextMatchFinder): each character's next occurrence is found with `indexOf`,
 * which is several times faster than a character-class expression, and kept until the scan
 * passes it. Meant for two or three characters; every one of them costs a search of its own.
 */
export function nextCharacterFinder(characters: readonly string[], text: string): (from: number) => number {
  /** Per character, its first occurrence at or after the position it was last searched from (the text's length when none); -1 before the first search. */
  const next = new Int32Array(characters.length).fill(-1);
  return (from: number): number => {
    let nearest = text.length;
    for (let c = 0; c < characters.length; c++) {
      let at = next[c] as number;
      if (at < from) {
        at = text.indexOf(characters[c] as string, from);
        if (at < 0) at = text.length;
        next[c] = at;
      }
      if (at < nearest) nearest = at;
    }
    return nearest;
  };
}
