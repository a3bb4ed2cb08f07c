import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatPath, type Path } from '../../src/yaml/path.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { useDocValue, useFormsLocked } from './useDoc.ts';

const selectSetField = (s: AppState) => s.setField;

export interface FieldProps {
  label: string;
  /** The field's path in the shown workload's document. */
  path: Path;
  /** The object the form edits: removing this field prunes empty parents down to it. */
  base: Path;
  hint?: string;
  placeholder?: string;
}

interface TextFieldProps extends FieldProps {
  /** A message when the raw text is not acceptable; the YAML is left alone then. */
  validate?: (raw: string) => string | undefined;
  /** Turns accepted text into the value written to the YAML (default: the trimmed text). */
  parse?: (raw: string) => unknown;
  /** How a value of the YAML is shown in the field (default: `String`). */
  format?: (value: unknown) => string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  /** The message shown when the field is emptied, for keys Kubernetes requires (else empty removes). */
  required?: string;
}

/**
 * A text input bound to one field of the YAML. It commits on Enter or when it loses focus; an
 * empty field removes the key. Invalid text shows an inline error and never reaches the YAML;
 * Escape puts back what the YAML holds.
 */
export function TextField(props: TextFieldProps) {
  // A new path is a new field: no draft or error carries over from another container.
  return <TextInput key={formatPath(props.path)} {...props} />;
}

function TextInput({
  label,
  path,
  base,
  hint,
  placeholder,
  validate,
  parse = (raw) => raw,
  format = String,
  inputMode,
  required,
}: TextFieldProps) {
  const value = useDocValue(path);
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const shown = value === undefined || value === null ? '' : format(value);

  const commit = () => {
    if (draft === null) return;
    const raw = draft.trim();
    const problem = raw === '' ? required : validate?.(raw);
    if (problem) return setError(problem);
    const result = setField(path, raw === '' ? undefined : parse(raw), base);
    if (!result.ok) return setError(result.message);
    setError(null);
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== null || error)) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className="field-input"
        value={draft ?? shown}
        placeholder={placeholder}
        inputMode={inputMode}
        disabled={locked}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-note` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </FieldFrame>
  );
}

/** Label, control, and the hint or error under it. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
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

interface IntegerFieldProps extends FieldProps {
  min?: number;
  max?: number;
  required?: string;
}

/** A whole number (ports, seconds, counts); anything else is refused inline. */
export function IntegerField({ min, max, ...props }: IntegerFieldProps) {
  return (
    <TextField
      {...props}
      inputMode="numeric"
      validate={(raw) => integerProblem(raw, min, max)}
      parse={(raw) => Number(raw)}
    />
  );
}

/** Why `raw` is not a whole number within bounds, or `undefined` when it is. */
export function integerProblem(raw: string, min?: number, max?: number): string | undefined {
  if (!/^-?\d+$/.test(raw)) return 'Enter a whole number.';
  const n = Number(raw);
  if (min !== undefined && n < min) return `Enter a number of at least ${min}.`;
  if (max !== undefined && n > max) return `Enter a number of at most ${max}.`;
  return undefined;
}
