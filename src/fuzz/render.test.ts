import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual } from '../edit/equal.ts';
import { PROPERTY_TIMEOUT, runs } from '../edit/testing/fixtures.ts';
import { parseDesign } from '../yaml/parse.ts';
import { anyDesign } from './manifests.ts';
import { render, rendered } from './render.ts';

describe('rendered manifests (the generators the fuzz properties stand on)', () => {
  it(
    'parse without problems back to the documents they were written from',
    () => {
      fc.assert(
        fc.property(rendered(anyDesign), ({ documents, style, text }) => {
          const parsed = parseDesign(text);
          expect(parsed.problems).toEqual([]);
          expect(parsed.values.length).toBe(documents.length);
          // Through JSON, as the generators' values hold no undefined and no -0 that matters.
          const want = JSON.parse(JSON.stringify(documents)) as unknown[];
          expect(deepEqual(parsed.values, want), text).toBe(true);
          expect(text.startsWith('\uFEFF')).toBe(style.bom);
          if (text.includes('\n')) expect(/\r\n/.test(text)).toBe(style.crlf);
          if (style.crlf) expect(/[^\r]\n/.test(text)).toBe(false);
        }),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('use every style they offer', () => {
    const texts = fc.sample(rendered(anyDesign), { seed: 7, numRuns: 80 }).map((r) => r.text);
    for (const sign of [
      /^ {4}\S/m,
      /^- /m,
      /\{ /,
      /'/,
      /"/,
      /# /,
      /&a\d/,
      /\*a\d/,
      /\r\n/,
      /\uFEFF/,
    ])
      expect(
        texts.some((t) => sign.test(t)),
        String(sign),
      ).toBe(true);
  }, 60_000);

  it('write the same text for the same style', () => {
    const [sample] = fc.sample(rendered(anyDesign), { seed: 11, numRuns: 1 });
    expect(render(sample!.documents, sample!.style)).toBe(sample!.text);
  });
});
