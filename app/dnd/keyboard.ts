import type { Announcements, KeyboardCoordinateGetter, KeyboardCodes } from '@dnd-kit/core';
import { cardKeyboardMove } from './cardDrag.ts';
import { cardDragData } from './cards.ts';
import { POD_DROP_ID, paletteDragData } from './ids.ts';

/** Enter stays a plain click (add at once); Space picks an item up for a keyboard drag. */
export const KEYBOARD_CODES: KeyboardCodes = {
  start: ['Space'],
  cancel: ['Escape'],
  end: ['Space', 'Enter'],
};

/**
 * Arrow right/down jumps into the pod, left/up back to where the drag started. A card being
 * dragged steps through lane positions instead ({@link cardKeyboardMove}).
 */
export const jumpToPod: KeyboardCoordinateGetter = (event, args) => {
  const { context } = args;
  if (cardDragData(context.active?.data.current)) return cardKeyboardMove(event, args);
  const pod = context.droppableRects.get(POD_DROP_ID);
  const moving = context.collisionRect;
  // The palette item itself stays put (a DragOverlay moves instead): it is where the drag began.
  const origin = context.activeNode?.getBoundingClientRect();
  if (!pod || !moving || !origin) return undefined;
  if (event.code === 'ArrowRight' || event.code === 'ArrowDown') {
    return {
      x: pod.left + pod.width / 2 - moving.width / 2,
      y: pod.top + Math.min(pod.height / 2, 160) - moving.height / 2,
    };
  }
  if (event.code === 'ArrowLeft' || event.code === 'ArrowUp')
    return { x: origin.left, y: origin.top };
  return undefined;
};

const label = (data: unknown) => paletteDragData(data)?.label ?? 'Item';

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'Press Enter to add this container to the pod. To drag it instead, press Space, then the right arrow to move it over the pod, and Space again to drop it. Escape cancels.',
};

export const ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) =>
    `Picked up ${label(active.data.current)}. Press the right arrow to move it over the pod.`,
  onDragOver: ({ active, over }) =>
    over
      ? `${label(active.data.current)} is over the pod. Press Space to add it.`
      : `${label(active.data.current)} is not over the pod.`,
  onDragEnd: ({ active, over }) =>
    over
      ? `${label(active.data.current)} dropped into the pod.`
      : `${label(active.data.current)} dropped outside the pod; nothing was added.`,
  onDragCancel: ({ active }) => `Drag cancelled; ${label(active.data.current)} was not added.`,
};
