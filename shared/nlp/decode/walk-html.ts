// The tokenizer module itself, not the package's index: the index re-exports DomUtils, which
// drags dom-serializer and a second, older copy of the entity tables (about 80 KB minified)
// into every bundle that decodes HTML, and the package's export map offers no narrower entry.
// htmlparser2 is a direct dependency, so npm always installs it at the top of node_modules.
import Tokenizer from '../../../node_modules/htmlparser2/dist/esm/Tokenizer.js';

export interface HtmlEvents {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Text with entities decoded; may arrive in pieces. */
  text(text: string): void;
}

/** Elements that never have content or an end tag. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Open tags, end tags and text of an HTML string, from htmlparser2's Tokenizer (which copes with
 * broken markup, raw-text elements such as <script>, and entities). Its Parser is not used on
 * purpose: it keeps open elements in an array it `unshift`s, so 2 MB of nested `<b>` takes
 * minutes. Here the caller keeps the element stack; a void element is opened and closed at
 * once, and so is a self-closing `<div/>`, as XHTML-minded pages mean it.
 */
export function walkHtml(html: string, events: HtmlEvents): void {
  let tagName = '';
  let attributes: Record<string, string> = {};
  let attributeName = '';
  let attributeValue = '';
  const openTag = (): void => {
    events.open(tagName, attributes);
    if (VOID_ELEMENTS.has(tagName)) events.close(tagName);
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        attributes = {};
      },
      onattribname(start, end) {
        attributeName = html.slice(start, end).toLowerCase();
        attributeValue = '';
      },
      onattribdata(start, end) {
        attributeValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!(attributeName in attributes)) attributes[attributeName] = attributeValue;
      },
      onopentagend() {
        openTag();
      },
      onselfclosingtag() {
        openTag();
        if (!VOID_ELEMENTS.has(tagName)) events.close(tagName);
      },
      onclosetag(start, end) {
        events.close(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        events.text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        events.text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}
