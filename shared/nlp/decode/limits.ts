/** The largest upload we read, in bytes, unless configured otherwise (MAX_INPUT_BYTES). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
