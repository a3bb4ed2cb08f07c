import { describe, expect, it } from 'vitest';
import type { Bar } from './sizes.ts';
import { STEP, dragSize, keySize } from './useSplit.ts';

const bar: Bar = { value: 300, min: 200, max: 500 };
const LEFT_PANE = { vertical: true, after: false }; // the palette: left of its splitter
const RIGHT_PANE = { vertical: true, after: true }; // inspector, editor: right of theirs
const BELOW = { vertical: false, after: true }; // the analysis: under its splitter

describe('keySize', () => {
  it('moves a vertical splitter with Left and Right, the way the arrow points', () => {
    expect(keySize('ArrowRight', false, bar, LEFT_PANE)).toBe(300 + STEP);
    expect(keySize('ArrowLeft', false, bar, LEFT_PANE)).toBe(300 - STEP);
    // The pane is on the other side: moving the splitter left makes it wider.
    expect(keySize('ArrowLeft', false, bar, RIGHT_PANE)).toBe(300 + STEP);
    expect(keySize('ArrowRight', false, bar, RIGHT_PANE)).toBe(300 - STEP);
  });

  it('moves a horizontal splitter with Up and Down, and ignores the other arrows', () => {
    expect(keySize('ArrowUp', false, bar, BELOW)).toBe(300 + STEP);
    expect(keySize('ArrowDown', false, bar, BELOW)).toBe(300 - STEP);
    expect(keySize('ArrowLeft', false, bar, BELOW)).toBeNull();
    expect(keySize('ArrowUp', false, bar, RIGHT_PANE)).toBeNull();
  });

  it('takes bigger steps with Shift', () => {
    expect(keySize('ArrowRight', true, bar, LEFT_PANE)).toBe(300 + 4 * STEP);
  });

  it('goes to the smallest and largest size with Home and End', () => {
    expect(keySize('Home', false, bar, RIGHT_PANE)).toBe(200);
    expect(keySize('End', false, bar, RIGHT_PANE)).toBe(500);
    expect(keySize('Home', false, bar, BELOW)).toBe(200);
  });

  it('stops at the limits', () => {
    expect(keySize('ArrowRight', true, { ...bar, value: 490 }, LEFT_PANE)).toBe(500);
    expect(keySize('ArrowLeft', false, { ...bar, value: 205 }, LEFT_PANE)).toBe(200);
  });

  it('leaves every other key alone (Tab, Enter, letters)', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'PageUp']) {
      expect(keySize(key, false, bar, LEFT_PANE)).toBeNull();
    }
  });
});

describe('dragSize', () => {
  it('follows the pointer from where the drag started', () => {
    expect(dragSize(300, 40, bar)).toBe(340);
    expect(dragSize(300, 40, bar, true)).toBe(260);
    expect(dragSize(300, -12.4, bar)).toBe(288);
  });

  it('stops at the limits however far the pointer goes', () => {
    expect(dragSize(300, 10_000, bar)).toBe(500);
    expect(dragSize(300, 10_000, bar, true)).toBe(200);
  });
});
