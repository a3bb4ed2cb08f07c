/** Thrown by `inflateRaw` when the output would pass its limit; nothing past the limit is kept. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`The data inflates to more than ${limit} bytes.`);
    this.name = 'InflateLimitError';
  }
}

/** Raw deflate (RFC 1951, no zlib or gzip wrapper) through the platform's CompressionStream. */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Written and read at once: a stream holds only so much before the writer waits for a reader.
  const written = writer.write(bytes).then(() => writer.close());
  const chunks = await readAll(stream.readable.getReader(), Infinity);
  await written;
  return chunks;
}

/**
 * Inflates raw deflate data, refusing to produce more than `limit` bytes: a few kilobytes of
 * deflate can expand to gigabytes, so the output is counted while it streams and reading stops
 * at the limit. Damaged data rejects with the platform's own error (a TypeError in browsers).
 */
export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Its failures also fail the reader, which reports them; this one must not go unhandled.
  const written = writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const out = await readAll(stream.readable.getReader(), limit);
  await written;
  return out;
}

async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new InflateLimitError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
