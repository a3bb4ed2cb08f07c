import { useDraggable } from '@dnd-kit/core';
import type { Role } from '../../src/pod/types.ts';
import { PRESET_ENTRIES } from '../../src/templates/preset-list.ts';
import type { PaletteDragData } from '../dnd/ids.ts';
import { PALETTE } from '../roles.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { PresetItem } from './PresetItem.tsx';
import './presets.css';

const selectAdd = (s: AppState) => s.addContainer;

function PaletteItem({ role, label, hint }: { role: Role; label: string; hint: string }) {
  const addContainer = useApp(selectAdd);
  const data: PaletteDragData = { role, label };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `palette-${role}`,
    data,
  });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`palette-item role-${role}`}
        data-dragging={isDragging || undefined}
        {...attributes}
        {...listeners}
        aria-label={label}
        onClick={() => addContainer(role)}
      >
        <span className="palette-grip" aria-hidden="true">
          ⠿
        </span>
        <span className="palette-text">
          <span className="palette-label">{label}</span>
          <span className="palette-hint">{hint}</span>
        </span>
      </button>
    </li>
  );
}

/** Every entry is a draggable and a button: drag it into the pod, or click / press Enter. */
export function Palette() {
  return (
    <aside className="pane palette" aria-labelledby="palette-title">
      <h2 id="palette-title">Add a container</h2>
      <p className="palette-help">Drag into the pod, or click.</p>
      <ul className="palette-list">
        {PALETTE.map((entry) => (
          <PaletteItem key={entry.role} {...entry} />
        ))}
      </ul>
      <h3 id="presets-title" className="palette-group-title">
        Sidecar presets
      </h3>
      <p id="presets-help" className="palette-help">
        Ready-made sidecars: pinned images, resources, named ports, a shared volume when they need
        one.
      </p>
      <ul className="palette-list" aria-labelledby="presets-title">
        {PRESET_ENTRIES.map((preset) => (
          <PresetItem key={preset.id} preset={preset} />
        ))}
      </ul>
    </aside>
  );
}
