import { describe, expect, it } from 'vitest';
import {
  cardDragData,
  currentStop,
  insertionIndex,
  keyboardStops,
  laneRole,
  type CardSlot,
  type LaneId,
  type Rect,
} from './cards.ts';
import { paletteDragData } from './ids.ts';

const rect = (left: number, top: number, width = 100, height = 50): Rect => ({
  left,
  top,
  width,
  height,
});
const card = (name: string, index: number, r: Rect): CardSlot => ({
  container: { list: 'initContainers', index },
  name,
  rect: r,
});

describe('insertionIndex', () => {
  const column = [rect(0, 0), rect(0, 60), rect(0, 120)];
  it('finds the gap in a column', () => {
    expect(insertionIndex(column, { x: 10, y: -5 })).toBe(0);
    expect(insertionIndex(column, { x: 10, y: 10 })).toBe(0);
    expect(insertionIndex(column, { x: 80, y: 10 })).toBe(1);
    expect(insertionIndex(column, { x: 80, y: 55 })).toBe(1);
    expect(insertionIndex(column, { x: 10, y: 200 })).toBe(3);
  });
  it('reads a grid row by row', () => {
    const grid = [rect(0, 0), rect(110, 0), rect(0, 60)];
    expect(insertionIndex(grid, { x: 120, y: 20 })).toBe(1);
    expect(insertionIndex(grid, { x: 200, y: 20 })).toBe(2);
    expect(insertionIndex(grid, { x: 10, y: 70 })).toBe(2);
    expect(insertionIndex(grid, { x: 90, y: 70 })).toBe(3);
  });
});

describe('keyboard stops', () => {
  const lanes: { lane: LaneId; rect: Rect; cards: CardSlot[] }[] = [
    { lane: 'sidecar', rect: rect(0, 300, 120, 80), cards: [] },
    {
      lane: 'init',
      rect: rect(0, 0, 120, 200),
      cards: [card('a', 0, rect(10, 20)), card('b', 1, rect(10, 80)), card('c', 2, rect(10, 140))],
    },
  ];

  it('step through positions in screen order, skipping the place the card already holds', () => {
    const stops = keyboardStops(lanes, 'b');
    expect(stops.map((s) => `${s.lane}:${s.index}`)).toEqual([
      'init:0',
      'init:1',
      // init:2 (right after b) is where b already is
      'init:3',
      'sidecar:0',
    ]);
    // Every stop's point lands on its own index.
    for (const s of stops.filter((x) => x.lane === 'init'))
      expect(
        insertionIndex(
          lanes[1]!.cards.map((c) => c.rect),
          s.point,
        ),
      ).toBe(s.index);
  });

  it('knows where the dragged card starts: before itself', () => {
    const stops = keyboardStops(lanes, 'b');
    const centreOfB = { x: 60, y: 105 };
    expect(stops[currentStop(stops, lanes, centreOfB, 'b')]).toMatchObject({
      lane: 'init',
      index: 1,
    });
    expect(stops[currentStop(stops, lanes, { x: 60, y: 340 }, 'b')]).toMatchObject({
      lane: 'sidecar',
    });
  });

  it('has no stop after the last card when it is the one dragged', () => {
    expect(keyboardStops(lanes, 'c').map((s) => `${s.lane}:${s.index}`)).toEqual([
      'init:0',
      'init:1',
      'init:2',
      'sidecar:0',
    ]);
  });
});

describe('drag data', () => {
  it('keeps card drags apart from palette drags', () => {
    const data = {
      kind: 'card',
      container: { list: 'containers', index: 1 },
      name: 'envoy',
      cardRole: 'sidecar',
    };
    expect(cardDragData(data)?.name).toBe('envoy');
    expect(paletteDragData(data)).toBeUndefined();
    expect(cardDragData({ role: 'main', label: 'Main container' })).toBeUndefined();
  });

  it('gives a card the role of the lane it is dropped in', () => {
    expect(laneRole('init', 'sidecar')).toBe('native-sidecar');
    expect(laneRole('init', 'main')).toBe('native-sidecar');
    expect(laneRole('init', 'init')).toBe('init');
    expect(laneRole('init', 'native-sidecar')).toBe('native-sidecar');
    expect(laneRole('sidecar', 'native-sidecar')).toBe('sidecar');
    expect(laneRole('main', 'sidecar')).toBe('main');
  });
});
