import { looksBinary } from './detect-binary';
import { decodeWindows1252 } from './windows-1252';

export type TextDecoding = { readonly text: string } | { readonly failure: 'binary' | 'not-utf8'; readonly encoding: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Made once: constructing a TextDecoder cost more than decoding a typical article with it. A
 * decoder called without `stream` starts afresh on every call, so sharing it is safe.
 */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);

/** A WHATWG encoding name for a declared label, or undefined when Node does not know it. */
function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Bytes → string. A BOM wins; then a declared charset (HTML only); otherwise the bytes must be
 * valid UTF-8. A declared single-byte charset such as windows-1252 cannot fail, so only UTF-8
 * is decoded strictly. A UTF-16 declaration without a BOM is read as UTF-8, as browsers do.
 */
export function bytesToString(bytes: Uint8Array, declaredCharset?: string): TextDecoding {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return { failure: 'not-utf8', encoding };
    }
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return looksBinary(units) ? { failure: 'binary', encoding } : { text };
  }
  if (looksBinary(bytes)) return { failure: 'binary', encoding: 'utf-8' };
  const declared = startsWith(bytes, UTF8_BOM) || declaredCharset === undefined ? undefined : encodingOf(declaredCharset);
  if (declared !== undefined && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return { text: declared === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(declared).decode(bytes) };
  }
  try {
    // The decoder drops a leading BOM itself (ignoreBOM is false by default).
    return { text: STRICT_UTF8.decode(bytes) };
  } catch {
    return { failure: 'not-utf8', encoding: 'utf-8' };
  }
}
