import { useId, useState, type FormEvent } from 'react';
import { addPreset, planPreset } from '../../src/edit/preset.ts';
import {
  nativeSidecarsAvailable,
  presetById,
  type SidecarPreset,
} from '../../src/templates/presets.ts';
import { Dialog } from '../gallery/Dialog.tsx';
import { useApp, useAppStore } from '../store/context.tsx';
import { containerNameProblem } from '../store/names.ts';
import { selectWorkload } from '../store/selectors.ts';

type SidecarRole = 'native-sidecar' | 'sidecar';

/**
 * Adds a sidecar preset: its name, native or classic, and the offers it comes with (a shared
 * emptyDir mounted into the sidecar and the main container; the shared process namespace).
 * Everything chosen is one edit, one undo step.
 */
export function PresetDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const preset = presetById(id);
  if (!preset) throw new Error(`No sidecar preset ${id}.`);
  return <PresetForm preset={preset} onClose={onClose} />;
}

function PresetForm({ preset, onClose }: { preset: SidecarPreset; onClose: () => void }) {
  const store = useAppStore();
  const pod = useApp(selectWorkload);
  const value = useApp((s) => (pod ? s.values[pod.document] : undefined));
  const plan = pod ? planPreset(pod, preset, value) : undefined;
  const [name, setName] = useState(plan?.name ?? preset.name);
  const [role, setRole] = useState<SidecarRole>(
    nativeSidecarsAvailable() ? 'native-sidecar' : 'sidecar',
  );
  const [shareVolume, setShareVolume] = useState(true);
  const [shareProcesses, setShareProcesses] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const label = preset.label.toLowerCase();
  const main = plan?.main;
  const volume = plan?.volume;
  const offersProcesses = preset.wantsProcessNamespace && plan && !plan.sharesProcesses;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wanted = name.trim();
    const taken = pod?.containers.some((c) => c.name === wanted);
    const problem =
      containerNameProblem(wanted) ??
      (taken ? `There is already a container named "${wanted}".` : undefined);
    if (problem) return setError(problem);
    const withVolume = Boolean(volume && shareVolume);
    const withProcesses = Boolean(offersProcesses && shareProcesses);
    const result = store.getState().applyEdit(
      (text, document) =>
        addPreset(text, {
          document,
          preset,
          role,
          name: wanted,
          sharedVolume: withVolume,
          shareProcessNamespace: withProcesses,
        }),
      { quiet: true },
    );
    if (!result.ok) return setError(result.message);
    const parts = [
      `Added ${label} "${wanted}" as a ${role === 'sidecar' ? 'classic' : 'native'} sidecar`,
    ];
    if (withVolume && volume) {
      parts.push(
        `with emptyDir "${volume.name}" at ${volume.sidecar.mountPath}${main ? ` (in ${main}: ${volume.main.mountPath})` : ''}`,
      );
    }
    if (withProcesses) parts.push('sharing the process namespace');
    const s = store.getState();
    s.selectContainer(wanted);
    s.notify('info', `${parts.join(', ')}. Undo removes it all.`);
    onClose();
  };

  return (
    <Dialog title={`Add ${label}`} description={preset.summary} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            Container name
          </label>
          <input
            id={`${id}-name`}
            className="field-input"
            value={name}
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
        <fieldset>
          <legend>Run it as</legend>
          <label className="dialog-choice">
            <input
              type="radio"
              name={`${id}-role`}
              checked={role === 'native-sidecar'}
              onChange={() => setRole('native-sidecar')}
            />
            <span>Native sidecar</span>
            <small>
              In <code>initContainers</code> with <code>restartPolicy: Always</code>: starts before{' '}
              {main ?? 'the app'} and stops after it; a Job can still complete.
            </small>
          </label>
          <label className="dialog-choice">
            <input
              type="radio"
              name={`${id}-role`}
              checked={role === 'sidecar'}
              onChange={() => setRole('sidecar')}
            />
            <span>Classic sidecar</span>
            <small>
              In <code>containers</code>, beside {main ?? 'the app'}: no start order; for clusters
              before Kubernetes 1.29.
            </small>
          </label>
        </fieldset>
        {volume ? (
          <label className="dialog-choice">
            <input
              type="checkbox"
              checked={shareVolume}
              onChange={(e) => setShareVolume(e.target.checked)}
            />
            <span>
              Create emptyDir volume <code>{volume.name}</code> and mount it
            </span>
            <small>
              at {volume.sidecar.mountPath} in the sidecar
              {volume.sidecar.readOnly ? ' (read-only)' : ''}
              {main
                ? ` and at ${volume.main.mountPath} in ${main}${volume.main.readOnly ? ' (read-only)' : ''}`
                : ''}
              .
            </small>
          </label>
        ) : null}
        {offersProcesses ? (
          <label className="dialog-choice">
            <input
              type="checkbox"
              checked={shareProcesses}
              onChange={(e) => setShareProcesses(e.target.checked)}
            />
            <span>Share the process namespace</span>
            <small>
              <code>shareProcessNamespace: true</code>: the sidecar sees {main ?? 'the app'}’s
              processes (for ps, jstack, debuggers).
            </small>
          </label>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="dialog-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="dialog-button primary">
            Add {label}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
