import { describe, expect, it } from 'vitest';
import { packJson, unpackJson } from '../../../shared/store/dynamo/packed-json';

describe('packed JSON', () => {
  it('gives back the value it packed, in fewer bytes for text that repeats', () => {
    const value = { speakers: Array.from({ length: 20 }, (_, i) => ({ id: `speaker-${i}`, name: `Speaker ${i}`, quoteCount: i, digest: 'said that the talks would continue' })) };
    const packed = packJson(value);
    expect(packed).toBeInstanceOf(Uint8Array);
    expect(packed.byteLength).toBeLessThan(JSON.stringify(value).length / 3);
    expect(unpackJson(packed)).toEqual(value);
  });

  it('keeps non-ASCII text whole', () => {
    expect(unpackJson(packJson({ text: '“Ça va,” 日本 said 😀' }))).toEqual({ text: '“Ça va,” 日本 said 😀' });
  });

  it('passes through a value stored before packing', () => {
    const map = { sentences: [], keyPoints: [], speakers: [] };
    expect(unpackJson(map)).toBe(map);
  });
});
