import {
  DOWNWARD_FIELD_PATHS,
  downwardFieldPathProblem,
  itemPathProblem,
} from '../../../src/volume/sources.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { TextField } from '../../forms/Field.tsx';
import { AddItemRow } from './AddItemRow.tsx';
import { ModeField } from './ModeField.tsx';
import { useItems } from './useItems.ts';

type Obj = Record<string, unknown>;

/** downwardAPI: files that hold the pod's own fields (labels, annotations, name, …). */
export function DownwardApiFields({ at }: { at: Path }) {
  return (
    <>
      <ModeField label="Default mode" path={[...at, 'defaultMode']} base={at} />
      <DownwardItems at={at} />
    </>
  );
}

/** The `items` of a downwardAPI volume (or of a projected volume's downwardAPI source). */
export function DownwardItems({ at }: { at: Path }) {
  const path = [...at, 'items'];
  const { items, add, remove } = useItems(path, at);
  return (
    <div className="key-items">
      <p className="field-label">Files</p>
      {items.length === 0 ? <p className="field-hint">No files yet.</p> : null}
      {items.map((raw, i) => {
        const item = [...path, i];
        const resource = (raw as Obj | null)?.resourceFieldRef as Obj | undefined;
        return (
          <div key={i} className="list-item" role="group" aria-label={`File ${i + 1}`}>
            <div className="list-item-head">
              File {i + 1}
              <button
                type="button"
                className="small-button danger"
                aria-label={`Remove file ${i + 1}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            </div>
            <TextField
              label="File path"
              path={[...item, 'path']}
              base={item}
              required="Each file needs a path."
              validate={itemPathProblem}
            />
            {resource ? (
              <p className="volume-note">
                Holds {String(resource.resource)}
                {resource.containerName ? ` of ${String(resource.containerName)}` : ''} (a
                resourceFieldRef: edit it in the YAML).
              </p>
            ) : (
              <TextField
                label="Field"
                path={[...item, 'fieldRef', 'fieldPath']}
                base={item}
                required="Each file needs the field it holds."
                validate={downwardFieldPathProblem}
                hint={`${DOWNWARD_FIELD_PATHS.join(', ')}, or metadata.labels['key'].`}
              />
            )}
          </div>
        );
      })}
      <AddItemRow
        button="Add file"
        fields={[
          { name: 'path', label: 'File path', placeholder: 'labels', validate: itemPathProblem },
          { name: 'fieldPath', label: 'Field', options: DOWNWARD_FIELD_PATHS },
        ]}
        onAdd={(v) => add({ path: v.path, fieldRef: { fieldPath: v.fieldPath } })}
      />
    </div>
  );
}
