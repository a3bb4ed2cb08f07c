import { useId, useState, type KeyboardEvent } from 'react';
import type { PodView, VolumeView } from '../../../src/pod/types.ts';
import { defaultMountPath } from '../../../src/volume/mounts.ts';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { ROLE_WORDS } from '../../roles.ts';
import { mountVolume } from '../../commands/mounts.ts';
import { useAppStore } from '../../store/context.tsx';

/**
 * "Mount into": the keyboard and click alternative to dragging a volume onto a card. Pick a
 * container, a path (suggested) and read-only, then Mount (or Enter in the path).
 */
export function MountInto({ pod, volume }: { pod: PodView; volume: VolumeView }) {
  const store = useAppStore();
  const locked = useFormsLocked();
  const id = useId();
  const containers = pod.containers;
  const [chosen, setChosen] = useState<string | null>(null);
  // Until the user picks one: the first container that does not mount the volume yet.
  const fallback = containers.find((c) => !volume.mountedBy.includes(c.name)) ?? containers[0];
  const container = containers.find((c) => key(c) === chosen) ?? fallback;
  const target = container ? key(container) : '';
  // Where another container already mounts it, else a path by what the volume holds.
  const suggested = defaultMountPath(pod, volume.name, container);
  const [path, setPath] = useState<string | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (containers.length === 0) return null;
  const mount = () => {
    if (!container) return setError('Choose a container.');
    const mountPath = (path ?? suggested).trim();
    const result = mountVolume(store, {
      container: { list: container.list, index: container.index },
      volume: volume.name,
      mountPath,
      readOnly,
    });
    if (!result.ok) return setError(result.message);
    setError(null);
    setPath(null);
    setReadOnly(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    mount();
  };

  return (
    <div className="mount-into list-item" role="group" aria-label="Mount into a container">
      <p className="list-item-head">Mount into a container</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-container`}>
          Mount into
        </label>
        <select
          id={`${id}-container`}
          className="field-input"
          value={target}
          disabled={locked}
          onChange={(e) => {
            setChosen(e.target.value);
            setPath(null);
            setError(null);
          }}
        >
          {containers.map((c) => (
            <option key={key(c)} value={key(c)}>
              {c.name || '(unnamed)'} ({ROLE_WORDS[c.role]})
            </option>
          ))}
        </select>
      </div>
      <div className="field" data-invalid={error ? true : undefined}>
        <label className="field-label" htmlFor={`${id}-path`}>
          Mount path
        </label>
        <input
          id={`${id}-path`}
          className="field-input"
          value={path ?? suggested}
          disabled={locked}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setPath(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="field field-check">
        <input
          id={`${id}-ro`}
          type="checkbox"
          checked={readOnly}
          disabled={locked}
          onChange={(e) => setReadOnly(e.target.checked)}
        />
        <label htmlFor={`${id}-ro`}>Read-only</label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <button type="button" className="small-button" disabled={locked} onClick={mount}>
        Mount {volume.name}
      </button>
    </div>
  );
}

function key(c: { list: string; index: number }): string {
  return `${c.list}/${c.index}`;
}
