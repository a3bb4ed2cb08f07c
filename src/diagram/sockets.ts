import { spread, type Band } from './geometry.ts';
import type { PortItem } from './model.ts';
import { clearX } from './route.ts';
import { SIZES } from './sizes.ts';
import type { Box, Point } from './types.ts';

/** Space between two sockets (wide enough for an edge to pass), and beside the pod's corners. */
const SOCKET_GAP = 12;

/** A port with its place among its container's ports (`i` of `n`) and among all ports (`k`). */
export interface PortSlot {
  p: PortItem;
  i: number;
  n: number;
  k: number;
}

/** Every port with its place among its container's ports, in the model's order. */
export function portSlots(ports: readonly PortItem[]): PortSlot[] {
  const count = new Map<string, number>();
  for (const p of ports) count.set(p.container.id, (count.get(p.container.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return ports.map((p, k) => {
    const i = seen.get(p.container.id) ?? 0;
    seen.set(p.container.id, i + 1);
    return { p, i, n: count.get(p.container.id)!, k };
  });
}

/** Where the edge of a port leaves its container: spread over the container's top side. */
export const portStart = (container: Box, slot: PortSlot): Point => ({
  x: spread(container.x, container.width, slot.i, slot.n, 16),
  y: container.y,
});

/** How many rows of sockets `count` ports take on a pod `width` wide: one, unless they do not fit. */
export function socketRows(count: number, width: number): number {
  const perRow = Math.max(Math.floor((width - SOCKET_GAP) / (SIZES.port.width + SOCKET_GAP)), 1);
  return Math.ceil(count / perRow);
}

/** The height the rows of sockets above the first take, above the pod. */
export const socketsAbove = (rows: number): number =>
  Math.max(rows - 1, 0) * (SIZES.port.height + SOCKET_GAP);

/**
 * The port sockets on the pod's top border (`y` is the border, `left`..`right` its ends): each
 * where the edge from its container comes out above the rows in its way (so the edge runs
 * straight into it), then moved along the border just enough never to overlap another. Ports too
 * many for one border take `rows` rows, the others stacked above it, every `rows`-th socket in
 * each: the edges to the upper rows pass between the sockets of the lower ones.
 */
export function placeSockets(
  ports: readonly PortItem[],
  containers: ReadonlyMap<string, Box>,
  bands: readonly Band[],
  border: { y: number; left: number; right: number; rows: number },
): { boxes: Map<string, Box>; bands: Band[] } {
  const { width, height } = SIZES.port;
  const wanted = portSlots(ports).map((slot) => ({
    slot,
    centre: clearX(bands, portStart(containers.get(slot.p.container.id)!, slot), border.y, slot.k),
  }));
  // Left to right by where each wants to be; the declaration order breaks ties, so the result
  // does not depend on the sort's stability.
  wanted.sort((a, b) => a.centre - b.centre || a.slot.k - b.slot.k);
  const rows = Math.max(border.rows, 1);
  const boxes = new Map<string, Box>();
  const out: Band[] = [];
  for (let r = rows - 1; r >= 0; r--) {
    const row = wanted.filter((_, j) => j % rows === r);
    if (row.length === 0) continue;
    const y = border.y - height / 2 - r * (height + SOCKET_GAP);
    // Pushed right past the one before, then back left inside the border.
    const xs: number[] = [];
    let edge = border.left + SOCKET_GAP;
    for (const { centre } of row) {
      const x = Math.max(centre - width / 2, edge);
      xs.push(x);
      edge = x + width + SOCKET_GAP;
    }
    let limit = border.right - SOCKET_GAP;
    for (let i = xs.length - 1; i >= 0; i--) {
      xs[i] = Math.min(xs[i]!, limit - width);
      limit = xs[i]! - SOCKET_GAP;
    }
    const obstacles = row.map(({ slot }, i) => {
      const box = { x: xs[i]!, y, width, height };
      boxes.set(slot.p.id, box);
      return box;
    });
    out.push({ top: y, bottom: y + height, obstacles });
  }
  return { boxes: new Map(ports.map((p) => [p.id, boxes.get(p.id)!])), bands: out };
}
