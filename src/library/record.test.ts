import { describe, expect, it } from 'vitest';
import {
  designKey,
  idFromKey,
  isDesignId,
  parseRecord,
  serializeRecord,
  type DesignRecord,
} from './record.ts';

const GOOD: DesignRecord = {
  id: 'abc-123',
  name: 'web',
  kind: 'Deployment',
  text: 'kind: Pod\n',
  k8s: '1.29',
  updatedAt: 1_700_000_000_000,
  named: false,
};

describe('stored designs', () => {
  it('round-trips a record exactly, CRLF, BOM and odd characters included', () => {
    const text = '\uFEFFapiVersion: v1\r\nkind: Pod # é 🚀 "quoted" \\ \u2028\n';
    const record = { ...GOOD, text, name: 'wéb 🚀', named: true };
    expect(parseRecord(serializeRecord(record), record.id)).toEqual(record);
  });

  it('keys designs by id and reads ids back only from design keys', () => {
    expect(designKey('abc-123')).toBe('podsmith:design:abc-123');
    expect(idFromKey('podsmith:design:abc-123')).toBe('abc-123');
    expect(idFromKey('podsmith:current')).toBeNull();
    expect(idFromKey('podsmith:design:')).toBeNull();
    expect(idFromKey('podsmith:design:../x')).toBeNull();
    expect(idFromKey('other:design:abc')).toBeNull();
    expect(idFromKey(null)).toBeNull();
    expect(isDesignId('a'.repeat(65))).toBe(false);
  });

  it.each([
    ['not JSON', '{"text": '],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"kind: Pod"'],
    ['an array', '[{"text":"x"}]'],
    ['no text', '{"name":"web"}'],
    ['text not a string', '{"text":["kind: Pod"]}'],
    ['text an object', '{"text":{"toString":"x"}}'],
  ])('refuses %s', (_, raw) => {
    expect(parseRecord(raw, 'abc')).toBeNull();
  });

  it('refuses a missing value and a bad id', () => {
    expect(parseRecord(null, 'abc')).toBeNull();
    expect(parseRecord(serializeRecord(GOOD), '')).toBeNull();
    expect(parseRecord(serializeRecord(GOOD), 'a b')).toBeNull();
  });

  it('falls back field by field when the rest is hostile', () => {
    const raw =
      '{"id":"someone-else","name":{"evil":true},"kind":7,"text":"kind: Pod\\n",' +
      '"k8s":"9.99","updatedAt":"yesterday","named":"yes","__proto__":{"polluted":true}}';
    const record = parseRecord(raw, 'abc');
    expect(record).toEqual({
      id: 'abc',
      name: 'Untitled design',
      kind: '',
      text: 'kind: Pod\n',
      k8s: '1.34',
      updatedAt: 0,
      named: false,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts over-long names and kinds, cleans whitespace, refuses odd times', () => {
    const record = parseRecord(
      JSON.stringify({ text: '', name: `  a\n\tb ${'x'.repeat(500)}`, kind: 'K'.repeat(100) }),
      'abc',
    )!;
    expect(record.name.startsWith('a b x')).toBe(true);
    expect(record.name).toHaveLength(120);
    expect(record.kind).toHaveLength(64);
    for (const updatedAt of [-1, Infinity, Number.NaN]) {
      expect(parseRecord(JSON.stringify({ text: '', updatedAt }), 'abc')!.updatedAt).toBe(0);
    }
    expect(parseRecord('{"text":"","updatedAt":1e400}', 'abc')!.updatedAt).toBe(0);
  });

  it('keeps an empty design: empty text is still a design', () => {
    expect(parseRecord('{"text":""}', 'abc')?.text).toBe('');
  });
});
