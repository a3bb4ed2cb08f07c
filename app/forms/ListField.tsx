import { useId, useState } from 'react';
import { formatPath } from '../../src/yaml/path.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { FieldFrame, type FieldProps } from './Field.tsx';
import { useDocValue, useFormsLocked } from './useDoc.ts';
import { useLiveEdit } from './useLiveEdit.ts';

const selectSetField = (s: AppState) => s.setField;

/**
 * A list of strings, one per line (command, args, capabilities), written as the user types;
 * no lines removes the list (when the field loses focus). A list holding anything but strings, or an item that spans several
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

  const live = useLiveEdit();
  /** Writes the non-blank lines of `text` (none: removes the list); false when refused. */
  const accept = (text: string, final: boolean): boolean => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    // No lines removes the list, on blur only: not while the user is still typing.
    if (!lines.length && !final) return true;
    const problem = lines.length ? validate?.(lines) : undefined;
    if (problem) {
      setError(problem);
      return false;
    }
    const result = setField(path, lines.length ? lines : undefined, base);
    setError(result.ok ? null : result.message);
    return result.ok;
  };
  const onChange = (next: string) => {
    setDraft(next);
    if (editable) live.request(() => accept(next, false));
  };
  const commit = () => {
    if (draft === null || !editable) return live.end();
    live.finish(() => {
      if (accept(draft, true)) setDraft(null);
    });
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
        onChange={(e) => onChange(e.target.value)}
        onBlur={commit}
      />
    </FieldFrame>
  );
}
