import type { Path } from '../../../src/yaml/path.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';
import { KeyItems } from './KeyItems.tsx';
import { ModeField } from './ModeField.tsx';

/** configMap: which ConfigMap, whether it may be missing, file modes, and which keys. */
export function ConfigMapFields({ at }: { at: Path }) {
  return (
    <>
      <TextField
        label="ConfigMap name"
        path={[...at, 'name']}
        base={at}
        placeholder="nginx-config"
        required="A configMap volume needs the name of its ConfigMap."
      />
      <CheckboxField
        label="Optional"
        hint="The pod starts even if the ConfigMap is missing."
        path={[...at, 'optional']}
        base={at}
      />
      <ModeField label="Default mode" path={[...at, 'defaultMode']} base={at} />
      <KeyItems at={at} />
    </>
  );
}
