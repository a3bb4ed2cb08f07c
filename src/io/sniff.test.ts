import { describe, expect, it } from 'vitest';
import { decodeTextFile, formatSize, MAX_FILE_BYTES, sizeProblem } from './sniff.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeTextFile', () => {
  it('keeps the text exactly: byte order mark, CRLF, lone CR, non-ASCII', () => {
    const text = '\uFEFFa: 1\r\nb: "é ✓ 🚀"\rc: 3\n';
    const bytes = utf8(text);
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(decodeTextFile('x.yaml', bytes)).toEqual({ ok: true, text });
  });

  it('refuses binary data: NUL bytes, invalid UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x41]);
    for (const bytes of [png, gzip, utf8('a: 1\n\u0000')]) {
      const r = decodeTextFile('logo.png', bytes);
      expect(r).toEqual({
        ok: false,
        message: expect.stringContaining('"logo.png" is not a text file'),
      });
    }
    expect(decodeTextFile('x', new Uint8Array([0x61, 0xc3]))).toMatchObject({ ok: false });
  });

  it('refuses UTF-16 text with a way out', () => {
    const r = decodeTextFile('win.yaml', new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('save it as UTF-8') });
  });

  it('refuses empty and oversized files by size', () => {
    expect(decodeTextFile('e.yaml', new Uint8Array())).toEqual({
      ok: false,
      message: '"e.yaml" is empty: there is nothing to open. Nothing was changed.',
    });
    expect(sizeProblem('big.yaml', MAX_FILE_BYTES)).toBeUndefined();
    expect(sizeProblem('big.yaml', 6.5 * 1024 * 1024)).toBe(
      '"big.yaml" is 6.5 MB: Podsmith opens files up to 5 MB. Nothing was changed.',
    );
    expect(sizeProblem('big.yaml', MAX_FILE_BYTES + 1)).toMatch(/^"big.yaml" is 5.0 MB/);
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(decodeTextFile('big.yaml', big)).toMatchObject({ ok: false });
  });
});

describe('formatSize', () => {
  it.each([
    [1, '1 byte'],
    [999, '999 bytes'],
    [1536, '1.5 kB'],
    [930 * 1024, '930 kB'],
    [6.2 * 1024 * 1024, '6.2 MB'],
  ])('%d bytes read as %s', (n, words) => expect(formatSize(n)).toBe(words));
});
