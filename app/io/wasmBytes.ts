/** How far a download is: bytes read so far, and the size the server gave (0 when unknown). */
export type Progress = (loaded: number, total: number) => void;

/** The whole body of `response`, telling `onProgress` after every piece. Rejects on an HTTP error. */
export async function readBody(
  response: Response,
  onProgress?: Progress,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const pieces: BlobPart[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pieces.push(value);
    loaded += value.byteLength;
    // A server that gzips on the fly gives the compressed size: never show more than all of it.
    onProgress?.(loaded, Math.max(total, loaded));
  }
  return new Uint8Array(await new Blob(pieces).arrayBuffer());
}

/**
 * `bytes` gunzipped when they still are gzip (1f 8b): a static host serves `main.wasm.gz` as it is,
 * while one that sends it with `Content-Encoding: gzip` has the browser unpack it already.
 */
export async function gunzipIfNeeded(
  bytes: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
