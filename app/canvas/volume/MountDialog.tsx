import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { defaultMountPath } from '../../../src/volume/mounts.ts';
import { mountVolume } from '../../commands/mounts.ts';
import { useApp, useAppStore } from '../../store/context.tsx';
import type { ContainerRef } from '../../store/index.ts';
import { selectWorkload } from '../../store/selectors.ts';

export interface MountRequest {
  volume: string;
  container: ContainerRef;
}

/**
 * Asks where a dropped volume goes: a modal dialog with the mount path (prefilled) and read-only.
 * Enter mounts, Escape or Cancel leaves the YAML alone. One mount is one undo step.
 */
export function MountDialog({ request, onClose }: { request: MountRequest; onClose: () => void }) {
  const { volume, container: ref } = request;
  const pod = useApp(selectWorkload);
  const store = useAppStore();
  const container = pod?.containers.find((c) => c.list === ref.list && c.index === ref.index);
  // Where another container already mounts it, else a path by what the volume holds.
  const [path, setPath] = useState(() => (pod ? defaultMountPath(pod, volume, ref) : ''));
  const [readOnly, setReadOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    input.current?.focus();
    input.current?.select();
    return () => d.close();
  }, []);

  const name = container?.name ?? `${ref.list}[${ref.index}]`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const mountPath = path.trim();
    const result = mountVolume(store, { container: ref, volume, mountPath, readOnly });
    if (result.ok) onClose();
    else {
      setError(result.message);
      input.current?.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="mount-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        // Escape: close through React, so the dialog unmounts with its state.
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className="mount-dialog-title">
          Mount {volume} into {name}
        </h2>
        <div className="field" data-invalid={error ? true : undefined}>
          <label htmlFor={`${id}-path`} className="field-label">
            Mount path
          </label>
          <input
            ref={input}
            id={`${id}-path`}
            className="field-input"
            value={path}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-note`}
            onChange={(e) => {
              setPath(e.target.value);
              setError(null);
            }}
          />
          {error ? (
            <p id={`${id}-note`} className="field-error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {error}
            </p>
          ) : (
            <p id={`${id}-note`} className="field-hint">
              An absolute path inside {name}, like /var/log/{volume}.
            </p>
          )}
        </div>
        <div className="field field-check">
          <input
            id={`${id}-ro`}
            type="checkbox"
            checked={readOnly}
            onChange={(e) => setReadOnly(e.target.checked)}
          />
          <label htmlFor={`${id}-ro`}>Read-only</label>
        </div>
        <div className="mount-dialog-actions">
          <button type="button" className="small-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="small-button primary">
            Mount
          </button>
        </div>
      </form>
    </dialog>
  );
}
