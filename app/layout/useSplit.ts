import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clamp, type Bar } from './sizes.ts';
import type { SplitGeometry } from './Splitter.tsx';

/** One arrow key press moves a splitter this far; with Shift, four times as far. */
export const STEP = 16;

/**
 * The pane size a key press asks for (WAI-ARIA window splitter): arrows move the splitter the
 * way they point, Home and End give the pane its smallest and largest size. `null`: not ours.
 */
export function keySize(
  key: string,
  shift: boolean,
  bar: Bar,
  { vertical, after }: SplitGeometry,
): number | null {
  if (key === 'Home') return bar.min;
  if (key === 'End') return bar.max;
  const keys = vertical ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const way = keys.indexOf(key);
  if (way < 0) return null;
  const moved = (way ? 1 : -1) * (shift ? 4 * STEP : STEP);
  return clamp(bar.value + (after ? -moved : moved), bar.min, bar.max);
}

/** The pane size for a pointer dragged `moved` pixels (right or down) from where it started. */
export function dragSize(start: number, moved: number, bar: Bar, after = false): number {
  return clamp(Math.round(start + (after ? -moved : moved)), bar.min, bar.max);
}

/**
 * A splitter's handlers: drag with the pointer (captured, so it follows outside the bar), the
 * keys of {@link keySize}, and a double click that goes back to the default size (`null`).
 */
export function useSplit(bar: Bar, geometry: SplitGeometry, resize: (size: number | null) => void) {
  const drag = useRef<{ from: number; start: number } | null>(null);
  const at = (e: PointerEvent) => (geometry.vertical ? e.clientX : e.clientY);
  const end = () => {
    drag.current = null;
  };
  return {
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.button !== 0) return;
      // Captured: the drag follows the pointer past the splitter (layout.css: no selecting).
      e.currentTarget.setPointerCapture?.(e.pointerId);
      drag.current = { from: at(e), start: bar.value };
    },
    onPointerMove(e: PointerEvent) {
      const d = drag.current;
      if (d && at(e) !== d.from) resize(dragSize(d.start, at(e) - d.from, bar, geometry.after));
    },
    onPointerUp: end,
    onPointerCancel: end,
    onKeyDown(e: KeyboardEvent) {
      const size = keySize(e.key, e.shiftKey, bar, geometry);
      if (size === null) return;
      e.preventDefault();
      resize(size);
    },
    onDoubleClick: () => resize(null),
  };
}
