import { describe, expect, it } from 'vitest';
import { decodeText, firstNonUtf8, NotTextError, tooLargeReason } from './text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('firstNonUtf8', () => {
  it('accepts every well-formed character, from ASCII to U+10FFFF', () => {
    expect(firstNonUtf8(utf8('a é € 😀 \uFEFF \u{10FFFF}'))).toBe(-1);
    expect(firstNonUtf8(bytes())).toBe(-1);
  });

  it('finds the first byte that is not UTF-8, as a strict decoder would refuse it', () => {
    expect(firstNonUtf8(bytes(0x61, 0xff))).toBe(1); // never in UTF-8
    expect(firstNonUtf8(bytes(0x80))).toBe(0); // a continuation byte alone
    expect(firstNonUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(firstNonUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong, three bytes
    expect(firstNonUtf8(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // a UTF-16 surrogate
    expect(firstNonUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(firstNonUtf8(bytes(0xc3, 0x28))).toBe(0); // a lead byte without its continuation
    expect(firstNonUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1); // cut short at the end
    for (const b of [bytes(0xc0, 0xaf), bytes(0xed, 0xa0, 0x80), bytes(0xf4, 0x90, 0x80, 0x80)]) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b)).toThrow();
    }
  });
});

describe('decodeText', () => {
  it('keeps the text exactly, byte order mark and CRLF included', () => {
    expect(decodeText(utf8('\uFEFFa: 1\r\nb: é\r\n'))).toBe('\uFEFFa: 1\r\nb: é\r\n');
  });

  it('names the first byte that is not UTF-8 and where it is', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    expect(() => decodeText(png)).toThrow(
      new NotTextError('not UTF-8 text (byte 0x89 at offset 0)'),
    );
    const latin1 = bytes(...utf8('name: caf'), 0xe9, 0x0a);
    expect(() => decodeText(latin1)).toThrow('not UTF-8 text (byte 0xe9 at offset 9)');
  });

  it('says UTF-16 text is UTF-16', () => {
    expect(() => decodeText(bytes(0xff, 0xfe, 0x61, 0x00))).toThrow(
      'UTF-16 text: save it as UTF-8',
    );
    expect(() => decodeText(bytes(0xfe, 0xff, 0x00, 0x61))).toThrow(
      'UTF-16 text: save it as UTF-8',
    );
  });
});

describe('tooLargeReason', () => {
  it('gives the size when it is known', () => {
    expect(tooLargeReason(10 * 1024 * 1024)).toBe(
      '10.0 MB, more than the 5 MB Podsmith reads: split it into smaller files',
    );
    expect(tooLargeReason()).toBe('more than the 5 MB Podsmith reads: split it into smaller files');
  });
});
