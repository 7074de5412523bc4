import { decode } from '../../shared/nlp/decode/decode';
import { DecodeError } from '../../shared/nlp/decode/decode-error';
import { articleIdFor } from '../../shared/pipeline/article-id';
import { type ArticleRecord, sourceId } from '../../shared/store/article-record';
import type { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import type { WorkKind } from '../../shared/store/ports';
import type { S3BlobStore } from '../../shared/store/s3/s3-blob-store';
import { BUCKET } from '../../shared/store/table-definition';
import type { Content, Workload } from './soak-workload';

export interface Mismatch {
  readonly rule: string;
  readonly key?: string;
  readonly articleId?: string;
  readonly detail: string;
}

export interface Verification {
  readonly mismatches: readonly Mismatch[];
  /** Final article states: `SUMMARIZED`, `FAILED: <code>`, `PENDING`, `PROCESSING`. */
  readonly finalStates: ReadonlyMap<string, number>;
  readonly articles: number;
  readonly liveKeys: number;
  readonly deletedKeys: number;
  readonly distinctValidTexts: number;
  readonly quotesChecked: number;
  readonly stuck: Readonly<Record<Exclude<WorkKind, 'outdated'>, number>>;
}

const FAR_FUTURE = '9999-12-31T00:00:00.000Z';
const fileName = (key: string) => key.slice(key.lastIndexOf('/') + 1);

/** What the pipeline must have made of a key's final content: a summary of this normalized text, or a refusal with this code. */
function expectationOf(key: string, content: Content, maxBytes: number): { readonly text: string; readonly id: string } | { readonly code: string } {
  if (content.kind === 'bad') return { code: content.code };
  const document = decode(content.bytes, fileName(key), { maxBytes });
  if (document instanceof DecodeError) throw new Error(`the soak generated a valid upload that does not decode (${key}: ${document.code})`);
  return { text: document.text, id: articleIdFor(document.text) };
}

/** Every article in full: the listing names them, and the article item holds its sources and summary. */
async function allArticles(store: DynamoArticleStore): Promise<ArticleRecord[]> {
  const articles: ArticleRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listArticles({ limit: 100, cursor });
    const full = await Promise.all(page.items.map((listed) => store.getArticle(listed.id)));
    articles.push(...full.filter((article): article is ArticleRecord => article !== undefined));
    cursor = page.cursor;
  } while (cursor);
  return articles;
}

async function countWork(store: DynamoArticleStore, kind: WorkKind): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await store.findWork({ kind, before: FAR_FUTURE, limit: 100, cursor });
    count += page.items.length;
    cursor = page.cursor;
  } while (cursor);
  return count;
}

/**
 * The soak's verdict, read from the store with no faults: each live key points at the article
 * its final content must make (summarized from exactly that text, or refused with the right
 * code), each deleted key points at nothing, every article is held by exactly the keys that
 * hold its content, nothing is left to retry or stuck, and no text or quote is corrupted.
 */
export async function verifySoak(store: DynamoArticleStore, blobs: S3BlobStore, workload: Workload, maxBytes: number): Promise<Verification> {
  const mismatches: Mismatch[] = [];
  const expectedSources = new Map<string, Set<string>>();
  const expectedText = new Map<string, string>();
  let liveKeys = 0;
  let deletedKeys = 0;

  for (const [key, content] of workload.finalContent) {
    const source = { bucket: blobs.bucket, key };
    const recorded = await store.articleIdForSource(source);
    if (!content) {
      deletedKeys++;
      if (recorded !== undefined) mismatches.push({ rule: 'deleted key still points at an article', key, articleId: recorded, detail: `SOURCE record → ${recorded}` });
      continue;
    }
    liveKeys++;
    const expected = expectationOf(key, content, maxBytes);
    if (recorded === undefined) {
      mismatches.push({ rule: 'live key has no article', key, detail: 'code' in expected ? `expected FAILED ${expected.code}` : 'expected SUMMARIZED' });
      continue;
    }
    if ('id' in expected && recorded !== expected.id) mismatches.push({ rule: 'live key points at the wrong article', key, articleId: recorded, detail: `expected ${expected.id} (its current text)` });
    const id = 'id' in expected ? expected.id : recorded;
    if ('text' in expected) expectedText.set(id, expected.text);
    const holders = expectedSources.get(id) ?? new Set<string>();
    holders.add(sourceId(source));
    expectedSources.set(id, holders);
    const article = await store.getArticle(id);
    if (!article) {
      mismatches.push({ rule: 'live key has no article', key, articleId: id, detail: 'the article record is missing' });
      continue;
    }
    if ('code' in expected) {
      if (article.status !== 'FAILED' || article.error?.code !== expected.code || article.error.retryable) {
        mismatches.push({ rule: 'bad upload not refused with its code', key, articleId: id, detail: `${article.status} ${article.error?.code ?? ''} retryable=${article.error?.retryable}; expected FAILED ${expected.code}` });
      }
    } else if (article.status !== 'SUMMARIZED') {
      mismatches.push({ rule: 'valid upload not summarized', key, articleId: id, detail: `${article.status} ${article.error?.code ?? ''}` });
    }
  }

  const articles = await allArticles(store);
  const finalStates = new Map<string, number>();
  let quotesChecked = 0;
  for (const article of articles) {
    const state = article.status === 'FAILED' ? `FAILED: ${article.error?.code ?? '?'}` : article.status;
    finalStates.set(state, (finalStates.get(state) ?? 0) + 1);
    const holders = expectedSources.get(article.id);
    if (!holders) {
      mismatches.push({ rule: 'article no live key holds', articleId: article.id, detail: `${article.status}, sources ${article.sources.join(', ') || '(none)'}` });
      continue;
    }
    const recordedSources = [...article.sources].sort();
    const wanted = [...holders].sort();
    if (recordedSources.join('|') !== wanted.join('|')) mismatches.push({ rule: 'article sources differ from the keys holding its text', articleId: article.id, detail: `recorded [${recordedSources.join(', ')}], expected [${wanted.join(', ')}]` });
    const text = expectedText.get(article.id);
    if (text === undefined || article.status !== 'SUMMARIZED') continue;
    // Corruption: the stored text every offset points into, and each quote against it.
    const stored = await blobs.get(`${BUCKET.articlesPrefix}${article.id}/text.txt`);
    const storedText = stored ? new TextDecoder().decode(stored.bytes) : undefined;
    if (storedText !== text) {
      mismatches.push({ rule: 'stored text differs from the upload', articleId: article.id, detail: storedText === undefined ? 'text.txt missing' : `${storedText.length} vs ${text.length} characters` });
      continue;
    }
    if (article.stats?.characters !== text.length) mismatches.push({ rule: 'stats do not describe the text', articleId: article.id, detail: `${article.stats?.characters} characters recorded, ${text.length} in the text` });
    const quotes = await store.listQuotes(article.id);
    quotesChecked += quotes.length;
    if (quotes.length !== article.stats?.quotes) mismatches.push({ rule: 'quote set incomplete or doubled', articleId: article.id, detail: `${quotes.length} quotes stored, stats say ${article.stats?.quotes}` });
    const badQuote = quotes.find((quote) => text.slice(quote.start, quote.end) !== quote.text);
    if (badQuote) mismatches.push({ rule: 'quote offsets do not match the text', articleId: article.id, detail: `quote ${badQuote.index}` });
    for (const sentence of article.summary?.sentences ?? []) {
      if (text.slice(sentence.start, sentence.end) !== sentence.text) mismatches.push({ rule: 'summary offsets do not match the text', articleId: article.id, detail: `[${sentence.start},${sentence.end})` });
    }
  }
  for (const id of expectedSources.keys()) {
    if (!articles.some((article) => article.id === id)) mismatches.push({ rule: 'article missing from the listing', articleId: id, detail: 'held by a live key but not listed' });
  }

  // Texts of articles that are gone must go with them.
  const liveIds = new Set(articles.map((article) => article.id));
  for await (const object of blobs.list(BUCKET.articlesPrefix)) {
    const id = object.key.slice(BUCKET.articlesPrefix.length).split('/')[0] ?? '';
    if (!liveIds.has(id)) mismatches.push({ rule: 'text of a removed article left in the bucket', articleId: id, detail: object.key });
  }

  const stuck = { pending: await countWork(store, 'pending'), processing: await countWork(store, 'processing'), failed: await countWork(store, 'failed') };
  for (const [kind, count] of Object.entries(stuck)) if (count > 0) mismatches.push({ rule: `left ${kind.toUpperCase()} after recovery`, detail: `${count} articles` });

  return { mismatches, finalStates, articles: articles.length, liveKeys, deletedKeys, distinctValidTexts: new Set(expectedText.values()).size, quotesChecked, stuck };
}
