import { useId, useState, type FormEvent } from 'react';
import { mountPathProblem } from '../../../src/edit/mounts.ts';
import type { VolumeView } from '../../../src/pod/types.ts';
import type { FormContainer } from './formContainer.ts';
import { defaultMountPath } from '../../../src/volume/mounts.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { mountVolume } from '../../commands/mounts.ts';
import { useApp, useAppStore } from '../../store/context.tsx';
import { selectWorkload } from '../../store/selectors.ts';

/**
 * Mounts a pod volume into the container: pick the volume, take or change the suggested path,
 * press Add mount (or Enter in the path). Problems show inline and nothing is written.
 */
export function AddMount({
  container: c,
  volumes,
}: {
  container: FormContainer;
  volumes: readonly VolumeView[];
}) {
  const store = useAppStore();
  const pod = useApp(selectWorkload);
  const locked = useFormsLocked();
  const [volume, setVolume] = useState('');
  const [mountPath, setMountPath] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  if (volumes.length === 0)
    return (
      <p className="field-hint">
        The pod has no volumes yet: add one on the canvas, then mount it here.
      </p>
    );

  const chosen = volumes.find((v) => v.name === volume);
  // Where another container already mounts it, else a path by what the volume holds.
  const suggest = (name: string) => (pod ? defaultMountPath(pod, name, c) : '');
  const suggestion = chosen ? suggest(chosen.name) : '';
  const choose = (name: string) => {
    setVolume(name);
    setError(null);
    const v = volumes.find((x) => x.name === name);
    // Suggest a path until the person types one of their own.
    if (v && (mountPath === '' || mountPath === suggestion)) setMountPath(suggest(v.name));
  };

  const add = (e?: FormEvent) => {
    e?.preventDefault();
    if (!chosen) return setError('Choose a volume to mount.');
    const problem = mountPathProblem(
      mountPath,
      c.mounts.map((m) => m.mountPath),
    );
    if (problem) return setError(problem);
    // The new mount shows in the list above: no notice.
    const result = mountVolume(
      store,
      { container: { list: c.list, index: c.index }, volume, mountPath, readOnly },
      { silent: true },
    );
    if (!result.ok) return setError(result.message);
    setVolume('');
    setMountPath('');
    setReadOnly(false);
    setError(null);
  };

  return (
    <fieldset className="list-item">
      <legend className="list-item-head">Add a mount</legend>
      <FieldFrame id={`${id}-volume`} label="Volume to mount">
        <select
          id={`${id}-volume`}
          className="field-input"
          value={volume}
          disabled={locked}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">(choose a volume)</option>
          {volumes.map((v) => (
            <option key={v.name} value={v.name}>
              {volumeLabel(v)}
            </option>
          ))}
        </select>
      </FieldFrame>
      <FieldFrame id={`${id}-path`} label="Mount path" error={error}>
        <input
          id={`${id}-path`}
          className="field-input"
          value={mountPath}
          placeholder="/data"
          disabled={locked}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-path-note` : undefined}
          onChange={(e) => setMountPath(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e);
          }}
        />
      </FieldFrame>
      <div className="field field-check">
        <input
          id={`${id}-ro`}
          type="checkbox"
          checked={readOnly}
          disabled={locked}
          onChange={(e) => setReadOnly(e.target.checked)}
        />
        <label htmlFor={`${id}-ro`}>Mount read-only</label>
      </div>
      <button type="button" className="small-button" disabled={locked} onClick={() => add()}>
        Add mount
      </button>
    </fieldset>
  );
}

/** A volume as the choices show it: its name and where its data comes from. */
export function volumeLabel(v: VolumeView): string {
  return `${v.name} (${v.source === 'volumeClaimTemplate' ? 'claim template' : v.source})`;
}
