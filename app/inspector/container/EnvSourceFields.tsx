import { useId, useState } from 'react';
import { dnsSubdomainProblem } from '../../../src/pod/names.ts';
import { dataKeyProblem, ENV_SOURCES, envSource, withEnvSource } from '../../../src/pod/env.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { FieldFrame, TextField } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { FieldPathPicker } from './FieldPathPicker.tsx';

const selectSetField = (s: AppState) => s.setField;

/** Where one env var's value comes from, and the fields of that source. */
export function EnvSourceFields({ entry, path }: { entry: unknown; path: Path }) {
  const source = envSource(entry);
  return (
    <>
      <SourcePicker entry={entry} path={path} />
      {source === 'value' ? (
        <TextField label="Value" path={[...path, 'value']} base={path} placeholder="(empty)" />
      ) : null}
      {source === 'secretKeyRef' || source === 'configMapKeyRef' ? (
        <KeyRefFields path={[...path, 'valueFrom', source]} secret={source === 'secretKeyRef'} />
      ) : null}
      {source === 'fieldRef' ? (
        <FieldPathPicker path={[...path, 'valueFrom', 'fieldRef', 'fieldPath']} base={path} />
      ) : null}
      {source === 'other' ? (
        <p className="field-hint">
          This value comes from a source the form does not edit: see the YAML.
        </p>
      ) : null}
    </>
  );
}

/** Switching the source rewrites this entry only (and keeps its name). */
function SourcePicker({ entry, path }: { entry: unknown; path: Path }) {
  const setField = useApp(selectSetField);
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const source = envSource(entry);
  return (
    <FieldFrame id={id} label="Source" error={error}>
      <select
        id={id}
        className="field-input"
        value={source}
        disabled={locked}
        onChange={(e) => {
          const next = ENV_SOURCES.find((s) => s.source === e.target.value);
          if (!next) return;
          const result = setField(path, withEnvSource(entry, next.source), path.slice(0, -1));
          setError(result.ok ? null : result.message);
        }}
      >
        {ENV_SOURCES.map((s) => (
          <option key={s.source} value={s.source}>
            {s.label}
          </option>
        ))}
        {source === 'other' ? (
          <option value="other" disabled>
            Other (see the YAML)
          </option>
        ) : null}
      </select>
    </FieldFrame>
  );
}

/** The object and key a Secret or ConfigMap key reference reads. */
function KeyRefFields({ path, secret }: { path: Path; secret: boolean }) {
  const what = secret ? 'Secret' : 'ConfigMap';
  const entry = path.slice(0, -2);
  return (
    <>
      <div className="field-row">
        <TextField
          label={`${what} name`}
          path={[...path, 'name']}
          base={entry}
          placeholder={secret ? 'db-credentials' : 'app-config'}
          required={`Enter the ${what}'s name.`}
          validate={(raw) => dnsSubdomainProblem(raw, `A ${what} name`)}
        />
        <TextField
          label="Key"
          path={[...path, 'key']}
          base={entry}
          placeholder={secret ? 'password' : 'log-level'}
          required="Enter the key to read."
          validate={dataKeyProblem}
        />
      </div>
      <CheckboxField
        label={`Optional (start even if the ${what} or key is missing)`}
        path={[...path, 'optional']}
        base={entry}
      />
    </>
  );
}
