import type { Document, SourceFormat } from '../types';
import { bytesToString } from './bytes-to-string';
import { charsetOfContentType, declaredHtmlCharset } from './declared-charset';
import { DecodeError } from './decode-error';
import { htmlToText } from './html-to-text';
import { markdownToText, type ExtractedText } from './markdown-to-text';
import { plainTextToText } from './plain-text-to-text';

export interface DecodeOptions {
  /** Largest accepted input, in bytes. */
  readonly maxBytes?: number;
  /** The stored object's Content-Type; its `charset=` (if any) overrides a charset the HTML declares. */
  readonly contentType?: string;
}

import { DEFAULT_MAX_BYTES } from './limits';

export { DEFAULT_MAX_BYTES };

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
};

export const formatOf = (name: string): SourceFormat | undefined => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : FORMAT_BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
};

/** Blocks of Markdown and HTML are separated by a blank line, so a reader of the text sees paragraphs. */
const joinParagraphs = (extracted: ExtractedText): string => extracted.paragraphs.join('\n\n');

function declaredCharset(bytes: Uint8Array, format: SourceFormat, contentType: string | undefined): string | undefined {
  const fromContentType = contentType === undefined ? undefined : charsetOfContentType(contentType);
  if (fromContentType !== undefined) return fromContentType;
  return format === 'html' ? declaredHtmlCharset(bytes) : undefined;
}

/**
 * Bytes of an uploaded file → normalized text and title, or a typed reason it cannot be read.
 * Every later offset points into the returned `text`.
 */
export function decode(bytes: Uint8Array, name: string, options: DecodeOptions = {}): Document | DecodeError {
  const format = formatOf(name);
  if (!format) return new DecodeError('unsupported-type', `${name}: unsupported file type (expected .txt, .md, .html or .htm).`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) return new DecodeError('too-large', `${name}: ${bytes.byteLength} bytes is over the ${maxBytes}-byte limit.`);
  if (bytes.byteLength === 0) return new DecodeError('empty', `${name}: the file is empty.`);

  const decoded = bytesToString(bytes, declaredCharset(bytes, format, options.contentType));
  if ('failure' in decoded) {
    return decoded.failure === 'binary'
      ? new DecodeError('binary', `${name}: holds NUL or control bytes, so it is binary data, not text.`)
      : new DecodeError('not-utf8', `${name}: is not valid ${decoded.encoding === 'utf-8' ? 'UTF-8' : decoded.encoding.toUpperCase()} and declares no other charset.`);
  }

  let title: string | null = null;
  let text: string;
  if (format === 'txt') text = plainTextToText(decoded.text);
  else {
    const extracted = format === 'md' ? markdownToText(decoded.text) : htmlToText(decoded.text);
    title = extracted.title;
    text = joinParagraphs(extracted);
  }
  if (text.length === 0) return new DecodeError('empty', `${name}: has no ${format === 'html' ? 'article text' : 'text'}.`);
  return { name, format, title, text, byteLength: bytes.byteLength };
}
