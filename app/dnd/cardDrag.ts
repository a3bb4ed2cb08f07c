import {
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { ROLE_WORDS } from '../roles.ts';
import type { ContainerRef } from '../store/index.ts';
import {
  cardDragData,
  contains,
  currentStop,
  keyboardStops,
  laneDropData,
  type LaneDropData,
  type LaneId,
  type Rect,
} from './cards.ts';

type Context = Parameters<KeyboardCoordinateGetter>[1]['context'];

/** The lanes on screen now, measured from their nodes (the canvas may have scrolled). */
function measureLanes(context: Context) {
  const lanes: { lane: LaneId; rect: Rect; cards: ReturnType<LaneDropData['cards']> }[] = [];
  for (const container of context.droppableContainers.values()) {
    const data = laneDropData(container.data.current);
    const node = container.node.current;
    if (!data || !node || container.disabled) continue;
    lanes.push({ lane: data.lane, rect: node.getBoundingClientRect(), cards: data.cards() });
  }
  return lanes;
}

/**
 * Where the last key press of this drag sent the card: the stop (lane and index), not a point.
 * dnd-kit measures the moved card only after React renders, so a second arrow pressed before that
 * would start again from the old place and a fast "down, down" would move one stop instead of
 * two; and the diagram may scroll under the card as it moves, so a remembered point would land
 * on the wrong stop. Keyed on the drag's activator event, which is new for every drag.
 */
let last:
  { drag: Event | null; lane: LaneId; index: number; before: ContainerRef | 'end' } | undefined;

/**
 * Where a keyboard drag of a card has been moved to by its arrow keys: the lane, and the card it
 * goes before. The drop takes this, not the place the moved card is measured at: the diagram may
 * have scrolled under it since. `undefined` when the drag (`activator`) has not been moved.
 */
export function keyboardDrop(
  activator: Event | null,
): { lane: LaneId; before: ContainerRef | 'end' } | undefined {
  return last && last.drag === activator ? { lane: last.lane, before: last.before } : undefined;
}

/**
 * Arrow keys during a keyboard drag of a card: down/right to the next stop (before the next card,
 * after the last one, then the next lane), up/left to the previous one. Returns the top-left of
 * the dragged card's stand-in so its centre sits at the stop; `undefined` for other drags.
 */
export const cardKeyboardMove: KeyboardCoordinateGetter = (event, { context }) => {
  const dragged = cardDragData(context.active?.data.current);
  const moving = context.collisionRect;
  if (!dragged || !moving) return undefined;
  const forward = event.code === 'ArrowDown' || event.code === 'ArrowRight';
  const back = event.code === 'ArrowUp' || event.code === 'ArrowLeft';
  if (!forward && !back) return undefined;
  const lanes = measureLanes(context);
  const stops = keyboardStops(lanes, dragged.name);
  if (stops.length === 0) return undefined;
  const remembered =
    last && last.drag === context.activatorEvent
      ? stops.findIndex((s) => s.lane === last!.lane && s.index === last!.index)
      : -1;
  const centre = { x: moving.left + moving.width / 2, y: moving.top + moving.height / 2 };
  const at = remembered !== -1 ? remembered : currentStop(stops, lanes, centre, dragged.name);
  const next = stops[Math.min(Math.max(at + (forward ? 1 : -1), 0), stops.length - 1)]!;
  const cards = lanes.find((l) => l.lane === next.lane)?.cards ?? [];
  last = {
    drag: context.activatorEvent,
    lane: next.lane,
    index: next.index,
    before: cards[next.index]?.container ?? 'end',
  };
  return { x: next.point.x - moving.width / 2, y: next.point.y - moving.height / 2 };
};

/**
 * Collisions for a card drag, or `undefined` for other drags: only lanes count, the one under the
 * pointer, or (keyboard drags have no pointer) the one holding the dragged card's centre.
 */
export function cardCollisions(
  args: Parameters<CollisionDetection>[0],
): ReturnType<CollisionDetection> | undefined {
  if (!cardDragData(args.active.data.current)) return undefined;
  const r = args.collisionRect;
  const point = args.pointerCoordinates ?? {
    x: r.left + r.width / 2,
    y: r.top + r.height / 2,
  };
  return args.droppableContainers.flatMap((d) => {
    const node = d.node.current;
    if (!laneDropData(d.data.current) || !node) return [];
    return contains(node.getBoundingClientRect(), point)
      ? [{ id: d.id, data: { droppableContainer: d, value: 0 } }]
      : [];
  });
}

const cardName = (data: unknown) => cardDragData(data)?.name;
const laneOf = (data: unknown) => laneDropData(data)?.title;

/**
 * Screen reader announcements for card drags, falling back to `base` for every other drag.
 */
export function withCardAnnouncements(base: Announcements): Announcements {
  // The first "over" comes at once, for the lane the card starts in: saying it would cut off the
  // pick-up message and its instructions.
  let startLane: string | undefined;
  return {
    onDragStart: (e) => {
      const card = cardDragData(e.active.data.current);
      startLane = card && (card.container.list === 'initContainers' ? 'init' : card.cardRole);
      return card
        ? `Picked up ${card.name}, ${ROLE_WORDS[card.cardRole]}. Arrow keys move it between positions and lanes; Space drops it, Escape cancels.`
        : base.onDragStart(e);
    },
    onDragMove: (e) => (cardName(e.active.data.current) ? undefined : base.onDragMove?.(e)),
    onDragOver: (e) => {
      const name = cardName(e.active.data.current);
      if (!name) return base.onDragOver(e);
      const over = laneDropData(e.over?.data.current);
      if (over && over.lane === startLane) {
        startLane = undefined;
        return undefined;
      }
      startLane = undefined;
      return over ? `${name} is over the ${over.title} lane.` : `${name} is not over a lane.`;
    },
    onDragEnd: (e) => {
      const name = cardName(e.active.data.current);
      if (!name) return base.onDragEnd(e);
      const lane = laneOf(e.over?.data.current);
      return lane ? `${name} dropped in the ${lane} lane.` : `${name} dropped outside the lanes.`;
    },
    onDragCancel: (e) => {
      const name = cardName(e.active.data.current);
      return name ? `Drag cancelled; ${name} stays where it was.` : base.onDragCancel(e);
    },
  };
}
