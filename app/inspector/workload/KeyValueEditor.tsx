import { useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { labelKeyProblem } from '../../../src/pod/names.ts';
import type { EditResult } from '../../store/index.ts';

export interface KeyValueEditorProps {
  /** The group's name, e.g. "Pod labels". */
  title: string;
  /** One entry's noun, e.g. "label" (used in control names: "Remove label tier"). */
  noun: string;
  /** The map as the YAML holds it (anything that is not a map is shown read-only). */
  value: unknown;
  /** Extra check for values (label values have rules, annotation values do not). */
  validateValue?: (value: string) => string | undefined;
  /** Adds (no `oldKey`), changes or renames an entry. */
  onSet: (key: string, value: string, oldKey?: string) => EditResult;
  onRemove: (key: string) => EditResult;
  locked: boolean;
}

/**
 * Key/value rows for labels and annotations: edit a key or value and press Enter (or leave the
 * row) to write it; a new row at the end adds one. Invalid keys and values are refused inline.
 */
export function KeyValueEditor(props: KeyValueEditorProps) {
  const { title, noun, value, locked } = props;
  const isMap = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (value !== undefined && value !== null && !isMap) {
    return <p className="field-hint">{title}: edit them in the YAML (not a key/value map).</p>;
  }
  const entries = isMap ? Object.entries(value as Record<string, unknown>) : [];
  return (
    <div role="group" aria-label={title} className="kv-editor">
      <p className="kv-title">{title}</p>
      {entries.length === 0 ? <p className="field-hint">No {noun}s.</p> : null}
      {entries.map(([k, v]) => (
        <EntryRow
          key={`${k}=${String(v)}`}
          {...props}
          entryKey={k}
          entryValue={v}
          locked={locked}
        />
      ))}
      <EntryRow key={`new-${entries.length}`} {...props} locked={locked} />
    </div>
  );
}

function EntryRow({
  noun,
  entryKey,
  entryValue,
  validateValue,
  onSet,
  onRemove,
  locked,
}: KeyValueEditorProps & { entryKey?: string; entryValue?: unknown }) {
  const adding = entryKey === undefined;
  const shownValue = entryValue === undefined || entryValue === null ? '' : String(entryValue);
  const multiline =
    shownValue.includes('\n') || (typeof entryValue === 'object' && entryValue !== null);
  const [key, setKey] = useState(entryKey ?? '');
  const [val, setVal] = useState(shownValue);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const dirty = key !== (entryKey ?? '') || val !== shownValue;
  const label = adding ? `New ${noun}` : `${cap(noun)} ${entryKey}`;

  const commit = () => {
    if (!dirty) return setError(null);
    if (adding && key.trim() === '' && val.trim() === '') return setError(null);
    const k = key.trim();
    const problem = labelKeyProblem(k) ?? validateValue?.(val);
    if (problem) return setError(problem);
    const result = onSet(k, val, entryKey);
    if (!result.ok) return setError(result.message);
    setError(null);
    if (adding) {
      setKey('');
      setVal('');
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (dirty || error)) {
      e.preventDefault();
      e.stopPropagation();
      setKey(entryKey ?? '');
      setVal(shownValue);
      setError(null);
    }
  };
  // Committing on blur only when focus leaves the row, so tabbing from key to value is one edit.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit();
  };

  return (
    <div
      role="group"
      aria-label={label}
      className="kv-row"
      data-invalid={error ? true : undefined}
      onBlur={onBlur}
    >
      <input
        id={`${id}-key`}
        className="field-input"
        aria-label="Key"
        placeholder={adding ? 'key, e.g. app.kubernetes.io/name' : undefined}
        value={key}
        disabled={locked || multiline}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-note` : undefined}
        onChange={(e) => setKey(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <input
        className="field-input"
        aria-label="Value"
        placeholder={adding ? 'value' : undefined}
        value={multiline ? '(multi-line: edit in the YAML)' : val}
        disabled={locked || multiline}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={error ? `${id}-note` : undefined}
        onChange={(e) => setVal(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {adding ? (
        <button type="button" className="small-button" disabled={locked} onClick={commit}>
          Add {noun}
        </button>
      ) : (
        <button
          type="button"
          className="small-button danger"
          aria-label={`Remove ${noun} ${entryKey}`}
          disabled={locked}
          onClick={() => {
            const result = onRemove(entryKey ?? '');
            setError(result.ok ? null : result.message);
          }}
        >
          Remove
        </button>
      )}
      {error ? (
        <p id={`${id}-note`} className="field-error kv-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
