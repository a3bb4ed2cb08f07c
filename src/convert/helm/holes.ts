import { yamlText } from './yaml-text.ts';

/** Template lines for a hole whose line is indented `indent` spaces; each line gets that indent. */
export type Block = (indent: number) => string[];

/** A Go template string literal (JSON's escapes are a subset of Go's). */
export const goString = (text: string): string => JSON.stringify(text);

/**
 * Writes an object as a Helm template: plain YAML, with holes where actions go. The object is
 * built with tokens in place of the holes ({@link Holes.value} as a value, {@link Holes.line}
 * as a map key or a list item); {@link Holes.render} writes it as YAML that YAML 1.1 and 1.2 read
 * alike, escapes every `{{` of the object's own text so that Go's template engine prints it as
 * it is, then puts the actions in.
 */
export class Holes {
  private readonly prefix: string;
  private readonly values = new Map<string, string>();
  private readonly lines = new Map<string, Block>();

  /** `avoid`: text the tokens must not occur in (the design). */
  constructor(avoid: string) {
    let n = 0;
    while (avoid.includes(`PODSMITHHOLE${n}`)) n++;
    this.prefix = `PODSMITHHOLE${n}`;
  }

  /** A token for a value, replaced by `action` (`{{ toJson .Values.web.replicaCount }}`). */
  value(action: string): string {
    const token = `${this.prefix}V${this.values.size}X`;
    this.values.set(token, action);
    return token;
  }

  /** A token for a whole line (a map key whose value is null, or a list item). */
  line(block: Block): string {
    const token = `${this.prefix}L${this.lines.size}X`;
    this.lines.set(token, block);
    return token;
  }

  /** The template text of `tree`. */
  render(tree: unknown): string {
    const text = yamlText(tree).replaceAll('{{', '{{ "{{" }}');
    const linePattern = new RegExp(`^( *)(?:- )?(${this.prefix}L\\d+X)(?:: null)?$`);
    return text
      .split('\n')
      .flatMap((line) => {
        const m = linePattern.exec(line);
        if (m) return this.lines.get(m[2]!)!(m[1]!.length).map((l) => m[1]! + l);
        return [line.replace(new RegExp(`${this.prefix}V\\d+X`, 'g'), (t) => this.values.get(t)!)];
      })
      .join('\n');
  }
}

/**
 * `field:` (by default `key:`) and the value `v` holds under `key`, when `v` has that key: in
 * YAML below it, or for a `scalar` on its line, as JSON (a number stays as it is, not `1e+06`).
 */
export const keyedBlock =
  (v: string, key: string, scalar = false, field = key): Block =>
  (i) => [
    `{{- if hasKey ${v} ${goString(key)} }}`,
    ...(scalar
      ? [`${field}: {{ toJson ${v}.${key} }}`]
      : [`${field}:`, `  {{- toYaml ${v}.${key} | nindent ${i + 2} }}`]),
    '{{- end }}',
  ];

type Obj = Record<string, unknown>;

/**
 * `obj` with `key` replaced by `newKey: value` where `key` was (or, when `obj` lacks `key`, at
 * `index`, which defaults to the end), keeping the order of the other keys.
 */
export function putAt(obj: Obj, key: string, newKey: string, value: unknown, index?: number): Obj {
  const entries = Object.entries(obj);
  const at = entries.findIndex(([k]) => k === key);
  if (at >= 0) entries.splice(at, 1, [newKey, value]);
  else entries.splice(index ?? entries.length, 0, [newKey, value]);
  return Object.fromEntries(entries);
}
