/**
 * Zero-filled typed arrays carved out of shared buffers, for one article's worth of work.
 * V8 gives a typed array longer than 64 bytes its own off-heap buffer, which costs about a
 * microsecond to make and more to collect, and the summarizer needs hundreds per article (a
 * few per sentence); a view into a shared chunk costs a small object. Arrays from one arena
 * never overlap; the arena is dropped with the article, so nothing is reused or cleared.
 */
export class TypedArena {
  private buffer: ArrayBuffer;
  private used = 0;

  constructor(private readonly chunkBytes = 1 << 16) {
    this.buffer = new ArrayBuffer(chunkBytes);
  }

  int32(length: number): Int32Array {
    // `take` may start a new buffer, so it runs before `this.buffer` is read.
    const offset = this.take(length * Int32Array.BYTES_PER_ELEMENT);
    return new Int32Array(this.buffer, offset, length);
  }

  float64(length: number): Float64Array {
    const offset = this.take(length * Float64Array.BYTES_PER_ELEMENT);
    return new Float64Array(this.buffer, offset, length);
  }

  /** Byte offset of `bytes` fresh bytes in `this.buffer`, 8-aligned so any element type fits. */
  private take(bytes: number): number {
    let offset = (this.used + 7) & ~7;
    if (offset + bytes > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(Math.max(this.chunkBytes, bytes));
      offset = 0;
    }
    this.used = offset + bytes;
    return offset;
  }
}
