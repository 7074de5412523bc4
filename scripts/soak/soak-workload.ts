import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DecodeErrorCode } from '../../shared/nlp/decode/decode-error';

/** What one upload is meant to exercise; the shares are the soak's brief. */
export const UPLOAD_KINDS = ['valid', 'duplicate', 'empty', 'whitespace', 'binary', 'not-utf8', 'too-large', 'unsupported', 'delete', 'overwrite'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

const BAD_KINDS = ['empty', 'whitespace', 'binary', 'not-utf8', 'too-large', 'unsupported'] as const satisfies readonly UploadKind[];
type BadKind = (typeof BAD_KINDS)[number];

/** The code each bad upload must end FAILED with. */
export const EXPECTED_CODE: Readonly<Record<BadKind, DecodeErrorCode>> = {
  empty: 'empty',
  whitespace: 'empty',
  binary: 'binary',
  'not-utf8': 'not-utf8',
  'too-large': 'too-large',
  unsupported: 'unsupported-type',
};

const SHARES: Readonly<Record<UploadKind, number>> = {
  valid: 0.7,
  duplicate: 0.1,
  ...(Object.fromEntries(BAD_KINDS.map((kind) => [kind, 0.1 / BAD_KINDS.length])) as Record<BadKind, number>),
  delete: 0.05,
  overwrite: 0.05,
};

/** What a key holds after an operation: content the pipeline must summarize, or refuse with a code. */
export type Content = { readonly kind: 'valid'; readonly bytes: Uint8Array } | { readonly kind: 'bad'; readonly code: DecodeErrorCode; readonly bytes: Uint8Array };

export type Operation =
  | { readonly kind: UploadKind; readonly action: 'put'; readonly key: string; readonly content: Content; readonly contentType: string }
  | { readonly kind: 'delete'; readonly action: 'delete'; readonly key: string };

export interface Workload {
  readonly operations: readonly Operation[];
  /** Operations per kind as generated (a duplicate, delete or overwrite with nothing to target yet becomes a valid upload). */
  readonly counts: Readonly<Record<UploadKind, number>>;
  /** Each key's final content; undefined for a deleted key. */
  readonly finalContent: ReadonlyMap<string, Content | undefined>;
  readonly bytesUploaded: number;
}

interface SourceArticle {
  readonly title: string;
  readonly text: string;
}

/** News texts from the evaluation sets, small enough to stay under the soak's size limit. */
export function loadArticles(evalDir: string, maxBytes: number): SourceArticle[] {
  const articles: SourceArticle[] = [];
  for (const file of readdirSync(evalDir).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { title, text } = JSON.parse(line) as { title?: string; text?: string };
      if (text && text.trim() && Buffer.byteLength(text) < maxBytes - 1024) articles.push({ title: title ?? '', text });
    }
  }
  return articles;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = { txt: 'text/plain', md: 'text/markdown', html: 'text/html', pdf: 'application/pdf', docx: 'application/octet-stream' };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const extensionOf = (key: string) => key.slice(key.lastIndexOf('.') + 1);

/**
 * The soak's uploads, generated from a seed: exact shares per kind in a shuffled order. Every
 * valid upload is a distinct text (an evaluation article plus an edition line, since the sets
 * hold fewer texts than a soak uploads); duplicates, deletes and overwrites pick keys uploaded
 * before, often ones still in flight.
 */
export function planWorkload(options: { readonly uploads: number; readonly articles: readonly SourceArticle[]; readonly maxBytes: number; readonly random: () => number }): Workload {
  const { random, articles, maxBytes } = options;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kinds: UploadKind[] = [];
  for (const kind of UPLOAD_KINDS) for (let i = 0; i < Math.round(options.uploads * SHARES[kind]); i++) kinds.push(kind);
  while (kinds.length < options.uploads) kinds.push('valid');
  kinds.length = options.uploads;
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] as UploadKind, kinds[i] as UploadKind];
  }

  let edition = 0;
  const freshText = (extension: string): Uint8Array => {
    const article = articles[edition % articles.length] as SourceArticle;
    edition++;
    const text = `${article.text.trim()}\n\nThis is edition ${edition} of the story.`;
    if (extension === 'html') return utf8(`<html><head><title>${escapeHtml(article.title)}</title></head><body><article>${text.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></body></html>`);
    if (extension === 'md') return utf8(`# ${article.title || 'Untitled'}\n\n${text}`);
    return utf8(text);
  };
  const badContent = (kind: BadKind): { bytes: Uint8Array; extension: string } => {
    switch (kind) {
      case 'empty':
        return { bytes: new Uint8Array(0), extension: 'txt' };
      case 'whitespace':
        return { bytes: utf8(Array.from({ length: 1 + Math.floor(random() * 200) }, () => pick([' ', '\n', '\t', '\r\n'])).join('')), extension: pick(['txt', 'md']) };
      case 'binary':
        return { bytes: Uint8Array.from({ length: 64 + Math.floor(random() * 4000) }, (_, i) => (i % 7 === 0 ? 0 : Math.floor(random() * 256))), extension: 'txt' };
      case 'not-utf8': {
        // Latin-1 bytes for "é" and friends: valid windows-1252, invalid UTF-8, and no charset declared.
        const text = `Caf\u00e9 soci\u00e9t\u00e9: r\u00e9sum\u00e9 ${edition++} de l'\u00e9t\u00e9. ${pick(articles).text.slice(0, 500)}`;
        return { bytes: Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f))), extension: 'txt' };
      }
      case 'too-large':
        return { bytes: utf8(`${pick(articles).text} `.repeat(Math.ceil((maxBytes + 1 + Math.floor(random() * 32_768)) / 200)).slice(0, maxBytes + 1 + Math.floor(random() * 32_768))), extension: 'txt' };
      case 'unsupported':
        return { bytes: utf8(pick(articles).text), extension: pick(['pdf', 'docx']) };
    }
  };

  const operations: Operation[] = [];
  const content = new Map<string, Content | undefined>();
  const live: string[] = [];
  const liveIndex = new Map<string, number>();
  const addLive = (key: string) => {
    liveIndex.set(key, live.length);
    live.push(key);
  };
  // Swap-remove keeps picking a random live key O(1) however many keys there are.
  const removeLive = (key: string) => {
    const index = liveIndex.get(key) as number;
    const last = live.pop() as string;
    if (last !== key) {
      live[index] = last;
      liveIndex.set(last, index);
    }
    liveIndex.delete(key);
  };
  const liveValidOf = (extension?: string): string[] => live.filter((key) => content.get(key)?.kind === 'valid' && (!extension || extensionOf(key) === extension));
  const counts = Object.fromEntries(UPLOAD_KINDS.map((kind) => [kind, 0])) as Record<UploadKind, number>;
  let bytesUploaded = 0;

  const put = (kind: UploadKind, key: string, value: Content) => {
    operations.push({ kind, action: 'put', key, content: value, contentType: CONTENT_TYPES[extensionOf(key)] ?? 'application/octet-stream' });
    counts[kind]++;
    bytesUploaded += value.bytes.byteLength;
    if (!liveIndex.has(key)) addLive(key);
    content.set(key, value);
  };
  const putValid = (index: number) => {
    const extension = random() < 0.8 ? 'txt' : pick(['md', 'html']);
    put('valid', `incoming/article-${index}.${extension}`, { kind: 'valid', bytes: freshText(extension) });
  };

  kinds.forEach((kind, index) => {
    if (kind === 'valid') return putValid(index);
    if (kind === 'duplicate') {
      const candidates = liveValidOf();
      if (candidates.length === 0) return putValid(index);
      const original = pick(candidates);
      return put('duplicate', `incoming/copy-${index}.${extensionOf(original)}`, content.get(original) as Content);
    }
    if (kind === 'delete') {
      if (live.length === 0) return putValid(index);
      const key = pick(live);
      operations.push({ kind: 'delete', action: 'delete', key });
      counts.delete++;
      removeLive(key);
      content.set(key, undefined);
      return;
    }
    if (kind === 'overwrite') {
      // An unsupported key never reaches the pipeline, so overwriting it tests nothing.
      const targets = live.filter((key) => ['txt', 'md', 'html'].includes(extensionOf(key)));
      if (targets.length === 0) return putValid(index);
      const key = pick(targets);
      const extension = extensionOf(key);
      // Sometimes the new text is one another key already holds: the overwrite then joins an existing article.
      const sameAs = random() < 0.2 ? liveValidOf(extension).filter((other) => other !== key) : [];
      const bytes = sameAs.length > 0 ? (content.get(pick(sameAs)) as Content).bytes : freshText(extension);
      return put('overwrite', key, { kind: 'valid', bytes });
    }
    const { bytes, extension } = badContent(kind);
    put(kind, `incoming/bad-${kind}-${index}.${extension}`, { kind: 'bad', code: EXPECTED_CODE[kind], bytes });
  });

  return { operations, counts, finalContent: content, bytesUploaded };
}
