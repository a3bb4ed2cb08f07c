import { GAP } from './sizes.ts';
import { right, type Band } from './geometry.ts';
import type { Point } from './types.ts';

// Edges run orthogonally: vertically through the rows of nodes, and sideways only in the free
// channels between rows. Every row of the diagram is a band, so one router serves mounts, ports,
// routes, references and the start-up order alike, in time linear in the number of bands.

/** How close to a node an edge may pass. */
const MARGIN = 4;
/** How much farther an edge goes to pass between two nodes rather than beside the row. */
const OUTSIDE = 4 * GAP;

/** The `k`-th edge's offset from the middle of a channel or corridor, so parallel edges part. */
const offset = (k: number, step: number, room: number) => {
  const d = ((k % 5) - 2) * step;
  const limit = Math.max(room, 0);
  return Math.max(-limit, Math.min(limit, d));
};

function blocked(band: Band, x: number): boolean {
  return band.obstacles.some((o) => o.x - MARGIN < x && x < right(o) + MARGIN);
}

/** The free x nearest `x` to cross the band at: a gap between its nodes, or beside them. */
function corridor(band: Band, x: number, k: number): number {
  const { obstacles } = band;
  let best = Number.POSITIVE_INFINITY;
  let cost = Number.POSITIVE_INFINITY;
  let room = 0;
  const consider = (c: number, gap: number, penalty: number) => {
    if (Math.abs(c - x) + penalty >= cost) return;
    best = c;
    cost = Math.abs(c - x) + penalty;
    room = gap / 2 - MARGIN - 2;
  };
  // Beside the row is the last resort: there an edge runs along the border of its region.
  consider(obstacles[0]!.x - GAP / 2, 0, OUTSIDE);
  for (let i = 1; i < obstacles.length; i++) {
    const gap = obstacles[i]!.x - right(obstacles[i - 1]!);
    if (gap >= 2 * MARGIN + 2) consider(right(obstacles[i - 1]!) + gap / 2, gap, 0);
  }
  consider(right(obstacles[obstacles.length - 1]!) + GAP / 2, 0, OUTSIDE);
  return best + offset(k, 3, room);
}

/** A y in the free channel between `a` and `b` (a < b) for the `k`-th edge. */
function channel(a: number, b: number, k: number): number {
  return (a + b) / 2 + offset(k, 5, (b - a) / 2 - MARGIN);
}

/** Down from `from` to the height `toY`; then sideways to `toX`, when given, before the last row. */
function routeDown(
  bands: readonly Band[],
  from: Point,
  toY: number,
  toX: number | undefined,
  k: number,
): Point[] {
  const points: Point[] = [from];
  const own = bands.find((b) => b.top <= from.y && from.y <= b.bottom);
  const target = bands.find((b) => b !== own && b.top <= toY && toY <= b.bottom);
  const end = target ? target.top : toY;
  let edge = own ? Math.max(own.bottom, from.y) : from.y;
  let x = from.x;
  for (const band of bands) {
    if (band === own || band === target || band.top < edge || band.bottom > end) continue;
    if (band.obstacles.length > 0 && blocked(band, x)) {
      const y = channel(edge, band.top, k);
      const next = corridor(band, x, k);
      points.push({ x, y }, { x: next, y });
      x = next;
    }
    edge = band.bottom;
  }
  if (toX !== undefined && x !== toX) {
    const y = channel(edge, Math.max(end, edge), k);
    points.push({ x, y }, { x: toX, y });
    x = toX;
  }
  points.push({ x, y: toY });
  return tidy(points);
}

const flipPoint = (p: Point): Point => ({ x: p.x, y: -p.y });

/** Runs the downward router in a mirrored diagram when the way is up. */
function route(
  bands: readonly Band[],
  from: Point,
  toY: number,
  toX: number | undefined,
  k: number,
): Point[] {
  if (toY >= from.y) return routeDown(bands, from, toY, toX, k);
  const mirrored = bands
    .map((b) => ({ top: -b.bottom, bottom: -b.top, obstacles: b.obstacles }))
    .reverse();
  return routeDown(mirrored, flipPoint(from), -toY, toX, k).map(flipPoint);
}

/**
 * An orthogonal path from `from` to `to`, one above the other: straight down (or up) where no
 * node is in the way, else sideways in the channel before the row in the way, through a gap of
 * that row, and sideways again to `to` in the channel before `to`'s own row. `k` numbers the edge,
 * so edges through the same gap or channel run apart. `bands` are sorted top to bottom.
 */
export function routeVertical(bands: readonly Band[], from: Point, to: Point, k: number): Point[] {
  return route(bands, from, to.y, to.x, k);
}

/**
 * Where a path from `from` up or down to the height `y` comes out past the rows in its way, as
 * {@link routeVertical} routes it: a node placed there is reached in a straight line.
 */
export function clearX(bands: readonly Band[], from: Point, y: number, k: number): number {
  const points = route(bands, from, y, undefined, k);
  return points[points.length - 1]!.x;
}

/** Drops repeated points and the middle of three points on one line. */
export function tidy(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    )
      out.pop();
    out.push(p);
  }
  if (out.length === 1) out.push({ ...out[0]! });
  return out;
}

/** `x`, or the nearest x beside the band's nodes when one of them is at `x`. */
export function freeX(band: Band | undefined, x: number): number {
  return band && band.obstacles.length > 0 && blocked(band, x) ? corridor(band, x, 2) : x;
}
