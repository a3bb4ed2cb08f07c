import type { DragEndEvent } from '@dnd-kit/core';
import { useArrange } from '../canvas/useArrange.ts';
import { keyboardDrop } from './cardDrag.ts';
import { cardDragData, insertionIndex, laneDropData, laneRole, type Point } from './cards.ts';
import { POD_DROP_ID } from './ids.ts';
import { presetDragData } from './presetDrag.ts';

/** Where a drag ended: the pointer for a mouse or touch drag, the card's centre for a keyboard one. */
function dropPoint(e: DragEndEvent): Point | undefined {
  const start = e.activatorEvent;
  if (start && 'clientX' in start && typeof start.clientX === 'number') {
    const { clientX, clientY } = start as PointerEvent;
    return { x: clientX + e.delta.x, y: clientY + e.delta.y };
  }
  const r = e.active.rect.current.translated;
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : undefined;
}

/**
 * The canvas branch of the drag-and-drop shell: a card dropped into a lane takes that lane's role
 * at the drop position (one undo step); a sidecar preset dropped into the pod opens its dialog.
 * `onDragEnd` returns true when it handled the drag.
 */
export function useCanvasDrops() {
  const { place } = useArrange();
  const onDragEnd = (e: DragEndEvent): boolean => {
    const preset = presetDragData(e.active.data.current);
    if (preset) {
      if (e.over?.id === POD_DROP_ID) preset.onDrop();
      return true;
    }
    const card = cardDragData(e.active.data.current);
    if (!card) return false;
    const keyboard = !(e.activatorEvent && 'clientX' in e.activatorEvent);
    // A keyboard drag drops where its arrow keys took it (the diagram may have scrolled since).
    const moved = keyboard ? keyboardDrop(e.activatorEvent) : undefined;
    if (moved) {
      place(card.container, card.name, laneRole(moved.lane, card.cardRole), moved.before, 'select');
      return true;
    }
    const lane = laneDropData(e.over?.data.current);
    if (!lane) return true;
    const cards = lane.cards();
    const point = dropPoint(e);
    const index = point
      ? insertionIndex(
          cards.map((c) => c.rect),
          point,
        )
      : cards.length;
    const before = cards[index]?.container ?? 'end';
    place(
      card.container,
      card.name,
      laneRole(lane.lane, card.cardRole),
      before,
      keyboard ? 'select' : undefined,
    );
    return true;
  };
  return { onDragEnd };
}
