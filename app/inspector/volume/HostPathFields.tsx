import { HOST_PATH_TYPES } from '../../../src/volume/sources.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { SelectField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';

/** hostPath: a file or directory of the node, and what kind it must be. */
export function HostPathFields({ at }: { at: Path }) {
  return (
    <>
      <TextField
        label="Path on the node"
        path={[...at, 'path']}
        base={at}
        placeholder="/var/log"
        required="A hostPath volume needs a path on the node."
        validate={(raw) =>
          raw.startsWith('/') ? undefined : 'Enter an absolute path, like /var/log.'
        }
      />
      <SelectField
        label="Type"
        path={[...at, 'type']}
        base={at}
        unsetLabel="(not set: no check)"
        options={HOST_PATH_TYPES.map((value) => ({ value }))}
        hint="What must be at the path before the pod starts; …OrCreate makes it."
      />
    </>
  );
}
