import type { Path } from '../../../src/yaml/path.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';
import { KeyItems } from './KeyItems.tsx';
import { ModeField } from './ModeField.tsx';

/** secret: which Secret (`secretName`, unlike configMap's `name`), modes, and which keys. */
export function SecretFields({ at }: { at: Path }) {
  return (
    <>
      <TextField
        label="Secret name"
        path={[...at, 'secretName']}
        base={at}
        placeholder="tls-cert"
        required="A secret volume needs the name of its Secret."
      />
      <CheckboxField
        label="Optional"
        hint="The pod starts even if the Secret is missing."
        path={[...at, 'optional']}
        base={at}
      />
      <ModeField label="Default mode" path={[...at, 'defaultMode']} base={at} placeholder="0400" />
      <KeyItems at={at} />
    </>
  );
}
