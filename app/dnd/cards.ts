import type { LaneId } from '../../src/diagram/types.ts';
import type { Role } from '../../src/pod/types.ts';
import type { ContainerRef } from '../store/index.ts';

/** The diagram's lanes: where a dropped card takes its role. */
export type { LaneId };

/** What a container card carries while it is dragged (never `role`/`label`: that is a palette drag). */
export interface CardDragData {
  kind: 'card';
  container: ContainerRef;
  name: string;
  cardRole: Role;
}

export function cardDragData(data: unknown): CardDragData | undefined {
  const d = data as Partial<CardDragData> | undefined;
  return d?.kind === 'card' && d.container && typeof d.name === 'string'
    ? (d as CardDragData)
    : undefined;
}

/** What the drag overlay shows for a card: its name, in its role's colours. */
export function cardGhost(data: unknown): { role: Role; label: string } | undefined {
  const card = cardDragData(data);
  return card && { role: card.cardRole, label: card.name || '(unnamed)' };
}

/** A card of a lane, where it is on screen. */
export interface CardSlot {
  container: ContainerRef;
  name: string;
  rect: Rect;
}

/** What a lane carries as a drop target for cards. */
export interface LaneDropData {
  kind: 'lane';
  lane: LaneId;
  title: string;
  /** The lane's cards in list order, measured now. */
  cards: () => CardSlot[];
}

export function laneDropData(data: unknown): LaneDropData | undefined {
  const d = data as Partial<LaneDropData> | undefined;
  return d?.kind === 'lane' && typeof d.cards === 'function' ? (d as LaneDropData) : undefined;
}

/** The hidden text on how to move a card without a mouse; each card's handle points at it. */
export const CARD_HELP_ID = 'card-move-help';

export const laneDropId = (lane: LaneId) => `lane:${lane}`;
export const cardDragId = (name: string, ref: ContainerRef) =>
  `card:${name || `${ref.list}/${ref.index}`}`;

export interface Point {
  x: number;
  y: number;
}
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const contains = (r: Rect, p: Point) =>
  p.x >= r.left && p.x <= r.left + r.width && p.y >= r.top && p.y <= r.top + r.height;

/**
 * Where a point falls among cards laid out in reading order (rows of a grid, or one column):
 * the index of the card it lands before, or the count when it lands after the last one.
 */
export function insertionIndex(rects: readonly Rect[], p: Point): number {
  for (const [i, r] of rects.entries()) {
    if (p.y < r.top) return i;
    if (p.y <= r.top + r.height && p.x < r.left + r.width / 2) return i;
  }
  return rects.length;
}

/** The role a card takes in a lane: the init lane keeps init containers init, the rest turn native. */
export function laneRole(lane: LaneId, current: Role): Role {
  if (lane === 'init')
    return current === 'init' || current === 'native-sidecar' ? current : 'native-sidecar';
  return lane;
}

/** A keyboard drag's stops: before each card of each lane, and after the last (or the empty lane). */
export interface Stop {
  lane: LaneId;
  index: number;
  /** Where the dragged card's centre goes for this stop. */
  point: Point;
}

/**
 * The stops a keyboard drag steps through, lanes in reading order (top to bottom, then left to
 * right: init lane, main lane, sidecar lane). The stop right after the dragged card itself is
 * left out: it is the same place as the stop before it.
 */
export function keyboardStops(
  lanes: readonly { lane: LaneId; rect: Rect; cards: readonly CardSlot[] }[],
  dragged: string,
): Stop[] {
  const stops: Stop[] = [];
  const order = [...lanes].sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  for (const { lane, rect, cards } of order) {
    if (cards.length === 0) {
      stops.push({
        lane,
        index: 0,
        point: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 },
      });
      continue;
    }
    const self = cards.findIndex((c) => c.name === dragged);
    cards.forEach((c, i) => {
      if (self !== -1 && i === self + 1) return;
      // Just inside the card's top-left corner: insertionIndex puts that before the card.
      stops.push({ lane, index: i, point: { x: c.rect.left + 4, y: c.rect.top + 4 } });
    });
    if (self !== cards.length - 1) {
      const last = cards[cards.length - 1]!.rect;
      const below = Math.min(last.top + last.height + 4, rect.top + rect.height - 1);
      stops.push({ lane, index: cards.length, point: { x: last.left + 4, y: below } });
    }
  }
  return stops;
}

/** The stop a point is at: the one whose lane holds it and whose index matches, else the nearest. */
export function currentStop(
  stops: readonly Stop[],
  lanes: readonly { lane: LaneId; rect: Rect; cards: readonly CardSlot[] }[],
  p: Point,
  dragged: string,
): number {
  const lane = lanes.find((l) => contains(l.rect, p));
  if (lane) {
    let index = insertionIndex(
      lane.cards.map((c) => c.rect),
      p,
    );
    const self = lane.cards.findIndex((c) => c.name === dragged);
    if (self !== -1 && index === self + 1) index = self;
    const at = stops.findIndex((s) => s.lane === lane.lane && s.index === index);
    if (at !== -1) return at;
  }
  let best = 0;
  stops.forEach((s, i) => {
    const d = Math.hypot(s.point.x - p.x, s.point.y - p.y);
    const b = stops[best]!;
    if (d < Math.hypot(b.point.x - p.x, b.point.y - p.y)) best = i;
  });
  return best;
}
