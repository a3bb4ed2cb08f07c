import { useId, useState } from 'react';
import { dnsSubdomainProblem } from '../../../src/pod/names.ts';
import { envFromKind, withEnvFromKind, type EnvFromKind } from '../../../src/pod/env.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { FieldFrame, TextField } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { useList } from './useList.ts';

const selectSetField = (s: AppState) => s.setField;

const KINDS: { kind: EnvFromKind; label: string }[] = [
  { kind: 'configMapRef', label: 'ConfigMap' },
  { kind: 'secretRef', label: 'Secret' },
];

/** `envFrom`: every key of a ConfigMap or Secret as a variable, optionally behind a prefix. */
export function EnvFromList({ base }: { base: Path }) {
  const listPath = [...base, 'envFrom'];
  const list = useList(listPath, base);
  return (
    <>
      <h4 className="field-label">Variables from whole ConfigMaps and Secrets</h4>
      {list.unreadable ? <p className="field-hint">Edit envFrom in the YAML.</p> : null}
      {list.items.map((entry, i) => {
        const path = [...listPath, i];
        const kind = envFromKind(entry);
        const label = `Import ${i + 1}`;
        return (
          <div key={i} role="group" aria-label={label} className="list-item">
            <div className="list-item-head">
              <span>{label}</span>
              <button
                type="button"
                className="small-button danger"
                aria-label={`Remove import ${i + 1}`}
                disabled={list.locked}
                onClick={() => list.remove(i)}
              >
                Remove
              </button>
            </div>
            <KindPicker entry={entry} path={path} />
            {kind ? (
              <>
                <TextField
                  label={`${kind === 'secretRef' ? 'Secret' : 'ConfigMap'} name`}
                  path={[...path, kind, 'name']}
                  base={path}
                  required="Enter the object's name."
                  validate={(raw) => dnsSubdomainProblem(raw)}
                />
                <TextField
                  label="Prefix"
                  path={[...path, 'prefix']}
                  base={path}
                  placeholder="(none)"
                  validate={(raw) =>
                    raw.includes('=') ? 'A prefix cannot contain "=".' : undefined
                  }
                />
                <CheckboxField
                  label="Optional (start even if it is missing)"
                  path={[...path, kind, 'optional']}
                  base={path}
                />
              </>
            ) : (
              <p className="field-hint">Edit this entry in the YAML.</p>
            )}
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="small-button"
          disabled={list.locked || list.unreadable}
          onClick={() => list.add({ configMapRef: { name: '' } })}
        >
          Add import
        </button>
      </div>
    </>
  );
}

/** ConfigMap or Secret: switching rewrites this entry only, keeping its name and prefix. */
function KindPicker({ entry, path }: { entry: unknown; path: Path }) {
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const kind = envFromKind(entry);
  return (
    <FieldFrame id={id} label="Import from" error={error}>
      <select
        id={id}
        className="field-input"
        value={kind ?? ''}
        disabled={locked}
        onChange={(e) => {
          const next = KINDS.find((k) => k.kind === e.target.value);
          if (!next) return;
          const result = setField(path, withEnvFromKind(entry, next.kind), path.slice(0, -1));
          setError(result.ok ? null : result.message);
        }}
      >
        {kind ? null : <option value="">(see the YAML)</option>}
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
