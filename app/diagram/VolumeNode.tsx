import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEvent, type PointerEventHandler } from 'react';
import { deepEqual } from '../../src/edit/equal.ts';
import type { VolumeNode as Node } from '../../src/diagram/types.ts';
import type { VolumeView } from '../../src/pod/types.ts';
import { volumeDragId, type VolumeDragData } from '../canvas/volume/drag.ts';
import { DiagnosticBadge } from '../problems/DiagnosticBadge.tsx';
import { useApp, useAppStore } from '../store/context.tsx';
import { boxStyle } from './boxStyle.ts';
import type { AppState } from '../store/index.ts';

const selectSelect = (s: AppState) => s.selectVolume;

interface Props {
  /** The declared volume or claim template; `undefined` for a mounted but missing one. */
  volume: VolumeView | undefined;
  node: Node;
  /** The top left corner of the element the node is drawn in. */
  origin: { x: number; y: number };
  /** Id of the text that explains how to use a volume (select, drag, delete). */
  hintId: string;
}

/**
 * One volume of the diagram: a group named "<name>, volume" with its source in words. Click
 * selects it; drag it onto a container card to mount it; Delete removes it. Its mounts are the
 * diagram's edges. A volume that is mounted but not declared is drawn broken, and only named.
 */
export const VolumeNode = memo(function VolumeNode({ volume: v, node, origin, hintId }: Props) {
  const selected = useApp((s) => s.selectedVolume === node.volume && v !== undefined);
  const shown = useApp((s) => s.selectedVolume === node.volume && s.inspectorTab === 'volume');
  const selectVolume = useApp(selectSelect);
  const store = useAppStore();
  const data: VolumeDragData = { kind: 'volume', volume: node.volume };
  const { setNodeRef, setActivatorNodeRef, listeners, transform, isDragging } = useDraggable({
    id: volumeDragId(node.volume),
    data,
    disabled: node.missing,
  });
  const displayName = node.volume || '(unnamed)';
  const style = { ...boxStyle(node.box, origin), transform: CSS.Translate.toString(transform) };

  const remove = () => {
    // The volume edits load on first use: a first visit does not need them to show the pod.
    if (v) void import('../commands/volumes.ts').then((m) => m.removeVolume(store, v));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      remove();
    }
  };

  return (
    <div
      ref={setNodeRef}
      role="group"
      aria-label={node.name}
      className="volume volume-node"
      style={style}
      data-selected={selected || undefined}
      data-shared={node.sharedBy >= 2 || undefined}
      data-missing={node.missing || undefined}
      data-dragging={isDragging || undefined}
    >
      {/* Pointer drags only: the keyboard way to mount is "Mount into" in the inspector. */}
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="volume-select"
        aria-pressed={selected}
        aria-describedby={hintId}
        data-node={node.id}
        disabled={node.missing}
        // A second click deselects, unless the inspector shows another tab: then it shows this one.
        onClick={() => selectVolume(shown ? null : node.volume)}
        onKeyDown={onKeyDown}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      >
        <span className="visually-hidden">Select {displayName}</span>
      </button>
      <div className="volume-head">
        <span className="volume-name">
          {node.missing ? <span aria-hidden="true">⚠ </span> : null}
          {displayName}
        </span>
      </div>
      <div className="volume-meta">
        <span className="volume-source">
          {node.sourceWords}
          {node.sharedBy === 0 && !node.missing ? ' · not mounted' : ''}
        </span>
        {node.sharedBy >= 2 ? (
          <span className="badge volume-shared">shared by {node.sharedBy}</span>
        ) : null}
      </div>
      {v ? (
        <div className="volume-actions">
          <button
            type="button"
            className="icon-button danger"
            aria-label={`Remove ${displayName}`}
            onClick={remove}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
      {v ? <DiagnosticBadge path={v.path} /> : null}
    </div>
  );
}, deepEqual);
