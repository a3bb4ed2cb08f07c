import { paletteDragData, type PaletteDragData } from './ids.ts';

/**
 * What a sidecar preset in the palette carries: a palette drag (so the pod invites the drop and the
 * announcements speak of adding), plus what a drop does instead of adding a plain container.
 */
export interface PresetDragData extends PaletteDragData {
  kind: 'preset';
  /** Opens the preset's dialog. */
  onDrop: () => void;
}

export function presetDragData(data: unknown): PresetDragData | undefined {
  const d = paletteDragData(data) as Partial<PresetDragData> | undefined;
  return d?.kind === 'preset' && typeof d.onDrop === 'function' ? (d as PresetDragData) : undefined;
}
