import { useId, useRef, useState, type FormEvent } from 'react';
import { planPreset, type VolumeChoiceProblems } from '../../src/edit/preset.ts';
import {
  nativeSidecarsAvailable,
  presetById,
  type SidecarPreset,
  type VolumeChoice,
} from '../../src/templates/presets.ts';
import { addPreset } from '../commands/presets.ts';
import { Dialog } from '../gallery/Dialog.tsx';
import { useApp, useAppStore } from '../store/context.tsx';
import { containerNameProblem } from '../store/names.ts';
import { selectShownValues, selectWorkload } from '../store/selectors.ts';
import { PresetVolumeFields, type VolumeField } from './PresetVolumeFields.tsx';

type SidecarRole = 'native-sidecar' | 'sidecar';

/**
 * Adds a sidecar preset: its name, native or classic, and the offers it comes with (a shared
 * emptyDir, named and mounted into the sidecar and the main container where the user says; the
 * shared process namespace). Everything chosen is one edit, one undo step.
 */
export function PresetDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const preset = presetById(id);
  if (!preset) throw new Error(`No sidecar preset ${id}.`);
  return <PresetForm preset={preset} onClose={onClose} />;
}

const FIELD_ORDER: readonly VolumeField[] = ['name', 'sidecar', 'main'];

function PresetForm({ preset, onClose }: { preset: SidecarPreset; onClose: () => void }) {
  const store = useAppStore();
  const pod = useApp(selectWorkload);
  const value = useApp((s) => (pod ? selectShownValues(s)[pod.document] : undefined));
  const [name, setName] = useState(() => (pod ? planPreset(pod, preset, value).name : preset.name));
  const [role, setRole] = useState<SidecarRole>(
    nativeSidecarsAvailable() ? 'native-sidecar' : 'sidecar',
  );
  const [shareVolume, setShareVolume] = useState(true);
  // The preset's defaults (a free volume name), shown filled in.
  const [choice, setChoice] = useState<VolumeChoice | undefined>(() =>
    pod ? planPreset(pod, preset, value).volume?.choice : undefined,
  );
  const [volumeErrors, setVolumeErrors] = useState<VolumeChoiceProblems>({});
  const [shareProcesses, setShareProcesses] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const inputs = useRef<Partial<Record<VolumeField, HTMLInputElement | null>>>({});
  const id = useId();
  const plan = pod ? planPreset(pod, preset, value, shareVolume ? choice : undefined) : undefined;
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
    if (withVolume && volume) {
      const first = FIELD_ORDER.find((f) => volume.problems[f]);
      setVolumeErrors(volume.problems);
      if (first) return inputs.current[first]?.focus();
    }
    const result = addPreset(store, {
      preset,
      role,
      name: wanted,
      volume: withVolume && volume ? { choice, planned: volume } : undefined,
      main,
      mainFields: Boolean(plan?.mainFields),
      shareProcesses: Boolean(offersProcesses && shareProcesses),
    });
    if (!result.ok) return setError(result.message);
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
        {volume && choice ? (
          <fieldset>
            <legend>Shared volume</legend>
            <label className="dialog-choice">
              <input
                type="checkbox"
                checked={shareVolume}
                onChange={(e) => setShareVolume(e.target.checked)}
              />
              <span>Create emptyDir volume and mount it</span>
              <small>
                {volume.emptyDir.medium === 'Memory' ? 'In memory, shared' : 'Shared'} by the
                sidecar{main ? ` and ${main}` : ''}.
              </small>
            </label>
            {shareVolume ? (
              <PresetVolumeFields
                id={`${id}-volume`}
                value={choice}
                volume={volume}
                main={main}
                errors={volumeErrors}
                explain={plan?.explain}
                inputRef={(field) => (el) => {
                  inputs.current[field] = el;
                }}
                onChange={(field, text) => {
                  setChoice({ ...choice, [field]: text });
                  setVolumeErrors((errors) => ({ ...errors, [field]: undefined }));
                  setError(null);
                }}
              />
            ) : null}
          </fieldset>
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
