import { collapseWhitespace } from './collapse-whitespace';
import {
  ADVERT_NAME_WORDS,
  BLOCK_ELEMENTS,
  NEVER_SKIPPED_FOR_NAME,
  SKIPPED_ELEMENTS,
  SKIPPED_ROLES,
  WIDGET_NAME_PARTS,
} from './html-boilerplate';
import type { ExtractedText } from './markdown-to-text';
import { walkHtml } from './walk-html';

interface Frame {
  readonly name: string;
  readonly skipped: boolean;
}

/** One paragraph of page text and where it sat. */
interface Block {
  readonly text: string;
  /** Index of the outermost <article> around it, or -1. */
  readonly article: number;
  readonly inMain: boolean;
  /** Index of the <h1> it is the text of, or -1. */
  readonly heading: number;
}

interface Heading {
  readonly text: string;
  readonly article: number;
}

function isWidget(attributes: Readonly<Record<string, string>>): boolean {
  const names = `${attributes.class ?? ''} ${attributes.id ?? ''}`.toLowerCase();
  if (names.trim().length === 0) return false;
  if (WIDGET_NAME_PARTS.some((part) => names.includes(part))) return true;
  return names.split(/[\s_-]+/).some((word) => ADVERT_NAME_WORDS.has(word));
}

function isSkipped(name: string, attributes: Readonly<Record<string, string>>): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  if (NEVER_SKIPPED_FOR_NAME.has(name)) return false;
  return SKIPPED_ROLES.has(attributes.role?.toLowerCase() ?? '') || isWidget(attributes);
}

/** The blocks to keep: the longest <article> if there is one, else <main>, else the whole body. */
function mainContent(blocks: readonly Block[]): { readonly blocks: readonly Block[]; readonly article: number } {
  const lengthByArticle = new Map<number, number>();
  for (const block of blocks) if (block.article >= 0) lengthByArticle.set(block.article, (lengthByArticle.get(block.article) ?? 0) + block.text.length);
  let best = -1;
  for (const [article, length] of lengthByArticle) if (best < 0 || length > (lengthByArticle.get(best) ?? 0)) best = article;
  if (best >= 0) return { blocks: blocks.filter((block) => block.article === best), article: best };
  const inMain = blocks.filter((block) => block.inMain);
  return { blocks: inMain.length > 0 ? inMain : blocks, article: -1 };
}

/**
 * HTML → title and the article's paragraphs, with htmlparser2's Tokenizer (which copes with
 * broken markup and decodes entities) rather than patterns over the markup. Page furniture
 * (scripts, navigation, header and footer, asides, figures, forms, share and advert widgets)
 * is dropped; block elements and <br> end paragraphs. The title is the first <h1> of the chosen
 * article, else <title>, else the first <h1>; the <h1> used is left out of the paragraphs.
 */
export function htmlToText(html: string): ExtractedText {
  const stack: Frame[] = [];
  let skipDepth = 0;
  let articleCount = 0;
  let article = -1;
  let articleDepth = 0;
  let mainDepth = 0;
  let headingCount = 0;
  let heading = -1;
  let headingText = '';
  let inTitle = false;
  /** Open <svg> and <math> elements: their <title> names an icon, not the page. */
  let foreignDepth = 0;
  let titleText = '';
  const headings: Heading[] = [];
  const blocks: Block[] = [];
  let pending = '';

  const flush = (): void => {
    const text = collapseWhitespace(pending);
    pending = '';
    if (text.length > 0) blocks.push({ text, article: articleDepth > 0 ? article : -1, inMain: mainDepth > 0, heading });
  };
  const close = (frame: Frame): void => {
    if (frame.skipped) skipDepth--;
    if (frame.name === 'title') inTitle = false;
    if (frame.name === 'svg' || frame.name === 'math') foreignDepth--;
    if (frame.name === 'article' && --articleDepth === 0) article = -1;
    if (frame.name === 'main') mainDepth--;
    if (frame.name === 'h1' && heading >= 0) {
      headings.push({ text: collapseWhitespace(headingText), article: articleDepth > 0 ? article : -1 });
      heading = -1;
    }
  };

  /** How many elements of each name are open, so a stray end tag costs no stack search. */
  const openCount = new Map<string, number>();

  walkHtml(html, {
    open(name, attributes) {
      if (BLOCK_ELEMENTS.has(name)) flush();
      const skipped = isSkipped(name, attributes);
      stack.push({ name, skipped });
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      if (skipped) skipDepth++;
      if (name === 'svg' || name === 'math') foreignDepth++;
      if (name === 'title' && foreignDepth === 0 && titleText.length === 0) inTitle = true;
      if (name === 'article' && articleDepth++ === 0) article = articleCount++;
      if (name === 'main') mainDepth++;
      if (name === 'h1' && heading < 0) {
        heading = headingCount++;
        headingText = '';
      }
    },
    text(text) {
      if (inTitle) titleText += text;
      if (heading >= 0) headingText += text;
      if (skipDepth === 0 && !inTitle) pending += text;
    },
    close(name) {
      // A stray </p> or </br> still breaks the paragraph, as in browsers.
      if (BLOCK_ELEMENTS.has(name)) flush();
      if (!openCount.get(name)) return;
      // Elements left open inside this one (<li> without </li>) close with it.
      for (;;) {
        const frame = stack.pop();
        if (frame === undefined) return;
        openCount.set(frame.name, openCount.get(frame.name)! - 1);
        close(frame);
        if (frame.name === name) return;
      }
    },
  });
  flush();
  while (stack.length > 0) close(stack.pop()!);

  const content = mainContent(blocks);
  const pageTitle = collapseWhitespace(titleText);
  const title =
    headings.find((h) => h.text.length > 0 && content.article >= 0 && h.article === content.article) ??
    (pageTitle.length > 0 ? { text: pageTitle, article: -1 } : undefined) ??
    headings.find((h) => h.text.length > 0);
  const titleHeading = title === undefined ? -1 : headings.indexOf(title);
  return {
    title: title?.text ?? null,
    paragraphs: content.blocks.filter((block) => titleHeading < 0 || block.heading !== titleHeading).map((block) => block.text),
  };
}
