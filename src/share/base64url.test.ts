import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';

describe('base64url', () => {
  it('writes what Node writes and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet, impossible lengths and stray padding bits', () => {
    expect(fromBase64Url('')).toEqual(new Uint8Array());
    expect(fromBase64Url('AAAA+A')).toBeNull(); // plain base64's +
    expect(fromBase64Url('AA/A')).toBeNull();
    expect(fromBase64Url('AAA=')).toBeNull(); // padding
    expect(fromBase64Url('AAAAA')).toBeNull(); // 5 characters cannot come from whole bytes
    expect(fromBase64Url('AB')).toBeNull(); // 'B' sets bits the one byte does not have
    expect(fromBase64Url('AQ')).toEqual(new Uint8Array([1]));
    expect(fromBase64Url('AAé')).toBeNull();
  });
});

describe('crc32', () => {
  it('is the IEEE CRC-32 (the check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
