/**
 * The key holds other bytes than the ones this run read: a newer upload overwrote it, and that
 * upload's own event (or run) owns the key now. This run records nothing.
 */
export class SourceChangedError extends Error {
  override readonly name = 'SourceChangedError';
}
