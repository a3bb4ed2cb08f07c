import { WORKLOADS } from '../../../src/pod/kinds.ts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { freeVolumeName, VOLUME_SOURCES } from '../../../src/edit/volumes.ts';
import type { PodView } from '../../../src/pod/types.ts';
import { DEFAULT_VOLUME_NAMES, type NewVolumeKind } from '../../../src/volume/sources.ts';
import { addVolume } from '../../commands/volumes.ts';
import { useAppStore } from '../../store/context.tsx';

const LABELS: Record<NewVolumeKind, string> = {
  emptyDir: 'emptyDir (scratch space, shared by containers)',
  persistentVolumeClaim: 'persistentVolumeClaim',
  configMap: 'configMap',
  secret: 'secret',
  hostPath: 'hostPath (a node directory)',
  projected: 'projected (token, config and secrets in one)',
  downwardAPI: 'downwardAPI (pod labels and fields)',
  volumeClaimTemplate: 'claim template (one claim per replica)',
};

/**
 * Adds a volume: a name (optional), a source, and a button. Refusals show under the fields;
 * `onAdded` runs once a volume was added.
 */
export function AddVolume({ pod, onAdded }: { pod: PodView; onAdded?: () => void }) {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  // Opened on demand (the diagram's "New volume"): the name field is what the user came for.
  useEffect(() => {
    if (onAdded) input.current?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NewVolumeKind>('emptyDir');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const kinds = Object.keys(VOLUME_SOURCES) as NewVolumeKind[];
  if (WORKLOADS[pod.kind].stableIdentity) kinds.push('volumeClaimTemplate');
  const chosen = kinds.includes(kind) ? kind : 'emptyDir';
  const suggested = freeVolumeName(pod, DEFAULT_VOLUME_NAMES[chosen]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wanted = name.trim() || suggested;
    const result = addVolume(store, wanted, chosen);
    if (!result.ok) return setError(result.message);
    setError(null);
    setName('');
    onAdded?.();
  };

  return (
    <form className="add-volume" aria-label="Add volume" onSubmit={submit}>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          New volume name
        </label>
        <input
          ref={input}
          id={`${id}-name`}
          className="field-input"
          value={name}
          placeholder={suggested}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-source`}>
          Source
        </label>
        <select
          id={`${id}-source`}
          className="field-input"
          value={chosen}
          onChange={(e) => {
            setKind(e.target.value as NewVolumeKind);
            setError(null);
          }}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="small-button">
        Add volume
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </form>
  );
}
