import { fileModeProblem, formatFileMode, parseFileMode } from '../../../src/volume/mode.ts';
import { TextField, type FieldProps } from '../../forms/Field.tsx';

/** A file mode typed and shown in octal (0644), written to the YAML as the integer (420). */
export function ModeField(props: FieldProps) {
  return (
    <TextField
      placeholder="0644"
      hint="Octal, like 0644 or 0400; the YAML stores it as a number (0644 is 420)."
      {...props}
      inputMode="numeric"
      validate={fileModeProblem}
      parse={parseFileMode}
      format={formatFileMode}
    />
  );
}
