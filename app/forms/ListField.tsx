import { useId, useState } from 'react';
import { formatPath } from '../../src/yaml/path.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { FieldFrame, type FieldProps } from './Field.tsx';
import { useDocValue, useFormsLocked } from './useDoc.ts';

const selectSetField = (s: AppState) => s.setField;

/**
 * A list of strings, one per line (command, args, capabilities). Commits when it loses focus;
 * no lines removes the list. A list holding anything but strings, or an item that spans several
 * lines (a `sh -c` script), is shown read-only: one line per item could not show it faithfully.
 */
export function StringListField(props: StringListProps) {
  return <StringList key={formatPath(props.path)} {...props} />;
}

interface StringListProps extends FieldProps {
  /** A message when the lines are not acceptable; the YAML is left alone then. */
  validate?: (items: string[]) => string | undefined;
}

function StringList({ label, path, base, hint, placeholder, validate }: StringListProps) {
  const value = useDocValue(path);
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : null;
  const editable =
    items !== null &&
    items.every((v) => typeof v === 'number' || (typeof v === 'string' && !v.includes('\n')));
  const shown = editable ? items.map(String).join('\n') : JSON.stringify(value);

  const commit = () => {
    if (draft === null || !editable) return;
    const lines = draft.split('\n').filter((line) => line.trim() !== '');
    const problem = lines.length ? validate?.(lines) : undefined;
    if (problem) return setError(problem);
    const result = setField(path, lines.length ? lines : undefined, base);
    if (!result.ok) return setError(result.message);
    setError(null);
    setDraft(null);
  };
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      hint={editable ? (hint ?? 'One item per line.') : 'Edit this list in the YAML.'}
    >
      <textarea
        id={id}
        className="field-input"
        rows={Math.min(6, Math.max(2, (draft ?? shown).split('\n').length))}
        value={draft ?? shown}
        placeholder={placeholder}
        readOnly={!editable}
        disabled={locked}
        spellCheck={false}
        aria-describedby={`${id}-note`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
      />
    </FieldFrame>
  );
}
