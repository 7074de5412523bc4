import { walkHtml } from './walk-html';

/** How far into an HTML file to look for a `<meta>` charset (browsers look at 1024 bytes; pages are sloppier). */
const PRESCAN_BYTES = 16 * 1024;

/** The `charset=` parameter of a Content-Type value ("text/html; charset=windows-1252"), if any. */
export function charsetOfContentType(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const equals = parameter.indexOf('=');
    if (equals < 0 || parameter.slice(0, equals).trim().toLowerCase() !== 'charset') continue;
    const value = parameter.slice(equals + 1).trim().replace(/^["']|["']$/g, '');
    if (value.length > 0) return value;
  }
  return undefined;
}

/**
 * The charset an HTML file declares in `<meta charset>` or `<meta http-equiv="Content-Type">`.
 * The head is parsed as Latin-1, which keeps every ASCII byte (and so all markup) intact
 * whatever the real encoding is.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  let charset: string | undefined;
  walkHtml(head, {
    open(name, attributes) {
      if (charset !== undefined || name !== 'meta') return;
      if (attributes.charset) charset = attributes.charset.trim();
      else if (attributes['http-equiv']?.toLowerCase() === 'content-type' && attributes.content) charset = charsetOfContentType(attributes.content);
    },
    close() {},
    text() {},
  });
  return charset;
}
