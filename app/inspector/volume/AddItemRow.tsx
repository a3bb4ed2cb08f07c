import { useId, useState, type KeyboardEvent } from 'react';
import type { EditResult } from '../../store/index.ts';

export interface RowField {
  name: string;
  label: string;
  placeholder?: string;
  /** Why the text is not acceptable (empty text is always refused). */
  validate?: (raw: string) => string | undefined;
  /** Offer these values in a select instead of a text input. */
  options?: readonly string[];
}

/**
 * A row of inputs and a button that adds one list item (Enter in an input adds too). It is not a
 * <form>: it sits inside the volume's form, and forms cannot nest.
 */
export function AddItemRow({
  button,
  fields,
  onAdd,
}: {
  button: string;
  fields: readonly RowField[];
  onAdd: (values: Record<string, string>) => EditResult;
}) {
  const initial = () =>
    Object.fromEntries(fields.map((f) => [f.name, f.options?.[0] ?? ''])) as Record<string, string>;
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const add = () => {
    for (const f of fields) {
      const raw = (values[f.name] ?? '').trim();
      const problem = raw === '' ? `${f.label}: enter a value.` : f.validate?.(raw);
      if (problem)
        return setError(problem.startsWith(f.label) ? problem : `${f.label}: ${problem}`);
    }
    const result = onAdd(Object.fromEntries(fields.map((f) => [f.name, values[f.name]!.trim()])));
    if (!result.ok) return setError(result.message);
    setError(null);
    setValues(initial());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    add();
  };
  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setError(null);
  };

  return (
    <div className="add-item" role="group" aria-label={button}>
      <div className="field-row">
        {fields.map((f) => (
          <div className="field" key={f.name}>
            <label className="field-label" htmlFor={`${id}-${f.name}`}>
              {f.label}
            </label>
            {f.options ? (
              <select
                id={`${id}-${f.name}`}
                className="field-input"
                value={values[f.name]}
                onChange={(e) => set(f.name, e.target.value)}
              >
                {f.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`${id}-${f.name}`}
                className="field-input"
                value={values[f.name]}
                placeholder={f.placeholder}
                spellCheck={false}
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => set(f.name, e.target.value)}
                onKeyDown={onKeyDown}
              />
            )}
          </div>
        ))}
        <button type="button" className="small-button" onClick={add}>
          {button}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
