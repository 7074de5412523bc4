/**
 * The uploaded object was deleted before its run read it (S3 events arrive out of order): there
 * is nothing to process and nothing to record, and retrying cannot bring it back.
 */
export class SourceGoneError extends Error {
  override readonly name = 'SourceGoneError';
}
