import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEvent, KeyboardEventHandler, PointerEventHandler } from 'react';
import type { ContainerView } from '../../src/pod/types.ts';
import { CARD_HELP_ID, cardDragId, type CardDragData } from './cards.ts';

/**
 * Makes a container card draggable between lanes and positions. The whole card's select button
 * is the handle: a pointer drag starts after a few pixels (a click still selects), Space starts a
 * keyboard drag (Enter still selects). Returns the node ref for the card and the handle's props.
 */
export function useCardDrag(c: ContainerView, stale: boolean) {
  const data: CardDragData = {
    kind: 'card',
    container: { list: c.list, index: c.index },
    name: c.name,
    cardRole: c.role,
  };
  const { setNodeRef, setActivatorNodeRef, listeners, isDragging } = useDraggable({
    id: cardDragId(c.name, data.container),
    data,
    disabled: stale,
  });
  /** Props for the handle; its own key handling (Delete, F2) runs after the drag's. */
  const handle = (onKeyDown: (e: KeyboardEvent) => void) => ({
    ref: setActivatorNodeRef,
    onPointerDown: listeners?.onPointerDown as PointerEventHandler | undefined,
    onKeyDown: (e: KeyboardEvent) => {
      (listeners?.onKeyDown as KeyboardEventHandler | undefined)?.(e);
      if (!e.defaultPrevented) onKeyDown(e);
    },
    'aria-describedby': CARD_HELP_ID,
    'data-card-name': c.name,
    'data-card-control': 'select',
  });
  return { setNodeRef, handle, isDragging };
}
