import { useId, useState } from 'react';
import type { Path } from '../../src/yaml/path.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { FieldFrame, type FieldProps } from './Field.tsx';
import { useDocValue, useFormsLocked } from './useDoc.ts';

const selectSetField = (s: AppState) => s.setField;

/** Sets a field and keeps the refusal, if any, for the control to show inline. */
function useSetter(path: Path, base: Path) {
  const setField = useApp(selectSetField);
  const [error, setError] = useState<string | null>(null);
  const set = (value: unknown) => {
    const result = setField(path, value, base);
    setError(result.ok ? null : result.message);
  };
  return { error, set };
}

export interface Option {
  value: string;
  label?: string;
}

/**
 * A choice among the values Kubernetes allows. "(not set)" removes the field, so the default
 * applies. A value in the YAML that is not among the options is still shown, as itself.
 */
export function SelectField({
  label,
  path,
  base,
  hint,
  options,
  unsetLabel = '(not set)',
}: FieldProps & { options: readonly Option[]; unsetLabel?: string }) {
  const value = useDocValue(path);
  const locked = useFormsLocked();
  const { error, set } = useSetter(path, base);
  const id = useId();
  const current = value === undefined || value === null ? '' : String(value);
  const known = current === '' || options.some((o) => o.value === current);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="field-input"
        value={current}
        disabled={locked}
        onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{unsetLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
          </option>
        ))}
        {known ? null : <option value={current}>{current}</option>}
      </select>
    </FieldFrame>
  );
}

/**
 * A yes/no field with a third state, "(not set)", because in Kubernetes an absent boolean is not
 * always `false` (`hostUsers` defaults to true, `runAsNonRoot` to unenforced).
 */
export function BooleanField(props: FieldProps & { unsetLabel?: string }) {
  const value = useDocValue(props.path);
  const locked = useFormsLocked();
  const { error, set } = useSetter(props.path, props.base);
  const id = useId();
  const current = value === true ? 'true' : value === false ? 'false' : '';
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={error}>
      <select
        id={id}
        className="field-input"
        value={current}
        disabled={locked}
        onChange={(e) => set(e.target.value === '' ? undefined : e.target.value === 'true')}
      >
        <option value="">{props.unsetLabel ?? '(not set)'}</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    </FieldFrame>
  );
}

/** A checkbox for flags whose absence means false: checked writes `true`, unchecked removes it. */
export function CheckboxField({ label, path, base, hint }: FieldProps) {
  const value = useDocValue(path);
  const locked = useFormsLocked();
  const { error, set } = useSetter(path, base);
  const id = useId();
  return (
    <div className="field field-check" data-invalid={error ? true : undefined}>
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        disabled={locked}
        aria-describedby={error || hint ? `${id}-note` : undefined}
        onChange={(e) => set(e.target.checked ? true : undefined)}
      />
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p id={`${id}-note`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-note`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
