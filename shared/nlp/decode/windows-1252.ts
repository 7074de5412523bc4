/**
 * Bytes 0x80–0x9F of windows-1252 (WHATWG index), where it differs from ISO-8859-1. Node 20's
 * TextDecoder decodes windows-1252, and with it the "iso-8859-1" and "latin1" labels that
 * WHATWG maps to it, as plain ISO-8859-1, turning curly quotes into C1 control characters.
 */
const HIGH_CONTROLS: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Characters per String.fromCharCode call, below engines' argument limits. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80]! : byte;
  }
  let text = '';
  for (let start = 0; start < units.length; start += CHUNK) text += String.fromCharCode(...units.subarray(start, start + CHUNK));
  return text;
}
