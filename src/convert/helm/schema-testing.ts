// A small JSON Schema checker for the keywords values.schema.json uses ($ref, type, enum,
// properties, additionalProperties, required, items, oneOf, minimum), so the tests can check the
// default values against the chart's schema without a schema library.
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  oneOf?: Schema[];
  items?: Schema;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  definitions?: Record<string, Schema>;
}

const typeOf = (v: unknown): string[] => {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (typeof v === 'number') return Number.isInteger(v) ? ['integer', 'number'] : ['number'];
  return [typeof v];
};

/** Where `value` breaks `schema` (paths like `web.sidecars.0.image`); empty when it fits. */
export function schemaErrors(
  value: unknown,
  schema: Schema,
  root: Schema = schema,
  at = '',
): string[] {
  if (schema.$ref) {
    const name = String(schema.$ref).replace('#/definitions/', '');
    return schemaErrors(value, root.definitions![name]!, root, at);
  }
  const errors: string[] = [];
  const where = at || '(root)';
  if (schema.type) {
    const types = [schema.type].flat();
    if (!typeOf(value).some((t) => types.includes(t))) return [`${where}: not ${types.join('|')}`];
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${where}: not one of the enum`);
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum)
    errors.push(`${where}: below ${schema.minimum}`);
  if (schema.oneOf) {
    const fits = schema.oneOf.filter((s) => !schemaErrors(value, s, root, at).length);
    if (fits.length !== 1) errors.push(`${where}: fits ${fits.length} of oneOf`);
  }
  const items = schema.items;
  if (Array.isArray(value) && items) {
    value.forEach((v, i) => errors.push(...schemaErrors(v, items, root, `${at}.${i}`)));
  }
  if (typeOf(value)[0] === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${where}: no ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key] ?? schema.additionalProperties;
      if (sub === false) errors.push(`${at}.${key}: not allowed`);
      else if (typeof sub === 'object') errors.push(...schemaErrors(v, sub, root, `${at}.${key}`));
    }
  }
  return errors;
}
