import { useId, useState } from 'react';
import {
  FIELD_PATHS,
  fieldPathKeyProblem,
  parseFieldPath,
  subscriptFieldPath,
} from '../../../src/pod/env.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { FieldFrame, TextField } from '../../forms/Field.tsx';
import { useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectSetField = (s: AppState) => s.setField;

type Subscript = 'labels' | 'annotations';

/**
 * The pod field an env var reads (downward API): a known path from a list, or one label or
 * annotation whose key is typed freely. Choosing "A label…" writes nothing until a key is entered.
 */
export function FieldPathPicker({ path, base }: { path: Path; base: Path }) {
  const value = useDocValue(path);
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  // A label or annotation chosen but not yet given a key; it lapses when the YAML changes.
  const [pending, setPending] = useState<{ kind: Subscript; from: unknown } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const choice = parseFieldPath(value);
  const kind = pending && pending.from === value ? pending.kind : choice.kind;
  const selected = kind === 'path' || kind === 'other' ? String(value ?? '') : kind;

  const onChange = (next: string) => {
    setError(null);
    if (next === 'labels' || next === 'annotations') {
      setPending(choice.kind === next ? null : { kind: next, from: value });
      return;
    }
    setPending(null);
    const result = setField(path, next, base);
    if (!result.ok) setError(result.message);
  };

  return (
    <>
      <FieldFrame id={id} label="Pod field" error={error}>
        <select
          id={id}
          className="field-input"
          value={selected}
          disabled={locked}
          onChange={(e) => onChange(e.target.value)}
        >
          {FIELD_PATHS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
          <option value="labels">A label: metadata.labels[…]</option>
          <option value="annotations">An annotation: metadata.annotations[…]</option>
          {choice.kind === 'other' ? (
            <option value={selected}>{selected === '' ? '(not set)' : selected}</option>
          ) : null}
        </select>
      </FieldFrame>
      {kind === 'labels' || kind === 'annotations' ? (
        <TextField
          label={kind === 'labels' ? 'Label key' : 'Annotation key'}
          path={path}
          base={base}
          placeholder="app.kubernetes.io/name"
          required="Enter the key to read."
          validate={(raw) => fieldPathKeyProblem(kind, raw)}
          parse={(raw) => subscriptFieldPath(kind, raw)}
          format={(v) => {
            const c = parseFieldPath(v);
            return c.kind === kind ? c.key : '';
          }}
        />
      ) : null}
    </>
  );
}
