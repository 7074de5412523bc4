/** A problem with what the user gave us: printed as one line, exit code 1, no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
