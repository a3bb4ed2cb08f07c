import { formatPath, type Path } from '../../src/yaml/path.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { DraftInput } from './DraftInput.tsx';
import { FieldFrame } from './FieldFrame.tsx';
import { useDocValue } from './useDoc.ts';

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
 * A text input bound to one field of the YAML, written as the user types (DraftInput); a field
 * left empty removes the key. Invalid text shows an inline error and never reaches the YAML;
 * Escape takes the typing back.
 */
export function TextField(props: TextFieldProps) {
  // A new path is a new field: no draft or error carries over from another container.
  return <TextInput key={formatPath(props.path)} {...props} />;
}

function TextInput({ path, base, format = String, ...rest }: TextFieldProps) {
  const value = useDocValue(path);
  const setField = useApp(selectSetField);
  const shown = value === undefined || value === null ? '' : format(value);
  return <DraftInput {...rest} shown={shown} write={(next) => setField(path, next, base)} />;
}

export { FieldFrame };

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
