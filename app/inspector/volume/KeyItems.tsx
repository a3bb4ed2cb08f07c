import { itemPathProblem } from '../../../src/volume/sources.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { TextField } from '../../forms/Field.tsx';
import { AddItemRow } from './AddItemRow.tsx';
import { ModeField } from './ModeField.tsx';
import { useItems } from './useItems.ts';

/** `items` of a configMap or secret volume: which keys become files, at which paths. */
export function KeyItems({ at }: { at: Path }) {
  const path = [...at, 'items'];
  const { items, add, remove } = useItems(path, at);
  return (
    <div className="key-items">
      <p className="field-label">Files (items)</p>
      <p className="field-hint">
        {items.length
          ? 'Only these keys become files.'
          : 'No items: every key becomes a file named after it.'}
      </p>
      {items.map((_, i) => {
        const item = [...path, i];
        return (
          <div key={i} className="list-item" role="group" aria-label={`Item ${i + 1}`}>
            <div className="list-item-head">
              Item {i + 1}
              <button
                type="button"
                className="small-button danger"
                aria-label={`Remove item ${i + 1}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            </div>
            <div className="field-row">
              <TextField
                label="Key"
                path={[...item, 'key']}
                base={item}
                required="Each item needs the key it takes."
              />
              <TextField
                label="File path"
                path={[...item, 'path']}
                base={item}
                required="Each item needs a file path."
                validate={itemPathProblem}
              />
            </div>
            <ModeField label="Mode" path={[...item, 'mode']} base={item} />
          </div>
        );
      })}
      <AddItemRow
        button="Add item"
        fields={[
          { name: 'key', label: 'Key', placeholder: 'nginx.conf' },
          {
            name: 'path',
            label: 'File path',
            placeholder: 'nginx.conf',
            validate: itemPathProblem,
          },
        ]}
        onAdd={(v) => add({ key: v.key, path: v.path })}
      />
    </div>
  );
}
