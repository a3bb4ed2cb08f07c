import { useId, useState } from 'react';
import { mountPathProblem, subPathProblem } from '../../../src/edit/mounts.ts';
import type { VolumeView } from '../../../src/pod/types.ts';
import type { FormContainer } from './formContainer.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { FieldFrame, TextField } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { removeMount } from '../../commands/mounts.ts';
import { useApp, useAppStore } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { selectWorkload } from '../../store/selectors.ts';
import { Section } from '../Section.tsx';
import { AddMount, volumeLabel } from './AddMount.tsx';

const NO_VOLUMES: VolumeView[] = [];
const selectVolumes = (s: AppState) => selectWorkload(s)?.volumes ?? NO_VOLUMES;
const selectSetField = (s: AppState) => s.setField;

/** The container's volume mounts, and a form to add one. */
export function MountsSection({ container: c }: { container: FormContainer }) {
  const volumes = useApp(selectVolumes);
  const store = useAppStore();
  const locked = useFormsLocked();
  const remove = (index: number) => removeMount(store, { list: c.list, index: c.index }, index);
  return (
    <Section title="Volume mounts">
      {c.mounts.length === 0 ? <p className="field-hint">No volume is mounted here.</p> : null}
      {c.mounts.map((m, i) => {
        const path: Path = [...c.path, 'volumeMounts', i];
        const others = c.mounts.filter((_, j) => j !== i).map((o) => o.mountPath);
        return (
          <fieldset key={i} className="list-item">
            <legend className="list-item-head">Mount {i + 1}</legend>
            <VolumeChoice
              path={[...path, 'name']}
              base={path}
              current={m.volume}
              volumes={volumes}
            />
            <TextField
              label="Mount path"
              path={[...path, 'mountPath']}
              base={path}
              required="A mount needs a path."
              validate={(raw) => mountPathProblem(raw, others)}
            />
            <TextField
              label="Sub path"
              path={[...path, 'subPath']}
              base={path}
              placeholder="(the whole volume)"
              validate={subPathProblem}
            />
            <CheckboxField label="Read-only" path={[...path, 'readOnly']} base={path} />
            <button
              type="button"
              className="small-button danger"
              disabled={locked}
              aria-label={`Remove mount ${i + 1} (${m.volume} at ${m.mountPath})`}
              onClick={() => remove(i)}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <AddMount container={c} volumes={volumes} />
    </Section>
  );
}

/** Which pod volume (or StatefulSet claim template) a mount uses. */
function VolumeChoice({
  path,
  base,
  current,
  volumes,
}: {
  path: Path;
  base: Path;
  current: string;
  volumes: readonly VolumeView[];
}) {
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const known = volumes.some((v) => v.name === current);
  return (
    <FieldFrame
      id={id}
      label="Volume"
      error={error ?? (known ? null : `The pod has no volume named "${current}".`)}
    >
      <select
        id={id}
        className="field-input"
        value={current}
        disabled={locked}
        onChange={(e) => {
          const result = setField(path, e.target.value, base);
          setError(result.ok ? null : result.message);
        }}
      >
        {known ? null : <option value={current}>{current || '(no name)'}</option>}
        {volumes.map((v) => (
          <option key={v.name} value={v.name}>
            {volumeLabel(v)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
