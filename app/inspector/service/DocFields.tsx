import { useId, useState } from 'react';
import { getPath } from '../../../src/pod/view.ts';
import { formatPath, type Path } from '../../../src/yaml/path.ts';
import { DraftInput } from '../../forms/DraftInput.tsx';
import { FieldFrame } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { setDocumentField } from '../../commands/services.ts';
import { useApp, useAppStore } from '../../store/context.tsx';
import type { EditResult } from '../../store/index.ts';
import { selectShownValues } from '../../store/selectors.ts';

// Fields bound to a path of any document of the design (a Service), where the form kit's fields
// edit the shown workload's document. Same behaviour (app/forms/DraftInput.tsx): live as one
// types, Escape takes the typing back, invalid text never reaches the YAML.

/** The parsed value at `path` of document `document`. */
export function useDocumentValue(document: number, path: Path): unknown {
  return useApp((s) => getPath(selectShownValues(s)[document], path));
}

/** Writes (or with `undefined` removes, pruning up to `base`) one field of a document. */
export function useDocumentSetter(document: number, path: Path, base: Path) {
  const store = useAppStore();
  return (value: unknown): EditResult => setDocumentField(store, document, path, value, base);
}

interface DocFieldProps {
  document: number;
  label: string;
  path: Path;
  base: Path;
  hint?: string;
  placeholder?: string;
  required?: string;
  validate?: (raw: string) => string | undefined;
  parse?: (raw: string) => unknown;
  /** Writes the accepted value some other way (a rename that updates references). */
  commit?: (value: unknown) => EditResult;
}

/** A text input bound to one field of a document. */
export function DocTextField(props: DocFieldProps) {
  return <DocTextInput key={`${props.document}:${formatPath(props.path)}`} {...props} />;
}

function DocTextInput({ document, path, base, commit: write, ...rest }: DocFieldProps) {
  const value = useDocumentValue(document, path);
  const set = useDocumentSetter(document, path, base);
  const shown = value === undefined || value === null ? '' : String(value);
  return <DraftInput {...rest} shown={shown} write={write ?? set} />;
}

export interface DocOption {
  value: string;
  label?: string;
}

/** A select bound to one field of a document; "(not set)" removes the field. */
export function DocSelectField({
  document,
  label,
  path,
  base,
  hint,
  options,
  unsetLabel = '(not set)',
  parse = (raw) => raw,
  problem,
}: Omit<DocFieldProps, 'validate' | 'required' | 'placeholder' | 'commit'> & {
  options: readonly DocOption[];
  unsetLabel?: string;
  /** A warning about the current value (shown when there is no error). */
  problem?: string;
}) {
  const value = useDocumentValue(document, path);
  const set = useDocumentSetter(document, path, base);
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const current = value === undefined || value === null ? '' : String(value);
  const known = current === '' || options.some((o) => o.value === current);
  return (
    <FieldFrame id={id} label={label} hint={problem ? `⚠ ${problem}` : hint} error={error}>
      <select
        id={id}
        className="field-input"
        value={current}
        disabled={locked}
        data-problem={problem ? true : undefined}
        onChange={(e) => {
          const result = set(e.target.value === '' ? undefined : parse(e.target.value));
          setError(result.ok ? null : result.message);
        }}
      >
        <option value="">{unsetLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
          </option>
        ))}
        {known ? null : <option value={current}>{current}</option>}
      </select>
    </FieldFrame>
  );
}
