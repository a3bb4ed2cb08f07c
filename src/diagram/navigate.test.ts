import { describe, expect, it } from 'vitest';
import { nextNode } from './navigate.ts';
import type { DiagramNode } from './types.ts';

const node = (id: string, x: number, y: number): DiagramNode => ({
  kind: 'host',
  id,
  box: { x, y, width: 100, height: 50 },
  label: id,
  name: id,
  touches: [],
});

// init        native
// main   side-a   side-b
// vol
const nodes = [
  node('init', 0, 0),
  node('native', 200, 0),
  node('main', 0, 200),
  node('side-a', 200, 200),
  node('side-b', 400, 200),
  node('vol', 0, 400),
];
const go = (from: string, dir: 'up' | 'down' | 'left' | 'right') => nextNode(nodes, from, dir)?.id;

describe('keyboard navigation between diagram nodes', () => {
  it('moves to the neighbour in each direction', () => {
    expect(go('main', 'right')).toBe('side-a');
    expect(go('side-a', 'right')).toBe('side-b');
    expect(go('side-a', 'left')).toBe('main');
    expect(go('main', 'up')).toBe('init');
    expect(go('main', 'down')).toBe('vol');
    expect(go('native', 'down')).toBe('side-a');
  });

  it('prefers the node straight ahead over a nearer one off to the side', () => {
    expect(go('side-b', 'up')).toBe('native');
    expect(go('vol', 'right')).toBe('side-a');
  });

  it('stays put at the edge of the picture', () => {
    expect(go('init', 'up')).toBeUndefined();
    expect(go('side-b', 'right')).toBeUndefined();
    expect(go('missing', 'right')).toBeUndefined();
  });
});
