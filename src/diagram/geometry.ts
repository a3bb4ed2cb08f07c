import { GAP } from './sizes.ts';
import type { Box, Point } from './types.ts';

/** Cards per row in a lane, and the least number of volumes or objects per row. */
export const PER_ROW = 4;

/**
 * A horizontal strip of the diagram that holds nodes side by side (one row of cards, of volumes,
 * the port sockets). Edges cross it only between its obstacles; between two bands they are free
 * to run sideways. `top`..`bottom` covers the obstacles and the text drawn under them.
 */
export interface Band {
  top: number;
  bottom: number;
  /** Sorted by x. */
  obstacles: Box[];
}

/** The size of a node, and the room its edge labels take below it. */
export interface Item {
  width: number;
  height: number;
  /** Height of the labels stacked under the node (mount paths), 0 when none. */
  below: number;
}

/** Items placed in rows, left to right, `perRow` to a row. */
export interface Rows {
  boxes: Box[];
  /** One band per row, top to bottom. */
  bands: Band[];
  /** Of the widest row. */
  width: number;
  /** From `y` to the last row's bottom (its labels excluded). */
  height: number;
}

/**
 * Places items in rows of at most `perRow`, `hGap` apart, each row `vGap` below the labels of the
 * row above, top-aligned. An empty list still takes `empty` (the room a lane's placeholder takes).
 */
export function placeRows(
  items: readonly Item[],
  at: Point,
  { perRow, hGap, vGap, empty }: { perRow: number; hGap: number; vGap: number; empty: Item },
): Rows {
  const boxes: Box[] = [];
  const bands: Band[] = [];
  if (items.length === 0) {
    const box = { x: at.x, y: at.y, width: empty.width, height: empty.height };
    bands.push({ top: at.y, bottom: at.y + empty.height + empty.below, obstacles: [box] });
    return { boxes, bands, width: empty.width, height: empty.height };
  }
  let y = at.y;
  let width = 0;
  let bottom = at.y;
  for (let start = 0; start < items.length; start += perRow) {
    const row = items.slice(start, start + perRow);
    let x = at.x;
    let rowBottom = y;
    let labels = y;
    const obstacles: Box[] = [];
    for (const item of row) {
      const box = { x, y, width: item.width, height: item.height };
      boxes.push(box);
      obstacles.push(box);
      x += item.width + hGap;
      rowBottom = Math.max(rowBottom, y + item.height);
      labels = Math.max(labels, y + item.height + item.below);
    }
    width = Math.max(width, x - hGap - at.x);
    bands.push({ top: y, bottom: labels, obstacles });
    bottom = rowBottom;
    y = labels + vGap;
  }
  return { boxes, bands, width, height: bottom - at.y };
}

/** Merges bands that share a vertical span (the main card and the first row of sidecars). */
export function mergeBands(groups: readonly (readonly Band[])[]): Band[] {
  const rows = new Map<number, Band>();
  const out: Band[] = [];
  for (const group of groups)
    group.forEach((band, r) => {
      const found = rows.get(r);
      if (found) {
        found.top = Math.min(found.top, band.top);
        found.bottom = Math.max(found.bottom, band.bottom);
        found.obstacles.push(...band.obstacles);
        found.obstacles.sort((a, b) => a.x - b.x);
      } else {
        const copy = { ...band, obstacles: [...band.obstacles] };
        rows.set(r, copy);
        out.push(copy);
      }
    });
  return out.sort((a, b) => a.top - b.top);
}

/** The right edge of a box. */
export const right = (b: Box) => b.x + b.width;
/** The bottom edge of a box. */
export const bottom = (b: Box) => b.y + b.height;
/** The x of a box's centre. */
export const centreX = (b: Box) => b.x + b.width / 2;
/** The y of a box's centre. */
export const centreY = (b: Box) => b.y + b.height / 2;

/** True when the two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
}

/**
 * Where the `i`-th of `n` edges leaves a side of a node `width` wide starting at `x`: spread evenly,
 * `inset` away from the corners, so two edges of one node never start at the same point.
 */
export function spread(x: number, width: number, i: number, n: number, inset = GAP): number {
  const span = Math.max(width - 2 * inset, 0);
  return x + inset + (span * (i + 1)) / (n + 1);
}
