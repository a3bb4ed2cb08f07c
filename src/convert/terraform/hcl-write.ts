// A small HCL writer: blocks, attributes, objects and lists, in the canonical layout `terraform
// fmt` (hclwrite.Format) gives, so formatting the output changes nothing. Strings are always
// quoted (never heredocs) and escaped, so every value reads back exactly.

/** A value HCL writes as a literal: what a YAML document holds. */
export type HclValue =
  string | number | boolean | null | readonly HclValue[] | { readonly [key: string]: HclValue };

/** `name = value`. */
export interface HclAttribute {
  attribute: string;
  value: HclValue;
}

/** `type "label" … { body }`, with comment lines (the text after each `#`) written above it. */
export interface HclBlock {
  block: string;
  labels?: readonly string[];
  body: HclBody;
  comments?: readonly string[];
}

export type HclBody = readonly (HclAttribute | HclBlock)[];

/** A key HCL reads bare; anything else is quoted. Keywords are quoted to stay plain keys. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);

/**
 * A quoted HCL string holding exactly `text`: backslash escapes for quotes, backslashes and
 * control characters, and `${` / `%{` doubled (`$${`, `%%{`) so they are not read as templates.
 */
export function hclString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `"${out.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{')}"`;
}

/** An object key or attribute name: bare when HCL reads it back as the same text, else quoted. */
export function hclKey(key: string): string {
  return IDENTIFIER.test(key) && !KEYWORDS.has(key) ? key : hclString(key);
}

/**
 * A resource name made an identifier (`web.v1` → `web_v1`, `1st` → `_1st`) and unique among
 * `taken`, which it joins.
 */
export function resourceLabel(name: string, taken: Set<string>): string {
  let base = name.replace(/[^A-Za-z0-9_-]/g, '_');
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  let label = base;
  for (let n = 2; taken.has(label); n++) label = `${base}_${n}`;
  taken.add(label);
  return label;
}

/** One output line: `lead` after the indent, and ` = value` when it assigns on one line. */
interface Line {
  indent: number;
  lead: string;
  assign?: string;
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : hclString(String(value));
  return String(value);
}

function isObject(value: HclValue): value is { readonly [key: string]: HclValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value on one line, when it fits there: scalars, lists of scalars, empty collections. */
function inline(value: HclValue): string | undefined {
  if (Array.isArray(value)) {
    const items = value.map((v) => (v !== null && typeof v === 'object' ? undefined : scalar(v)));
    if (items.some((i) => i === undefined)) return undefined;
    return `[${items.join(', ')}]`;
  }
  if (isObject(value)) return Object.keys(value).length === 0 ? '{}' : undefined;
  return scalar(value as string | number | boolean | null);
}

/** Lines of a value: `key = value` for an attribute, `value,` for a list item (`key` absent). */
function valueLines(value: HclValue, key: string | undefined, indent: number, out: Line[]): void {
  const after = key === undefined ? ',' : '';
  const one = inline(value);
  if (one !== undefined) {
    out.push(
      key === undefined ? { indent, lead: `${one},` } : { indent, lead: key, assign: `= ${one}` },
    );
    return;
  }
  const open = key === undefined ? '' : `${key} = `;
  if (Array.isArray(value)) {
    out.push({ indent, lead: `${open}[` });
    for (const item of value as readonly HclValue[]) valueLines(item, undefined, indent + 1, out);
    out.push({ indent, lead: `]${after}` });
    return;
  }
  out.push({ indent, lead: `${open}{` });
  for (const [k, v] of Object.entries(value as { [key: string]: HclValue }))
    valueLines(v, hclKey(k), indent + 1, out);
  out.push({ indent, lead: `}${after}` });
}

function bodyLines(body: HclBody, indent: number, out: Line[]): void {
  body.forEach((item, i) => {
    if ('attribute' in item) {
      valueLines(item.value, hclKey(item.attribute), indent, out);
      return;
    }
    // Top-level blocks stand apart, as `terraform fmt` users keep them.
    if (indent === 0 && i > 0) out.push({ indent, lead: '' });
    for (const c of item.comments ?? []) out.push({ indent, lead: `#${c}`.trimEnd() });
    const head = [item.block, ...(item.labels ?? []).map(hclString)].join(' ');
    if (item.body.length === 0) {
      out.push({ indent, lead: `${head} {}` });
      return;
    }
    out.push({ indent, lead: `${head} {` });
    bodyLines(item.body, indent + 1, out);
    out.push({ indent, lead: '}' });
  });
}

/**
 * The `=` of consecutive one-line assignments lines up one space after the longest name, as
 * hclwrite.Format aligns them; a blank line, a block or a multi-line value ends the run.
 */
function align(lines: Line[]): void {
  let start = 0;
  while (start < lines.length) {
    if (lines[start]!.assign === undefined) {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && lines[end]!.assign !== undefined) end++;
    const run = lines.slice(start, end);
    const width = Math.max(...run.map((l) => l.lead.length));
    for (const l of run) l.lead = l.lead.padEnd(width);
    start = end;
  }
}

/** HCL text for `body`, in canonical format, ending with a newline. */
export function writeHcl(body: HclBody): string {
  const lines: Line[] = [];
  bodyLines(body, 0, lines);
  align(lines);
  return lines
    .map((l) => {
      const text = l.assign === undefined ? l.lead : `${l.lead} ${l.assign}`;
      return text ? '  '.repeat(l.indent) + text : '';
    })
    .join('\n')
    .concat('\n');
}
