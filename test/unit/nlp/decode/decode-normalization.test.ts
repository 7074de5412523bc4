import { describe, expect, it } from 'vitest';
import { decode } from '../../../../shared/nlp/decode/decode';
import type { Document } from '../../../../shared/nlp/types';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function decoded(bytes: Uint8Array, name: string, contentType?: string): Document {
  const result = decode(bytes, name, contentType === undefined ? {} : { contentType });
  if (!('text' in result)) throw result;
  return result;
}

describe('decode normalization', () => {
  it('strips a UTF-8 BOM and unifies CRLF and CR line endings', () => {
    expect(decoded(utf8('\uFEFFOne.\r\nTwo.\rThree.'), 'a.txt').text).toBe('One.\nTwo.\nThree.');
  });

  it('reads UTF-16 files that start with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'Hi “you”.'].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    expect(decoded(bytes, 'wide.txt').text).toBe('Hi “you”.');
  });

  it('collapses runs of spaces and tabs but keeps curly and straight quotes as they are', () => {
    expect(decoded(utf8('  He said \t "yes"   and  “no”\u00a0\u00a0today.  '), 'q.txt').text).toBe('He said "yes" and “no” today.');
  });

  it('keeps one-line-per-paragraph plain text and shrinks blank-line runs to one', () => {
    expect(decoded(utf8('First paragraph.\nSecond paragraph.\n\n\n\nThird.'), 'p.txt').text).toBe('First paragraph.\nSecond paragraph.\n\nThird.');
  });

  it('joins a plain-text line broken mid-sentence but not a heading line', () => {
    expect(decoded(utf8('Putin said the talks were\nconstructive.\nUS-Russia ties\nTrump agreed.'), 'w.txt').text).toBe(
      'Putin said the talks were constructive.\nUS-Russia ties\nTrump agreed.',
    );
  });

  it('separates HTML paragraphs with a blank line and decodes entities', () => {
    const document = decoded(utf8('<p>Tom &amp; Jerry&rsquo;s &#8220;show&#8221;</p><div>Next&nbsp;&nbsp;block</div>'), 'e.html');
    expect(document.text).toBe('Tom & Jerry’s “show”\n\nNext block');
  });

  it('prefers <article> over the rest of the page and picks the longest article', () => {
    const html = '<body><p>Site teaser.</p><article><p>Short card.</p></article><article><h1>Real story</h1><p>The real story is longer than the card.</p></article></body>';
    const document = decoded(utf8(html), 'a.html');
    expect(document.text).toBe('The real story is longer than the card.');
    expect(document.title).toBe('Real story');
  });

  it('falls back to <main> and then to <title> for the title', () => {
    const html = '<html><head><title>Page title</title></head><body><nav>Menu</nav><main><p>Main text.</p></main><p>Outside.</p></body></html>';
    const document = decoded(utf8(html), 'm.html');
    expect(document.text).toBe('Main text.');
    expect(document.title).toBe('Page title');
  });

  it('does not take the <title> of an SVG icon for the page title', () => {
    const html = '<html><head><title>Page title</title></head><body><svg><title>Share icon</title></svg><p>Text.</p></body></html>';
    const document = decoded(utf8(html), 'svg.html');
    expect(document.title).toBe('Page title');
    expect(document.text).toBe('Text.');
  });

  it('drops widgets by class or id but not words that merely contain "ad"', () => {
    const html = '<div class="lead-paragraph header-text"><p>Kept lead.</p></div><div id="social-links">Follow us</div><div class="ads_box">Buy</div><p class="badge">Kept badge.</p>';
    expect(decoded(utf8(html), 'w.html').text).toBe('Kept lead.\n\nKept badge.');
  });

  it('honours a charset from the Content-Type over the default UTF-8', () => {
    const bytes = new Uint8Array([...utf8('<p>'), 0x93, ...utf8('Caf'), 0xe9, 0x94, ...utf8('</p>')]);
    expect(decoded(bytes, 'c.html', 'text/html; charset="windows-1252"').text).toBe('“Café”');
  });

  it('honours <meta charset> for ISO-8859-1, read as windows-1252 like browsers do', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="ISO-8859-1"><p>'), 0x85, ...utf8(' na'), 0xef, ...utf8('ve</p>')]);
    expect(decoded(bytes, 'l.htm').text).toBe('… naïve');
  });

  it('strips Markdown inline syntax without touching literal asterisks and snake_case', () => {
    const markdown = 'A **bold**, _emphasised_ and ~~struck~~ word, a [link](http://x.y/(a)) and ![pic](p.png) an image; 2 * 3 and my_var, \\*escaped\\*, `code` and <https://example.com>.';
    expect(decoded(utf8(markdown), 'i.md').text).toBe('A bold, emphasised and struck word, a link and an image; 2 * 3 and my_var, *escaped*, code and https://example.com.');
  });

  it('takes a setext heading as the Markdown title and keeps later headings as paragraphs', () => {
    const document = decoded(utf8('Alaska summit\n=============\n\nBody text.\n\nBackground\n----------\n\nMore text.'), 's.md');
    expect(document.title).toBe('Alaska summit');
    expect(document.text).toBe('Body text.\n\nBackground\n\nMore text.');
  });
});
