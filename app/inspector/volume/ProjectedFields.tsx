import { useId, useState } from 'react';
import { itemPathProblem } from '../../../src/volume/sources.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { IntegerField, TextField } from '../../forms/Field.tsx';
import { ModeField } from './ModeField.tsx';
import { useItems } from './useItems.ts';

type Obj = Record<string, unknown>;

/** What a new projected source starts as. */
const NEW_SOURCES: Record<string, Obj> = {
  serviceAccountToken: { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
  configMap: { configMap: { name: 'config' } },
  secret: { secret: { name: 'credentials' } },
  downwardAPI: {
    downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] },
  },
};

/** projected: several sources (token, ConfigMap, Secret, downward API) in one directory. */
export function ProjectedFields({ at }: { at: Path }) {
  const path = [...at, 'sources'];
  const { items, add, remove } = useItems(path, at);
  const [adding, setAdding] = useState('serviceAccountToken');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <>
      <ModeField label="Default mode" path={[...at, 'defaultMode']} base={at} />
      <p className="field-label">Sources</p>
      {items.length === 0 ? <p className="field-hint">No sources yet.</p> : null}
      {items.map((raw, i) => {
        const kind = Object.keys((raw as Obj | null) ?? {})[0] ?? 'unknown';
        return (
          <div key={i} className="list-item" role="group" aria-label={`Source ${i + 1}, ${kind}`}>
            <div className="list-item-head">
              {i + 1}. {kind}
              <button
                type="button"
                className="small-button danger"
                aria-label={`Remove source ${i + 1}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            </div>
            <ProjectedSource kind={kind} at={[...path, i, kind]} />
          </div>
        );
      })}
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            New source
          </label>
          <select
            id={`${id}-kind`}
            className="field-input"
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
          >
            {Object.keys(NEW_SOURCES).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="small-button"
          onClick={() => {
            const result = add(structuredClone(NEW_SOURCES[adding]));
            setError(result.ok ? null : result.message);
          }}
        >
          Add source
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function ProjectedSource({ kind, at }: { kind: string; at: Path }) {
  switch (kind) {
    case 'serviceAccountToken':
      return (
        <>
          <TextField
            label="File path"
            path={[...at, 'path']}
            base={at}
            required="A token source needs a file path."
            validate={itemPathProblem}
          />
          <IntegerField
            label="Expiration (seconds)"
            path={[...at, 'expirationSeconds']}
            base={at}
            min={600}
            hint="At least 600; the kubelet refreshes the token before it expires."
          />
          <TextField label="Audience" path={[...at, 'audience']} base={at} />
        </>
      );
    case 'configMap':
    case 'secret':
      return (
        <>
          <TextField
            label={kind === 'configMap' ? 'ConfigMap name' : 'Secret name'}
            path={[...at, 'name']}
            base={at}
            required={`A ${kind} source needs a name.`}
          />
          <CheckboxField label="Optional" path={[...at, 'optional']} base={at} />
        </>
      );
    default:
      return <p className="volume-note">Edit this {kind} source in the YAML.</p>;
  }
}
