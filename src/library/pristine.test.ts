import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/gallery.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { fingerprint, isStockText, STOCK_FINGERPRINTS } from './pristine.ts';

describe('stock texts', () => {
  it('lists the fingerprint of every template, and nothing else', () => {
    const expected = [...new Set([STARTER_YAML, ...TEMPLATES.map((t) => t.yaml)].map(fingerprint))];
    expect([...STOCK_FINGERPRINTS].sort()).toEqual(expected.sort());
  });

  it('knows every template unchanged', () => {
    for (const t of TEMPLATES) expect(isStockText(t.yaml), t.id).toBe(true);
    expect(isStockText(STARTER_YAML)).toBe(true);
  });

  it('does not know a template with one character changed, added or removed', () => {
    for (const t of TEMPLATES) {
      expect(isStockText(t.yaml + ' '), t.id).toBe(false);
      expect(isStockText(t.yaml.slice(0, -1)), t.id).toBe(false);
      expect(isStockText(t.yaml.replace('name:', 'name: ')), t.id).toBe(false);
      expect(isStockText(t.yaml.replace('\n', '\r\n')), t.id).toBe(false);
    }
    expect(isStockText('')).toBe(false);
  });

  it('fingerprints by length and hash', () => {
    expect(fingerprint('')).toBe('0:811c9dc5');
    expect(fingerprint('a')).toBe('1:e40c292c');
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
  });
});
