export type DecodeErrorCode = 'empty' | 'binary' | 'not-utf8' | 'too-large' | 'unsupported-type';

/** A bad input: returned (not thrown) by `decode`, carried to the article record as its failure. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isDecodeError = (value: unknown): value is DecodeError => value instanceof DecodeError;
