import type { DecodeErrorCode } from '../nlp/decode/decode-error';

/**
 * The upload itself is unusable: the article is already recorded as FAILED with the code, and
 * retrying cannot help, so the state machine must not retry it.
 */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
    readonly articleId: string,
  ) {
    super(message);
  }
}
