import type { Path } from '../../../src/yaml/path.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';

/** persistentVolumeClaim: which claim, and whether every mount of it is read-only. */
export function PvcFields({ at }: { at: Path }) {
  return (
    <>
      <TextField
        label="Claim name"
        path={[...at, 'claimName']}
        base={at}
        placeholder="data"
        required="A persistentVolumeClaim volume needs the name of its claim."
        hint="A PersistentVolumeClaim in the pod's namespace."
      />
      <CheckboxField
        label="Read-only"
        hint="Every mount of this claim is read-only."
        path={[...at, 'readOnly']}
        base={at}
      />
    </>
  );
}
