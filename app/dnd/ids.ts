import type { Role } from '../../src/pod/types.ts';

/** The droppable that stands for the whole pod of the shown workload. */
export const POD_DROP_ID = 'pod';

/** What a palette draggable carries. */
export interface PaletteDragData {
  role: Role;
  label: string;
}

export function paletteDragData(data: unknown): PaletteDragData | undefined {
  const d = data as Partial<PaletteDragData> | undefined;
  return d && typeof d.role === 'string' && typeof d.label === 'string'
    ? (d as PaletteDragData)
    : undefined;
}
