import { useDraggable } from '@dnd-kit/core';
import { lazy, Suspense, useState } from 'react';
import type { PresetEntry } from '../../src/templates/preset-list.ts';
import type { PresetDragData } from '../dnd/presetDrag.ts';

// The dialog (and the op that adds a preset) loads when a preset is first chosen.
const PresetDialog = lazy(() =>
  import('./PresetDialog.tsx').then((m) => ({ default: m.PresetDialog })),
);

/**
 * A sidecar preset: click (or Enter) opens its dialog; dragged into the pod it opens the dialog
 * too, since a preset has choices to make before it lands.
 */
export function PresetItem({ preset }: { preset: PresetEntry }) {
  const [open, setOpen] = useState(false);
  const data: PresetDragData = {
    kind: 'preset',
    role: 'native-sidecar',
    label: preset.label,
    onDrop: () => setOpen(true),
  };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `preset-${preset.id}`,
    data,
  });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className="palette-item palette-preset role-native-sidecar"
        data-dragging={isDragging || undefined}
        {...attributes}
        {...listeners}
        aria-label={preset.label}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className="palette-grip" aria-hidden="true">
          ⠿
        </span>
        <span className="palette-text">
          <span className="palette-label">{preset.label}</span>
          <span className="palette-hint">{preset.hint}</span>
        </span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PresetDialog id={preset.id} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </li>
  );
}
