import { useId, useState } from 'react';
import { ACCESS_MODES, storageQuantityProblem } from '../../../src/volume/sources.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { TextField } from '../../forms/Field.tsx';
import { useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectSetField = (s: AppState) => s.setField;

/** A StatefulSet volumeClaimTemplate: size, access modes and storage class of each replica's claim. */
export function ClaimTemplateFields({ at }: { at: Path }) {
  const spec = [...at, 'spec'];
  return (
    <>
      <TextField
        label="Storage request"
        path={[...spec, 'resources', 'requests', 'storage']}
        base={spec}
        placeholder="1Gi"
        required="A claim template needs a storage request."
        validate={storageQuantityProblem}
      />
      <AccessModes at={[...spec, 'accessModes']} base={spec} />
      <TextField
        label="Storage class"
        path={[...spec, 'storageClassName']}
        base={spec}
        hint="Leave empty for the cluster's default class."
      />
    </>
  );
}

/** One checkbox per access mode; at least one must stay checked. */
function AccessModes({ at, base }: { at: Path; base: Path }) {
  const value = useDocValue(at);
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const modes = Array.isArray(value) ? value.map(String) : [];
  const toggle = (mode: string, on: boolean) => {
    const next = on
      ? [...modes, mode].sort((a, b) => order(a) - order(b))
      : modes.filter((m) => m !== mode);
    if (next.length === 0) return setError('Keep at least one access mode.');
    const result = setField(at, next, base);
    setError(result.ok ? null : result.message);
  };
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field-label">Access modes</legend>
      {ACCESS_MODES.map((mode) => (
        <div key={mode} className="field field-check">
          <input
            id={`${id}-${mode}`}
            type="checkbox"
            checked={modes.includes(mode)}
            disabled={locked}
            onChange={(e) => toggle(mode, e.target.checked)}
          />
          <label htmlFor={`${id}-${mode}`}>{mode}</label>
        </div>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function order(mode: string): number {
  const i = (ACCESS_MODES as readonly string[]).indexOf(mode);
  return i === -1 ? ACCESS_MODES.length : i;
}
