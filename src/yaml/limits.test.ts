import { describe, expect, it } from 'vitest';
import {
  checkLimits,
  MAX_ANCHORS,
  MAX_DEPTH,
  MAX_DOCUMENTS,
  MAX_TEXT_BYTES,
  sizeMessage,
  utf8Length,
} from './limits.ts';

describe('utf8Length', () => {
  it('counts UTF-8 bytes as a file holds them', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\uFEFF')).toBe(3);
    expect(utf8Length('\uD800x')).toBe(4); // an unpaired surrogate is written as U+FFFD
    for (const s of ['a é € 😀 \uFEFF', 'x'.repeat(100)]) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});

describe('checkLimits', () => {
  it('accepts a text of exactly 5 MB and refuses one byte more', () => {
    expect(MAX_TEXT_BYTES).toBe(5 * 1024 * 1024);
    const fits = '# ' + 'x'.repeat(MAX_TEXT_BYTES - 3) + '\n';
    expect(checkLimits(fits)).toBeUndefined();
    expect(checkLimits(fits + 'y')).toEqual({
      limit: 'size',
      offset: 0,
      message: 'The text is 5.0 MB, more than the 5 MB Podsmith reads: split it into smaller files',
    });
  });

  it('measures the size in UTF-8 bytes, not characters', () => {
    const text = '# ' + 'é'.repeat(MAX_TEXT_BYTES / 2);
    expect(text.length).toBeLessThan(MAX_TEXT_BYTES);
    expect(checkLimits(text)?.limit).toBe('size');
  });

  it('states sizes the way the limit is stated', () => {
    expect(sizeMessage(10 * 1024 * 1024)).toMatch(/^The text is 10 MB, more than the 5 MB/);
  });

  it('allows 1,000 documents and says so for the 1,001st', () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
    expect(checkLimits(Array(MAX_DOCUMENTS).fill(doc).join('---\n'))).toBeUndefined();
    const text = Array(MAX_DOCUMENTS + 1)
      .fill(doc)
      .join('---\n');
    expect(checkLimits(text)).toEqual({
      limit: 'documents',
      offset: text.lastIndexOf('---'),
      message:
        'The text holds more than 1,000 YAML documents, the most Podsmith reads in one design: split it into smaller files',
    });
  });

  it('allows 100 levels of nesting and says so for the 101st', () => {
    const nested = (n: number) => 'a: ' + '['.repeat(n - 1) + ']'.repeat(n - 1) + '\n';
    expect(checkLimits(nested(MAX_DEPTH))).toBeUndefined();
    expect(checkLimits(nested(MAX_DEPTH + 1))).toMatchObject({
      limit: 'depth',
      message:
        'Maps and lists nest more than 100 levels deep here, deeper than Podsmith reads: no Kubernetes object nests this deep',
    });
  });

  it('allows 1,000 anchors and aliases in a document and says so for the 1,001st', () => {
    const pairs = (n: number) =>
      Array.from({ length: n }, (_, i) => `- &a${i} x\n- *a${i}\n`).join('');
    expect(checkLimits(pairs(MAX_ANCHORS / 2))).toBeUndefined();
    const text = pairs(MAX_ANCHORS / 2) + '- &over x\n';
    expect(checkLimits(text)).toMatchObject({
      limit: 'anchors',
      offset: text.indexOf('&over'),
      message: expect.stringMatching(/^This document uses more than 1,000 anchors and aliases/),
    });
    // Per document: the same count in two documents is fine.
    expect(checkLimits(`${pairs(MAX_ANCHORS / 2)}---\n${pairs(MAX_ANCHORS / 2)}`)).toBeUndefined();
  });
});
