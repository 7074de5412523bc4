/**
 * What counts as page furniture rather than article text. Data, not logic: extend these lists
 * when a site's boilerplate slips through.
 */

/** Elements whose whole content is never article text. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'svg', 'math',
  'video', 'audio', 'nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'form', 'button',
  'select', 'textarea', 'dialog', 'menu',
]);

/** ARIA landmarks that mean the same as the skipped elements. */
export const SKIPPED_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert']);

/** A class or id containing one of these (in any case) marks a widget: "share-bar", "socialLinks", "related-stories". */
export const WIDGET_NAME_PARTS: readonly string[] = ['share', 'social', 'related', 'newsletter', 'comment', 'cookie', 'subscribe', 'breadcrumb'];

/** Whole class or id words (split at "-", "_" and spaces) that mark an advert; "ad" inside "header" or "lead" does not. */
export const ADVERT_NAME_WORDS: ReadonlySet<string> = new Set(['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'sponsored', 'promo']);

/** Elements that end one paragraph and start another. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Containers that are never dropped for their class or role: WordPress puts "comments-open" on <body>. */
export const NEVER_SKIPPED_FOR_NAME: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main']);
