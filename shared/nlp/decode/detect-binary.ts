/** Share of control characters above which a file is taken for binary data, not text. */
const MAX_CONTROL_SHARE = 0.1;

const isControl = (unit: number): boolean => (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) || unit === 0x7f;

/**
 * Binary data, not text: any NUL, or more than a tenth control characters. Works on bytes or on
 * UTF-16 code units (for UTF-16 files, whose bytes legitimately hold NULs).
 */
export function looksBinary(units: ArrayLike<number>): boolean {
  let controls = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit === 0) return true;
    if (isControl(unit)) controls++;
  }
  return controls > units.length * MAX_CONTROL_SHARE;
}
