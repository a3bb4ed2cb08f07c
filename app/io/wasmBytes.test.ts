import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipIfNeeded, readBody } from './wasmBytes.ts';

/** A response whose body arrives in `pieces`, with a Content-Length when `length` is given. */
function streamed(pieces: Uint8Array[], length?: number): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  return new Response(
    body,
    length === undefined ? {} : { headers: { 'content-length': `${length}` } },
  );
}

describe('readBody', () => {
  it('joins the pieces and reports each step against the size the server gave', async () => {
    const seen: [number, number][] = [];
    const bytes = await readBody(
      streamed([new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])], 6),
      (loaded, total) => seen.push([loaded, total]),
    );
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual([
      [2, 6],
      [3, 6],
      [6, 6],
    ]);
  });

  it('never reports more than all of it when the size is unknown or too small', async () => {
    const seen: [number, number][] = [];
    await readBody(streamed([new Uint8Array(4), new Uint8Array(4)], 5), (l, t) =>
      seen.push([l, t]),
    );
    expect(seen).toEqual([
      [4, 5],
      [8, 8],
    ]);
  });

  it('refuses an HTTP error, naming the status', async () => {
    await expect(readBody(new Response('gone', { status: 404 }))).rejects.toThrow(
      'the server answered 404',
    );
  });
});

describe('gunzipIfNeeded', () => {
  const wasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

  it('unpacks bytes that are still gzip', async () => {
    expect([...(await gunzipIfNeeded(new Uint8Array(gzipSync(wasm))))]).toEqual([...wasm]);
  });

  it('leaves bytes the browser unpacked already as they are', async () => {
    expect([...(await gunzipIfNeeded(wasm))]).toEqual([...wasm]);
  });
});
