import { describe, expect, it } from 'vitest';
import { decode } from '../../../../shared/nlp/decode/decode';
import { DecodeError, type DecodeErrorCode } from '../../../../shared/nlp/decode/decode-error';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function expectError(result: ReturnType<typeof decode>, code: DecodeErrorCode, name: string): void {
  expect(result).toBeInstanceOf(DecodeError);
  const error = result as DecodeError;
  expect(error.code).toBe(code);
  expect(error.name).toBe('DecodeError');
  expect(error.message).toContain(name);
  // One sentence: a single full stop, at the end.
  expect(error.message.trimEnd().endsWith('.')).toBe(true);
}

describe('decode errors', () => {
  it.each([
    ['zero bytes', new Uint8Array(), 'empty.txt'],
    ['whitespace only', utf8(' \r\n\t \n\u00a0 '), 'blank.txt'],
    ['Markdown with only syntax', utf8('---\n\n![](a.png)\n\n```\n```\n'), 'syntax.md'],
    ['HTML with no article text', utf8('<html><head><title>T</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>'), 'shell.html'],
  ])('returns empty for %s', (_, bytes, name) => {
    expectError(decode(bytes, name), 'empty', name);
  });

  it('returns binary for NUL bytes', () => {
    expectError(decode(new Uint8Array([0x48, 0x69, 0x00, 0x21]), 'nul.txt'), 'binary', 'nul.txt');
  });

  it('returns binary for a high share of control characters without any NUL', () => {
    const bytes = utf8('PK\u0003\u0004\u0014\u0006\u0008\u0008abc\u0001\u0002');
    expectError(decode(bytes, 'archive.md'), 'binary', 'archive.md');
  });

  it('accepts the odd control character in otherwise normal text', () => {
    const result = decode(utf8(`A form feed\fis not binary. ${'Plain words. '.repeat(10)}`), 'formfeed.txt');
    expect(result).not.toBeInstanceOf(DecodeError);
  });

  it.each([
    ['txt', 'latin1.txt'],
    ['md', 'latin1.md'],
    ['html without a declared charset', 'latin1.html'],
  ])('returns not-utf8 for Latin-1 bytes in %s', (_, name) => {
    const bytes = new Uint8Array([...utf8('<p>Caf'), 0xe9, ...utf8(' Nu'), 0xf1, ...utf8('ez</p>')]);
    expectError(decode(bytes, name), 'not-utf8', name);
  });

  it('returns too-large before decoding anything', () => {
    // Over the limit and binary as well: the size check must come first.
    const bytes = new Uint8Array(101);
    expectError(decode(bytes, 'big.txt', { maxBytes: 100 }), 'too-large', 'big.txt');
  });

  it('enforces a 2 MB default limit', () => {
    const bytes = new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61);
    expectError(decode(bytes, 'huge.txt'), 'too-large', 'huge.txt');
    expect(decode(bytes.subarray(1), 'limit.txt')).not.toBeInstanceOf(DecodeError);
  });

  it.each(['report.pdf', 'article.docx', 'no-extension', 'archive.txt.gz'])('returns unsupported-type for %s', (name) => {
    expectError(decode(utf8('Some text.'), name), 'unsupported-type', name);
  });
});
