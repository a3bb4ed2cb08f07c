import { describe, expect, it } from 'vitest';
import {
  autoScale,
  clampScale,
  fitScale,
  MAX_SCALE,
  MIN_SCALE,
  scrollAfterZoom,
  zoomStep,
} from './zoom.ts';

describe('diagram zoom', () => {
  it('fits a large picture into the viewport, never above 1', () => {
    expect(fitScale({ width: 2000, height: 1000 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitScale({ width: 400, height: 300 }, { width: 1000, height: 1000 })).toBe(1);
  });

  it('keeps the automatic fit readable: below the floor the viewport scrolls', () => {
    expect(fitScale({ width: 5000, height: 1000 }, { width: 1000, height: 800 }, 0.6)).toBe(0.6);
  });

  it('opens at the width of the viewport, readable: the picture scrolls down', () => {
    expect(autoScale(800, 1000)).toBe(1);
    expect(autoScale(1000, 900)).toBe(0.9);
    expect(autoScale(3000, 900)).toBe(0.75);
  });

  it('steps zoom in and out within the limits', () => {
    expect(zoomStep(1, 1)).toBe(1.1);
    expect(zoomStep(1, -1)).toBe(0.91);
    expect(zoomStep(MAX_SCALE, 1)).toBe(MAX_SCALE);
    expect(zoomStep(MIN_SCALE, -1)).toBe(MIN_SCALE);
    expect(clampScale(10)).toBe(MAX_SCALE);
  });

  it('keeps the point under the pointer in place when zooming', () => {
    // At scale 1 the point 150 px into a view scrolled by 100 is at 250; at scale 2 it is at 500.
    expect(scrollAfterZoom({ left: 100, top: 0 }, { x: 150, y: 0 }, 1, 2)).toEqual({
      left: 350,
      top: 0,
    });
  });

  it('answers 1 for an empty viewport (not yet measured)', () => {
    expect(fitScale({ width: 500, height: 500 }, { width: 0, height: 0 })).toBe(1);
  });
});
