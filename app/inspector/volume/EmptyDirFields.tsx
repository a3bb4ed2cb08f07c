import { storageQuantityProblem } from '../../../src/volume/sources.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { SelectField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';

/** emptyDir: where it lives (node disk or memory) and how big it may grow. */
export function EmptyDirFields({ at }: { at: Path }) {
  return (
    <>
      <SelectField
        label="Medium"
        path={[...at, 'medium']}
        base={at}
        unsetLabel="Default (node disk)"
        options={[{ value: 'Memory', label: 'Memory (tmpfs, counts as container memory)' }]}
      />
      <TextField
        label="Size limit"
        path={[...at, 'sizeLimit']}
        base={at}
        placeholder="1Gi"
        hint="A quantity like 500Mi or 1Gi; the pod is evicted when it grows past it."
        validate={storageQuantityProblem}
      />
    </>
  );
}
