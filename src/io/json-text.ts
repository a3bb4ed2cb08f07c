import { formatPath, type PathSegment } from '../yaml/path.ts';

/** Says, in words, what at `path` did not carry over into JSON exactly. */
export type NoteFn = (path: readonly PathSegment[], message: string) => void;

/**
 * JSON text (indented like `JSON.stringify(v, null, 2)`) for a value from `yaml`'s
 * `toJS({ mapAsMap: true })` with `intAsBigInt`: maps keep their key order (a plain object would
 * move integer-like keys first), big integers keep every digit. What JSON cannot hold is written
 * as close as it can be and reported through `note`: `.inf` and `.nan`, keys that are not
 * strings, keys that collide once they are strings, binary data, sets, dates, and cycles.
 */
export function jsonText(value: unknown, note: NoteFn): string {
  return write(value, '', [], note, new Set());
}

function write(
  value: unknown,
  indent: string,
  path: PathSegment[],
  note: NoteFn,
  open: Set<object>,
): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return JSON.stringify(value);
    note(path, `${yamlNumber(value)} has no JSON form: written as null.`);
    return 'null';
  }
  if (value instanceof Uint8Array) {
    note(path, 'binary data (!!binary) is written as base64 text.');
    return JSON.stringify(base64(value));
  }
  if (value instanceof Date) {
    note(path, 'a timestamp is written as ISO 8601 text.');
    return JSON.stringify(Number.isNaN(value.getTime()) ? String(value) : value.toISOString());
  }
  if (typeof value !== 'object') {
    note(path, 'a value with no JSON form is written as null.');
    return 'null';
  }
  if (open.has(value)) {
    note(path, 'refers to itself (a recursive alias): written as null.');
    return 'null';
  }
  open.add(value);
  try {
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      const items = value.map((v, i) => inner + write(v, inner, [...path, i], note, open));
      return items.length ? `[\n${items.join(',\n')}\n${indent}]` : '[]';
    }
    if (value instanceof Set) {
      note(path, 'a set (!!set) is written as an object whose values are null.');
      return object(
        [...value].map((k) => [k, null]),
        inner,
        indent,
        path,
        note,
        open,
      );
    }
    const entries = value instanceof Map ? [...value] : Object.entries(value);
    return object(entries, inner, indent, path, note, open);
  } finally {
    open.delete(value);
  }
}

function object(
  entries: [unknown, unknown][],
  inner: string,
  indent: string,
  path: PathSegment[],
  note: NoteFn,
  open: Set<object>,
): string {
  const byKey = new Map<string, unknown>();
  for (const [rawKey, v] of entries) {
    const key = keyText(rawKey, path, note, open);
    if (byKey.has(key)) {
      note(
        path,
        `the key ${JSON.stringify(key)} appears twice once keys are text: only the last is kept.`,
      );
      byKey.delete(key); // the last one wins, in its own place (as JSON.parse would read it)
    }
    byKey.set(key, v);
  }
  const lines = [...byKey].map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner, [...path, k], note, open)}`,
  );
  return lines.length ? `{\n${lines.join(',\n')}\n${indent}}` : '{}';
}

/** A JSON object key for a YAML key: scalars as Kubernetes' YAML reader turns them into text. */
function keyText(key: unknown, path: PathSegment[], note: NoteFn, open: Set<object>): string {
  if (typeof key === 'string') return key;
  if (key === null || ['number', 'bigint', 'boolean'].includes(typeof key)) {
    const text = typeof key === 'number' && !Number.isFinite(key) ? yamlNumber(key) : String(key);
    note(path, `the key ${text} is not text: written as ${JSON.stringify(text)}.`);
    return text;
  }
  // A map or list as a key (`? [a, b]`): JSON keys are text, so its compact JSON is the key.
  const text = write(key, '', path, () => {}, open).replace(/\n\s*/g, '');
  note(path, `a key that is a map or a list has no JSON form: written as the text ${text}.`);
  return text;
}

function yamlNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  return n > 0 ? '.inf' : '-.inf';
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (what a Secret's `data` holds), without any platform API. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
}

/** `data.key`, or `top level` for the document itself. */
export function where(path: readonly PathSegment[]): string {
  return path.length ? formatPath(path) : 'top level';
}
