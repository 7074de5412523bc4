import type { Document, SourceFormat } from '../types';
import { DecodeError } from './decode-error';

export interface DecodeOptions {
  /** Largest accepted input, in bytes. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  md: 'md',
  html: 'html',
  htm: 'html',
};

export const formatOf = (name: string): SourceFormat | undefined => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : FORMAT_BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
};

/** Bytes of an uploaded file → normalized text, or a typed reason it cannot be read. */
export function decode(bytes: Uint8Array, name: string, options: DecodeOptions = {}): Document | DecodeError {
  const format = formatOf(name);
  if (!format) return new DecodeError('unsupported-type', `${name}: unsupported file type (expected .txt, .md, .html or .htm)`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) return new DecodeError('too-large', `${name}: ${bytes.byteLength} bytes is over the ${maxBytes}-byte limit`);
  if (bytes.includes(0)) return new DecodeError('binary', `${name}: holds NUL bytes, so it is binary, not text`);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new DecodeError('not-utf8', `${name}: is not valid UTF-8`);
  }
  const text = raw.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text.length === 0) return new DecodeError('empty', `${name}: has no text`);
  return { name, format, title: null, text, byteLength: bytes.byteLength };
}
