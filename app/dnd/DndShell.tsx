import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { withVolumeAnnouncements } from '../canvas/volume/drag.ts';
import { useVolumeDrop } from '../canvas/volume/useVolumeDrop.tsx';
import { useCanvasDrops } from './useCanvasDrops.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { cardCollisions, withCardAnnouncements } from './cardDrag.ts';
import { cardGhost } from './cards.ts';
import { POD_DROP_ID, paletteDragData, type PaletteDragData } from './ids.ts';
import {
  ANNOUNCEMENTS,
  jumpToPod,
  KEYBOARD_CODES,
  SCREEN_READER_INSTRUCTIONS,
} from './keyboard.ts';

// The pointer decides when there is one; a keyboard drag has none, so fall back to overlap.
const collision: CollisionDetection = (args) => {
  const cards = cardCollisions(args); // a card drag: lanes only
  if (cards) return cards;
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

const selectAdd = (s: AppState) => s.addContainer;
const VOLUME_AWARE_ANNOUNCEMENTS = withVolumeAnnouncements(withCardAnnouncements(ANNOUNCEMENTS));

/** Drag and drop from the palette into the pod: one drop, one `addContainer`, one undo step. */
export function DndShell({ children }: { children: ReactNode }) {
  const addContainer = useApp(selectAdd);
  const [dragging, setDragging] = useState<PaletteDragData | null>(null);
  const volumeDrop = useVolumeDrop();
  const canvasDrops = useCanvasDrops();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { keyboardCodes: KEYBOARD_CODES, coordinateGetter: jumpToPod }),
  );

  const onDragStart = (e: DragStartEvent) =>
    setDragging(paletteDragData(e.active.data.current) ?? cardGhost(e.active.data.current) ?? null);
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    if (volumeDrop.onDragEnd(e)) return; // a volume dropped on a card: ask for the mount path
    if (canvasDrops.onDragEnd(e)) return; // a card into a lane, a preset into the pod
    const data = paletteDragData(e.active.data.current);
    if (data && e.over?.id === POD_DROP_ID) addContainer(data.role);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
      accessibility={{
        announcements: VOLUME_AWARE_ANNOUNCEMENTS,
        screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
      }}
    >
      {children}
      {volumeDrop.dialog}
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <div className={`drag-ghost role-${dragging.role}`}>{dragging.label}</div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
