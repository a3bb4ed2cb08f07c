import { describe, expect, it } from 'vitest';
import { share } from './share.ts';

describe('share', () => {
  it('keeps every unchanged part of the previous value, and the changed parts new', () => {
    const prev = { a: { b: [1, { c: 2 }], d: 'x' }, e: [{ f: 1 }, { g: 2 }] };
    const next = { a: { b: [1, { c: 2 }], d: 'y' }, e: [{ f: 1 }, { g: 3 }] };
    const out = share(prev, next);
    expect(out).toEqual(next);
    expect(out.a).not.toBe(prev.a);
    expect(out.a.b).toBe(prev.a.b);
    expect(out.e[0]).toBe(prev.e[0]);
    expect(out.e[1]).not.toBe(prev.e[1]);
  });

  it('returns the previous value itself when nothing changed', () => {
    const prev = [{ a: 1 }, null, 'x'];
    expect(share(prev, [{ a: 1 }, null, 'x'])).toBe(prev);
  });

  it('notices removed and added keys, lengths and types', () => {
    expect(share({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(share({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    expect(share([1, 2], [1])).toEqual([1]);
    expect(share([1], { 0: 1 })).toEqual({ 0: 1 });
    expect(share({ a: 1 }, null)).toBeNull();
  });

  it('does not look inside values that are not plain data, and treats __proto__ as data', () => {
    const bytes = new Uint8Array([1]);
    expect(share({ b: new Uint8Array([1]) }, { b: bytes }).b).toBe(bytes);
    const next = JSON.parse('{"__proto__": {"x": 1}}') as object;
    const out = share({}, next);
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
