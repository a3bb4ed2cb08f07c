import type { DragEndEvent } from '@dnd-kit/core';
import { lazy, Suspense, useState } from 'react';
import { mountTargetData, volumeDragData } from './drag.ts';
import type { MountRequest } from './MountDialog.tsx';

const MountDialog = lazy(() =>
  import('./MountDialog.tsx').then((m) => ({ default: m.MountDialog })),
);

/**
 * The volume branch of the drag-and-drop shell: a volume dropped on a container card asks for
 * the mount path. `onDragEnd` returns true when the drag was a volume's (handled here).
 */
export function useVolumeDrop() {
  const [request, setRequest] = useState<MountRequest | null>(null);
  const onDragEnd = (e: DragEndEvent): boolean => {
    const dragged = volumeDragData(e.active.data.current);
    if (!dragged) return false;
    // The card, not the pod around it: the pod is a drop target too, for palette drags.
    const target =
      mountTargetData(e.over?.data.current) ??
      e.collisions
        ?.map((c) => mountTargetData(c.data?.droppableContainer?.data.current))
        .find((t) => t !== undefined);
    if (target) setRequest({ volume: dragged.volume, container: target.container });
    return true;
  };
  const dialog = request ? (
    <Suspense fallback={null}>
      <MountDialog
        key={`${request.volume}/${request.container.list}/${request.container.index}`}
        request={request}
        onClose={() => setRequest(null)}
      />
    </Suspense>
  ) : null;
  return { onDragEnd, dialog };
}
