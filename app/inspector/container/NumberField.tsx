import { integerProblem, TextField, type FieldProps } from '../../forms/Field.tsx';

/**
 * A whole number checked by a rule from `src/` as well as by bounds (probe timings, sleep
 * seconds); a `required` number shows that message when emptied instead of removing the key.
 */
export function NumberField({
  min,
  max,
  rule,
  required,
  ...props
}: FieldProps & {
  min?: number;
  max?: number;
  rule?: (n: number) => string | undefined;
  required?: string;
}) {
  return (
    <TextField
      {...props}
      inputMode="numeric"
      required={required}
      validate={(raw) => integerProblem(raw, min, max) ?? rule?.(Number(raw))}
      parse={(raw) => Number(raw)}
    />
  );
}
