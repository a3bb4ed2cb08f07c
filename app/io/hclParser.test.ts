import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parserFrom } from './hclParser.ts';

const gz = readFileSync(createRequire(import.meta.url).resolve('@cdktf/hcl2json/main.wasm.gz'));

describe('parserFrom', () => {
  it('starts HashiCorp’s parser from main.wasm.gz as a static host serves it', async () => {
    let last = 0;
    const parse = await parserFrom(
      new Response(new Uint8Array(gz), { headers: { 'content-length': `${gz.byteLength}` } }),
      (loaded) => (last = loaded),
    );
    expect(last).toBe(gz.byteLength);
    const json = await parse(
      'x.tf',
      'resource "kubernetes_pod" "p" {\n  metadata { name = var.n }\n}\n',
    );
    expect(json.resource?.kubernetes_pod?.p?.[0]).toEqual({ metadata: [{ name: '${var.n}' }] });
    await expect(parse('x.tf', 'resource "a" {')).rejects.toThrow(/x\.tf:1/);
  });

  it('starts where there is no Node `global`, as in a browser, and leaves none behind', async () => {
    const scope = globalThis as { global?: unknown };
    const node = scope.global;
    delete scope.global;
    try {
      const parse = await parserFrom(new Response(new Uint8Array(gz)));
      expect(scope.global).toBeUndefined();
      expect(await parse('z.tf', 'locals { b = "x" }\n')).toEqual({ locals: [{ b: 'x' }] });
    } finally {
      scope.global = node;
    }
  });

  it('starts it from the wasm a server sent with Content-Encoding: gzip, already unpacked', async () => {
    const parse = await parserFrom(new Response(new Uint8Array(gunzipSync(gz))));
    expect(await parse('y.tf', 'locals { a = 1 }\n')).toEqual({ locals: [{ a: 1 }] });
  });
});
