import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, type LayoutPrefs, type Pane } from '../store/layout.ts';
import { BAR, CANVAS_MIN, LIMITS, RAIL, fit, resolveLayout, type Layout } from './sizes.ts';

const prefs = (over: Partial<LayoutPrefs> = {}): LayoutPrefs => ({ ...DEFAULT_LAYOUT, ...over });
const sizes = (s: Partial<Record<Pane, number>>) => ({ ...DEFAULT_LAYOUT.paneSizes, ...s });

/** The pixel tracks of a layout's columns, `minmax(0, 1fr)` (the canvas) as `null`. */
function tracks(layout: Layout): (number | null)[] {
  return layout.columns
    .replace('minmax(0, 1fr)', 'fr')
    .split(' ')
    .map((t) => (t === 'fr' ? null : parseFloat(t)));
}
/** What the canvas gets of `width`. */
const canvasWidth = (layout: Layout, width: number) =>
  width - tracks(layout).reduce<number>((a, t) => a + (t ?? 0), 0);

// The workspace of a window: 8 px padding each side, toolbar and status bar about 94 px.
const WINDOWS = {
  '1024×768': [1008, 658],
  '1280×720': [1264, 610],
  '1440×900': [1424, 790],
  '1920×1080': [1904, 970],
} as const;

describe('resolveLayout', () => {
  it('puts inspector and editor side by side from 1280 px, as tabs of one column below', () => {
    const mode = (w: number, h: number) => resolveLayout(w, h, prefs(), true).mode;
    expect(mode(...WINDOWS['1024×768'])).toBe('narrow');
    expect(mode(...WINDOWS['1280×720'])).toBe('wide');
    expect(mode(...WINDOWS['1440×900'])).toBe('wide');
    expect(mode(...WINDOWS['1920×1080'])).toBe('wide');
  });

  it('gives the default sizes for the window, the rest to the canvas', () => {
    const at1440 = resolveLayout(1424, 790, prefs(), true);
    expect(at1440.columns).toBe('184px 8px minmax(0, 1fr) 8px 342px 8px 399px');
    expect(canvasWidth(at1440, 1424)).toBe(475);
    // A wider window: somewhat wider forms and YAML, a much wider canvas.
    const at1920 = resolveLayout(1904, 970, prefs(), true);
    expect(tracks(at1920)).toEqual([184, 8, null, 8, 457, 8, 533]);
    expect(canvasWidth(at1920, 1904)).toBe(706);
    const at1024 = resolveLayout(1008, 658, prefs(), true);
    expect(at1024.columns).toBe('184px 8px minmax(0, 1fr) 8px 423px');
    expect(canvasWidth(at1024, 1008)).toBe(385);
  });

  it('keeps a chosen size in pixels: extra width goes to the canvas', () => {
    const chosen = prefs({ paneSizes: sizes({ inspector: 380, editor: 440 }) });
    const a = resolveLayout(1424, 790, chosen, true);
    const b = resolveLayout(1904, 970, chosen, true);
    expect(tracks(a)).toEqual([184, 8, null, 8, 380, 8, 440]);
    expect(tracks(b)).toEqual(tracks(a));
    expect(canvasWidth(b, 1904) - canvasWidth(a, 1424)).toBe(480);
  });

  it('clamps stored sizes to the limits of each pane', () => {
    const wild = prefs({ paneSizes: sizes({ palette: 10, inspector: 5000, editor: -3 }) });
    const [palette, , , , inspector, , editor] = tracks(resolveLayout(4000, 2000, wild, true));
    expect(palette).toBe(LIMITS.palette.min);
    expect(inspector).toBe(LIMITS.inspector.max);
    expect(editor).toBe(LIMITS.editor.min);
  });

  it('shrinks the panes in proportion when the window is too narrow for the chosen sizes', () => {
    const big = prefs({ paneSizes: sizes({ inspector: 700, editor: 700 }) });
    const layout = resolveLayout(1264, 610, big, true);
    const [, , , , inspector, , editor] = tracks(layout);
    expect(canvasWidth(layout, 1264)).toBe(CANVAS_MIN.wide);
    // Each gave the same share of what it had above its minimum.
    const share = (size: number, pane: Pane) => (700 - size) / (700 - LIMITS[pane].min);
    expect(share(inspector!, 'inspector')).toBeCloseTo(share(editor!, 'editor'), 2);
    // The wish is kept: a wider window gives the panes their sizes back.
    expect(tracks(resolveLayout(2400, 1200, big, true))).toEqual([184, 8, null, 8, 700, 8, 700]);
  });

  it('never lets a splitter take the canvas below its minimum', () => {
    const layout = resolveLayout(1424, 790, prefs(), true);
    const canvas = canvasWidth(layout, 1424);
    for (const pane of ['palette', 'inspector', 'editor'] as const) {
      const bar = layout.bars[pane]!;
      expect(bar.max - bar.value, pane).toBe(canvas - CANVAS_MIN.wide);
      expect(bar.min).toBe(LIMITS[pane].min);
    }
    expect(layout.bars.side).toBeUndefined();
    const narrow = resolveLayout(1008, 658, prefs(), true);
    expect(Object.keys(narrow.bars).sort()).toEqual(['analysis', 'palette', 'side']);
    expect(narrow.bars.side!.max - narrow.bars.side!.value).toBe(385 - CANVAS_MIN.narrow);
  });

  it('keeps the canvas at its minimum or more for any window and any stored sizes', () => {
    const size = fc.option(fc.integer({ min: -100, max: 3000 }), { nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 800, max: 3000 }),
        fc.record({ palette: size, inspector: size, editor: size, side: size, analysis: size }),
        fc.boolean(),
        (width, paneSizes, folded) => {
          const p = prefs({ paneSizes, folded: { palette: folded, analysis: false } });
          const layout = resolveLayout(width, 700, p, true);
          const canvas = canvasWidth(layout, width);
          // Rounding may take a pixel or two.
          expect(canvas).toBeGreaterThanOrEqual(CANVAS_MIN[layout.mode] - 2);
          for (const bar of Object.values(layout.bars)) {
            expect(bar.value).toBeGreaterThanOrEqual(bar.min);
            expect(bar.value).toBeLessThanOrEqual(bar.max);
          }
        },
      ),
    );
  });

  it('gives a folded palette a rail and no splitter, and its room to the canvas', () => {
    const folded = prefs({ folded: { palette: true, analysis: false } });
    const layout = resolveLayout(1424, 790, folded, true);
    expect(tracks(layout).slice(0, 2)).toEqual([RAIL, 0]);
    expect(layout.bars.palette).toBeUndefined();
    expect(canvasWidth(layout, 1424)).toBe(475 + 184 + BAR - RAIL);
  });

  it('puts the analysis under the canvas with its own splitter, a bar when folded, none without a workload', () => {
    const [w, h] = WINDOWS['1280×720'];
    const layout = resolveLayout(w, h, prefs(), true);
    expect(layout.rows).toBe('minmax(0, 1fr) 8px 160px');
    expect(layout.bars.analysis).toEqual({
      value: 160,
      min: 120,
      max: h - BAR - CANVAS_MIN.height - 1,
    });
    const folded = prefs({ folded: { palette: false, analysis: true } });
    expect(resolveLayout(w, h, folded, true).rows).toBe(`minmax(0, 1fr) 0px ${RAIL}px`);
    expect(resolveLayout(w, h, folded, true).bars.analysis).toBeUndefined();
    expect(resolveLayout(w, h, prefs(), false).rows).toBe('minmax(0, 1fr) 0px 0px');
  });

  it('leaves the canvas its minimum height under a tall analysis', () => {
    const tall = prefs({ paneSizes: sizes({ analysis: 800 }) });
    const layout = resolveLayout(1264, 610, tall, true);
    // A pixel in hand: the measured height is rounded.
    expect(layout.bars.analysis!.value).toBe(610 - BAR - CANVAS_MIN.height - 1);
  });
});

describe('fit', () => {
  it('leaves sizes that fit alone', () => {
    expect(fit([100, 200], [50, 50], 400)).toEqual([100, 200]);
  });
  it('takes from each in proportion to what it has above its minimum', () => {
    expect(fit([150, 250], [50, 50], 300)).toEqual([117, 183]);
    expect(fit([150, 250], [150, 50], 300)).toEqual([150, 150]);
  });
  it('stops at the minimums', () => {
    expect(fit([150, 250], [100, 100], 10)).toEqual([100, 100]);
  });
});
