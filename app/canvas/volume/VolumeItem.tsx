import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEvent, type PointerEventHandler } from 'react';
import type { PodView, VolumeView } from '../../../src/pod/types.ts';
import { describeSource, mountsOf, sharedBy } from '../../../src/volume/mounts.ts';
import { useDocValue } from '../../forms/useDoc.ts';
import { DiagnosticBadge } from '../../problems/DiagnosticBadge.tsx';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { volumeDragId, type VolumeDragData } from './drag.ts';

const selectSelect = (s: AppState) => s.selectVolume;
const selectApply = (s: AppState) => s.applyEdit;

interface Props {
  pod: PodView;
  volume: VolumeView;
  /** Id of the text that explains how to use a volume (select, drag, delete). */
  hintId: string;
}

/**
 * One volume: a group named "<name>, volume" with its source and every mount (container, path,
 * read-only in words). Click selects it; drag it onto a card to mount it; Delete removes it.
 */
export const VolumeItem = memo(function VolumeItem({ pod, volume: v, hintId }: Props) {
  const selected = useApp((s) => s.selectedVolume === v.name);
  const shown = useApp((s) => s.selectedVolume === v.name && s.inspectorTab === 'volume');
  const selectVolume = useApp(selectSelect);
  const applyEdit = useApp(selectApply);
  const value = useDocValue(v.path);
  const data: VolumeDragData = { kind: 'volume', volume: v.name };
  const { setNodeRef, setActivatorNodeRef, listeners, transform, isDragging } = useDraggable({
    id: volumeDragId(v.name),
    data,
  });
  const mounts = mountsOf(pod, v.name);
  const shared = sharedBy(v);
  const displayName = v.name || '(unnamed)';
  const isClaim = v.source === 'volumeClaimTemplate';

  const remove = () => {
    const what = isClaim ? 'claim template' : 'volume';
    const dropped = mounts.length
      ? ` and its ${mounts.length} mount${mounts.length === 1 ? '' : 's'}`
      : '';
    // The volume edits load on first use: a first visit does not need them to show the pod.
    void import('../../../src/edit/volumes.ts').then(({ removeVolume }) => {
      const result = applyEdit((text, document) => removeVolume(text, { document, name: v.name }), {
        done: `Removed ${what} "${v.name}"${dropped}. Undo brings it back.`,
      });
      if (result.ok && selected) selectVolume(null);
    });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      remove();
    }
  };

  return (
    <li className="volume-item">
      <div
        ref={setNodeRef}
        role="group"
        aria-label={`${displayName}, volume`}
        className="volume"
        data-selected={selected || undefined}
        data-shared={shared >= 2 || undefined}
        data-dragging={isDragging || undefined}
        style={{ transform: CSS.Translate.toString(transform) }}
      >
        {/* Pointer drags only: the keyboard way to mount is "Mount into" in the inspector. */}
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="volume-select"
          aria-pressed={selected}
          aria-describedby={hintId}
          // A second click deselects, unless the inspector shows another tab: then it shows this one.
          onClick={() => selectVolume(shown ? null : v.name)}
          onKeyDown={onKeyDown}
          onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
        >
          <span className="visually-hidden">Select {displayName}</span>
        </button>
        <div className="volume-head">
          <span className="volume-grip" aria-hidden="true">
            ⠿
          </span>
          <span className="volume-name">{displayName}</span>
          {shared >= 2 ? <span className="badge volume-shared">shared by {shared}</span> : null}
        </div>
        <span className="volume-source">{describeSource(v.source, value)}</span>
        {mounts.length ? (
          <ul className="volume-mounts" aria-label={`Mounts of ${displayName}`}>
            {mounts.map((m) => (
              <li key={`${m.container.list}/${m.container.index}/${m.index}`}>
                <span className="volume-mount-container">{m.container.name || '(unnamed)'}</span> at{' '}
                <code>{m.mountPath}</code>
                {m.subPath ? ` (subPath ${m.subPath})` : ''}
                {m.readOnly ? <span className="volume-ro">, read-only</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <span className="volume-users">not mounted</span>
        )}
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
        <DiagnosticBadge path={v.path} />
      </div>
    </li>
  );
});
