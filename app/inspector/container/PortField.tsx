import { useId, useState } from 'react';
import type { PortView } from '../../../src/pod/types.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { NumberField } from './NumberField.tsx';

const selectSetField = (s: AppState) => s.setField;
const OTHER = 'other';

/**
 * The port of a probe or hook: one of the container's ports, by name or by number, or any other
 * number typed in. A named port keeps working when the number changes, so names come first.
 */
export function PortField({
  path,
  base,
  ports,
  label = 'Port',
}: {
  path: Path;
  base: Path;
  ports: readonly PortView[];
  label?: string;
}) {
  const value = useDocValue(path);
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [other, setOther] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const options: { key: string; label: string; value: string | number }[] = [];
  for (const p of ports) {
    if (p.name)
      options.push({
        key: `name:${p.name}`,
        label: `${p.name} (${p.containerPort})`,
        value: p.name,
      });
  }
  for (const p of ports) {
    if (typeof p.containerPort === 'number' && !options.some((o) => o.value === p.containerPort))
      options.push({
        key: `num:${p.containerPort}`,
        label: String(p.containerPort),
        value: p.containerPort,
      });
  }
  const keyOf = (v: unknown) => (typeof v === 'string' ? `name:${v}` : `num:${String(v)}`);
  const listed = options.some((o) => o.key === keyOf(value));
  const unknownName = typeof value === 'string' && !listed;
  const showNumber = other || (typeof value === 'number' && !listed);
  const current = showNumber ? OTHER : value === undefined ? '' : keyOf(value);

  const choose = (key: string) => {
    if (key === OTHER) return setOther(true);
    const chosen = options.find((o) => o.key === key);
    if (!chosen) return;
    setOther(false);
    const result = setField(path, chosen.value, base);
    setError(result.ok ? null : result.message);
  };

  return (
    <>
      <FieldFrame
        id={id}
        label={label}
        error={error ?? (unknownName ? `The container has no port named "${value}".` : null)}
        hint={ports.length ? undefined : 'The container declares no ports: choose a number.'}
      >
        <select
          id={id}
          className="field-input"
          value={current}
          disabled={locked}
          onChange={(e) => choose(e.target.value)}
        >
          {value === undefined ? (
            <option value="" disabled>
              (choose a port)
            </option>
          ) : null}
          {unknownName ? <option value={current}>{String(value)}</option> : null}
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
          <option value={OTHER}>Other port number…</option>
        </select>
      </FieldFrame>
      {showNumber ? (
        <NumberField
          label={`${label} number`}
          path={path}
          base={base}
          min={1}
          max={65535}
          required="Enter a port number."
        />
      ) : null}
    </>
  );
}
