/** A plain object of converted data: a YAML mapping, an HCL object or block body. */
export type Plain = Record<string, unknown>;

/** Whether `value` is a plain object (not null, not a list). */
export function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
