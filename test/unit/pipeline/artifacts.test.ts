import { describe, expect, it } from 'vitest';
import type { PipelineDeps } from '../../../shared/pipeline/pipeline-deps';
import { stageReferenceSchema } from '../../../shared/pipeline/stage-messages';
import { INLINE_ARTIFACT_MAX_BYTES, passArtifact, STATE_PAYLOAD_MAX_BYTES, takeArtifact } from '../../../shared/pipeline/stages/artifacts';
import type { ArticleStore, BlobStore, ObjectInfo, StoredObject } from '../../../shared/store/ports';

const ID = 'a'.repeat(32);

/** A bucket in memory that notes every request. */
class MemoryBlobs implements BlobStore {
  readonly bucket = 'b';
  readonly objects = new Map<string, Uint8Array>();
  readonly requests: string[] = [];
  async get(key: string): Promise<StoredObject | undefined> {
    this.requests.push(`GET ${key}`);
    const bytes = this.objects.get(key);
    return bytes ? { bytes } : undefined;
  }
  async head(key: string): Promise<ObjectInfo | undefined> {
    this.requests.push(`HEAD ${key}`);
    const bytes = this.objects.get(key);
    return bytes ? { key, size: bytes.byteLength } : undefined;
  }
  async put(key: string, body: string | Uint8Array): Promise<void> {
    this.requests.push(`PUT ${key}`);
    this.objects.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body);
  }
  async delete(key: string): Promise<void> {
    this.objects.delete(key);
  }
  async deletePrefix(prefix: string): Promise<void> {
    for (const key of [...this.objects.keys()]) if (key.startsWith(prefix)) this.objects.delete(key);
  }
  async *list(): AsyncIterable<ObjectInfo> {}
}

const depsWith = (blobs: BlobStore): PipelineDeps => ({ blobs, articles: {} as ArticleStore, events: { publish: async () => undefined }, maxBytes: 1024 });
/** A value whose JSON is `bytes` long. */
const valueOf = (bytes: number) => ({ text: 'x'.repeat(bytes - '{"text":""}'.length) });

describe('stage artifacts', () => {
  it('travel inline up to the threshold, with no S3 request either way', async () => {
    const blobs = new MemoryBlobs();
    const value = valueOf(INLINE_ARTIFACT_MAX_BYTES);
    const artifact = await passArtifact(depsWith(blobs), ID, 'segment', value);
    expect(artifact).toEqual({ inline: value });
    expect(await takeArtifact(depsWith(blobs), artifact)).toEqual(value);
    expect(blobs.requests).toEqual([]);
  });

  it('go to S3 by key one byte over it, and come back whole', async () => {
    const blobs = new MemoryBlobs();
    const value = valueOf(INLINE_ARTIFACT_MAX_BYTES + 1);
    const artifact = await passArtifact(depsWith(blobs), ID, 'attribute', value);
    expect(artifact).toEqual({ key: `artifacts/${ID}/attribute.json` });
    expect(await takeArtifact(depsWith(blobs), artifact)).toEqual(value);
    expect(blobs.requests).toEqual([`PUT artifacts/${ID}/attribute.json`, `GET artifacts/${ID}/attribute.json`]);
  });

  it('measure the threshold in UTF-8 bytes, not characters', async () => {
    const blobs = new MemoryBlobs();
    // 3 bytes a character: under the threshold in characters, over it in bytes.
    const artifact = await passArtifact(depsWith(blobs), ID, 'segment', { text: '€'.repeat(Math.ceil(INLINE_ARTIFACT_MAX_BYTES / 2)) });
    expect(artifact).toEqual({ key: `artifacts/${ID}/segment.json` });
  });

  it('fail loudly when the object a key names is gone', async () => {
    await expect(takeArtifact(depsWith(new MemoryBlobs()), { key: `artifacts/${ID}/segment.json` })).rejects.toThrow(/is missing/);
  });

  it('leave room under the state payload cap for the reference and a caught error', () => {
    expect(STATE_PAYLOAD_MAX_BYTES - INLINE_ARTIFACT_MAX_BYTES).toBeGreaterThanOrEqual(64 * 1024);
  });

  it('are checked at the boundary: a key or an inline object, nothing else', () => {
    const reference = { articleId: ID, runId: 'r1', source: { bucket: 'b', key: 'incoming/a.txt' } };
    expect(stageReferenceSchema.safeParse({ ...reference, artifact: { key: `artifacts/${ID}/segment.json` } }).success).toBe(true);
    expect(stageReferenceSchema.safeParse({ ...reference, artifact: { inline: { document: {} } } }).success).toBe(true);
    for (const artifact of [undefined, {}, { key: '' }, { inline: 'text' }, { inline: null }]) expect(stageReferenceSchema.safeParse({ ...reference, artifact }).success, JSON.stringify(artifact)).toBe(false);
    // The message shape before inline artifacts is refused, not misread.
    expect(stageReferenceSchema.safeParse({ ...reference, artifactKey: `artifacts/${ID}/segment.json` }).success).toBe(false);
  });
});
