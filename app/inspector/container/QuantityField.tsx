import { useId, useState, type KeyboardEvent } from 'react';
import {
  amountProblem,
  formatQuantity,
  quantityNote,
  quantityProblem,
  splitQuantity,
  unitsFor,
} from '../../../src/pod/quantity.ts';
import { formatPath, type Path } from '../../../src/yaml/path.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import { useLiveEdit } from '../../forms/useLiveEdit.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectSetField = (s: AppState) => s.setField;

interface Props {
  label: string;
  /** e.g. `…containers[0].resources.requests.cpu` */
  path: Path;
  /** The container: removing the last value prunes `resources`. */
  base: Path;
  /** `cpu`, `memory` or `ephemeral-storage`: decides the units offered. */
  resource: string;
}

/**
 * A resource quantity as a number and a unit picker. The number is written as the user types
 * (app/forms/useLiveEdit.ts); picking a unit writes at once when there is a number. A number left
 * empty removes the value (on Enter or blur). A number that is not one shows an inline error and
 * never reaches the YAML; Escape takes the typing back.
 */
export function QuantityField(props: Props) {
  return <QuantityInput key={formatPath(props.path)} {...props} />;
}

function QuantityInput({ label, path, base, resource }: Props) {
  const value = useDocValue(path);
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [draft, setDraft] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const units = unitsFor(resource);
  const present = value !== undefined && value !== null;
  const split = present ? splitQuantity(value, units) : undefined;
  const amount = draft ?? (split ? split.amount : present ? String(value) : '');
  const suffix = unit ?? split?.suffix ?? (resource === 'cpu' ? 'm' : 'Mi');
  // What the YAML holds but is no quantity (typed in the editor) is shown as the error.
  const yamlProblem = present && !split ? quantityProblem(value) : undefined;

  const live = useLiveEdit();
  /** Writes `raw` in `nextSuffix` when it is a number (empty: removes); false when refused. */
  const accept = (raw: string, nextSuffix: string): boolean => {
    const problem = raw === '' ? undefined : amountProblem(raw);
    if (problem) {
      setError(problem);
      return false;
    }
    const result = setField(path, raw === '' ? undefined : formatQuantity(raw, nextSuffix), base);
    setError(result.ok ? null : result.message);
    return result.ok;
  };
  const onChange = (next: string) => {
    setDraft(next);
    const raw = next.trim();
    // An emptied amount is removed on Enter or blur, not while the user is still typing.
    if (raw === '') return setError(null);
    live.request(() => accept(raw, suffix));
  };
  const commit = (raw: string, nextSuffix: string) =>
    live.finish(() => {
      if (!accept(raw.trim(), nextSuffix)) return;
      setDraft(null);
      setUnit(null);
    });
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (draft !== null) commit(draft, suffix);
    } else if (e.key === 'Escape' && (draft !== null || error)) {
      e.preventDefault();
      e.stopPropagation();
      live.revert();
      setDraft(null);
      setError(null);
    }
  };

  const shownError = error ?? yamlProblem ?? null;
  return (
    <FieldFrame id={id} label={label} error={shownError} hint={quantityNote(resource, value)}>
      <div
        className="quantity-input"
        onBlur={(e) => {
          // Moving between the number and its unit is not leaving the field.
          if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
          if (draft !== null) commit(draft, suffix);
        }}
      >
        <input
          id={id}
          className="field-input"
          value={amount}
          inputMode="decimal"
          placeholder="none"
          disabled={locked}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={shownError ? true : undefined}
          aria-describedby={`${id}-note`}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <select
          className="field-input"
          aria-label={`${label} unit`}
          value={suffix}
          disabled={locked}
          onChange={(e) => {
            setUnit(e.target.value);
            if (amount.trim() !== '') commit(amount, e.target.value);
          }}
        >
          {units.map((u) => (
            <option key={u.suffix} value={u.suffix}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}
