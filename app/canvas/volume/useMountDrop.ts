import { useDndMonitor, useDroppable } from '@dnd-kit/core';
import { useState } from 'react';
import type { ContainerView } from '../../../src/pod/types.ts';
import { useApp } from '../../store/context.tsx';
import { mountDropId, volumeDragData, type MountTargetData } from './drag.ts';

/**
 * Makes a container card a drop target for volumes, and marks it when it mounts the selected
 * volume. Returns props for the card's list item. The target is enabled only while a volume is
 * dragged, so palette drops (and other drags) over a card still reach the pod.
 */
export function useMountDrop(c: ContainerView) {
  const [dragged, setDragged] = useState<string | null>(null);
  useDndMonitor({
    onDragStart: (e) => setDragged(volumeDragData(e.active.data.current)?.volume ?? null),
    onDragEnd: () => setDragged(null),
    onDragCancel: () => setDragged(null),
  });
  const data: MountTargetData = {
    kind: 'mount-target',
    container: { list: c.list, index: c.index },
    name: c.name,
  };
  const { setNodeRef, isOver } = useDroppable({
    id: mountDropId(data.container),
    data,
    disabled: dragged === null,
  });
  const selectedVolume = useApp((s) =>
    s.selectedVolume !== null && c.mounts.some((m) => m.volume === s.selectedVolume)
      ? s.selectedVolume
      : undefined,
  );
  return {
    ref: setNodeRef,
    'data-mount-target': dragged !== null || undefined,
    'data-mount-over': (dragged !== null && isOver) || undefined,
    // The volume's name: CSS shows "mounts <name>" beside the outline, so it is not colour alone.
    'data-volume-mounted': selectedVolume,
  };
}
