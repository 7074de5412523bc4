/** A cursor that did not come from us, or no longer fits the query. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}
