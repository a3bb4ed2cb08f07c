import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import type { ContainerRef } from '../../store/index.ts';

/** What a volume draggable carries. */
export interface VolumeDragData {
  kind: 'volume';
  volume: string;
}

export function volumeDragData(data: unknown): VolumeDragData | undefined {
  const d = data as Partial<VolumeDragData> | undefined;
  return d?.kind === 'volume' && typeof d.volume === 'string' ? (d as VolumeDragData) : undefined;
}

/** What a container card carries as a drop target for volumes. */
export interface MountTargetData {
  kind: 'mount-target';
  container: ContainerRef;
  name: string;
}

export function mountTargetData(data: unknown): MountTargetData | undefined {
  const d = data as Partial<MountTargetData> | undefined;
  return d?.kind === 'mount-target' && d.container ? (d as MountTargetData) : undefined;
}

/** The droppable id of a container card, for volume drops. */
export function mountDropId(ref: ContainerRef): string {
  return `mount:${ref.list}/${ref.index}`;
}

export function volumeDragId(name: string): UniqueIdentifier {
  return `volume:${name}`;
}

/**
 * Screen reader announcements for volume drags, falling back to `base` for every other drag
 * (the palette's wording talks about adding containers to the pod).
 */
export function withVolumeAnnouncements(base: Announcements): Announcements {
  const volume = (data: unknown) => volumeDragData(data)?.volume;
  const target = (data: unknown) => mountTargetData(data)?.name;
  return {
    onDragStart: (e) => {
      const v = volume(e.active.data.current);
      return v ? `Picked up volume ${v}. Drop it on a container to mount it.` : base.onDragStart(e);
    },
    onDragMove: (e) => (volume(e.active.data.current) ? undefined : base.onDragMove?.(e)),
    onDragOver: (e) => {
      const v = volume(e.active.data.current);
      if (!v) return base.onDragOver(e);
      const name = target(e.over?.data.current);
      return name
        ? `Volume ${v} is over ${name}. Release to mount it.`
        : `Volume ${v} is not over a container.`;
    },
    onDragEnd: (e) => {
      const v = volume(e.active.data.current);
      if (!v) return base.onDragEnd(e);
      const name = target(e.over?.data.current);
      return name
        ? `Volume ${v} dropped on ${name}. Choose the mount path.`
        : `Volume ${v} dropped outside any container; nothing was mounted.`;
    },
    onDragCancel: (e) => {
      const v = volume(e.active.data.current);
      return v ? `Drag cancelled; volume ${v} was not mounted.` : base.onDragCancel(e);
    },
  };
}
