import type { Box, DiagramNode } from './types.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * The node an arrow key moves to from node `fromId`: the nearest node whose centre lies in that
 * direction, where nodes straight ahead count as nearer than ones off to the side (distance along
 * the direction plus twice the sideways offset). `undefined` when nothing lies that way.
 */
export function nextNode(
  nodes: readonly DiagramNode[],
  fromId: string,
  direction: Direction,
): DiagramNode | undefined {
  const from = nodes.find((n) => n.id === fromId);
  if (!from) return undefined;
  const a = centre(from.box);
  let best: DiagramNode | undefined;
  let bestCost = Infinity;
  for (const n of nodes) {
    if (n === from) continue;
    const b = centre(n.box);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const [ahead, aside] =
      direction === 'left'
        ? [-dx, dy]
        : direction === 'right'
          ? [dx, dy]
          : direction === 'up'
            ? [-dy, dx]
            : [dy, dx];
    if (ahead <= 0.5) continue;
    const cost = ahead + 2 * Math.abs(aside);
    if (cost < bestCost) {
      bestCost = cost;
      best = n;
    }
  }
  return best;
}
