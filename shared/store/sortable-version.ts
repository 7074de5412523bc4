/**
 * A pipeline version ("1.2.10+nlp.3") as a string that sorts like the version does, so that
 * "made by an older pipeline" is a key-range query: numbers are zero-padded.
 */
export function sortableVersion(version: string): string {
  return version.replace(/\d+/g, (digits) => digits.padStart(6, '0'));
}
