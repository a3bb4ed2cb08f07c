// One pass over the lines of a text, noting what recognise.ts needs to name a format: the keys of
// the first levels of each YAML document, the block shapes of HCL, and Go template actions.
// No parsing and no regular expression runs over more than one line, so the cost is linear in the
// length of the text scanned (recognise.ts hands it a bounded prefix).

/** What a key's value looks like: from its own line, or from the first line after it. */
export type Shape = 'map' | 'seq' | 'scalar' | 'empty';

/** A YAML key of one of the first levels of a document (see LEVELS), as first seen. */
export interface KeyNode {
  /** 1-based. */
  line: number;
  shape: Shape;
  /** The value on the key's line, unquoted, when it is a plain one-line scalar; else `''`. */
  value: string;
  /** Keys of the map below it (empty on the last level noted). */
  children: Map<string, KeyNode>;
}

/** A `resource "type" "name" {` (or `data`) block of a Terraform file. */
export interface HclBlock {
  kind: 'resource' | 'data';
  type: string;
  name: string;
  line: number;
}

export interface ScanFacts {
  /** One entry per YAML document (split at `---`), top-level keys first. */
  docs: Map<string, KeyNode>[];
  hcl: {
    /** Top-level Terraform blocks: `resource "t" "n" {`, `variable "v" {`, `terraform {`, … */
    headers: number;
    /** Line of the first header; 0 when none. */
    firstHeader: number;
    /** Line of the first header, attribute or block; 0 when none. */
    firstLine: number;
    /** `name = value` lines. */
    attributes: number;
    /** Nested blocks: `metadata {`, `empty_dir {}`. */
    blocks: number;
    resources: HclBlock[];
  };
  /** Go template actions that can only be a chart template (see templateEvidence). */
  template: { lines: number; firstLine: number };
  /** `key: value` lines of YAML (outside block scalars). */
  keyLines: number;
  /** Lines looked at, blank ones included. */
  lines: number;
}

/** How many levels of keys are noted: values for a subchart need `chart.image.repository`. */
const LEVELS = 4;

/** Keys longer than this are not keys any format here uses: the rest of the line is not read. */
const MAX_KEY_LENGTH = 256;

/** Terraform's top-level block types, with how many labels each takes. */
const HCL_BLOCKS = new Map<string, number>([
  ['resource', 2],
  ['data', 2],
  ['provider', 1],
  ['variable', 1],
  ['output', 1],
  ['module', 1],
  ['check', 1],
  ['terraform', 0],
  ['locals', 0],
  ['moved', 0],
  ['import', 0],
  ['removed', 0],
]);

/** Notes the facts of `text`, line by line (`\n` or `\r\n`). */
export function scanText(text: string): ScanFacts {
  const facts: ScanFacts = {
    docs: [new Map()],
    hcl: { headers: 0, firstHeader: 0, firstLine: 0, attributes: 0, blocks: 0, resources: [] },
    template: { lines: 0, firstLine: 0 },
    keyLines: 0,
    lines: 0,
  };
  let stack: { indent: number; node: KeyNode | undefined }[] = [];
  let pending: { indent: number; node: KeyNode } | undefined;
  let seqIndent = -1; // inside a sequence (keys there are not recorded) while >= 0
  let blockParent: number | undefined; // inside a block scalar: lines indented more than this
  let heredoc: string | undefined; // inside an HCL heredoc until a line holding only this

  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    start = end + 1;
    const lineNo = ++facts.lines;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;

    const indent = indentOf(line);
    const content = line.slice(indent);
    if (heredoc !== undefined) {
      if (content.trimEnd() === heredoc) heredoc = undefined;
      continue;
    }
    if (blockParent !== undefined) {
      if (content === '' || indent > blockParent) continue;
      blockParent = undefined;
    }
    if (content === '' || content[0] === '#') continue;

    if (indent === 0 && isDocumentMarker(content)) {
      facts.docs.push(new Map());
      stack = [];
      pending = undefined;
      seqIndent = -1;
      if (isBlockIndicator(valueOf(content.slice(3)))) blockParent = -1;
      continue;
    }

    if (content.includes('{{') && templateEvidence(content)) {
      if (facts.template.lines++ === 0) facts.template.firstLine = lineNo;
    }
    heredoc = noteHcl(content, indent, lineNo, facts.hcl);

    // YAML: a sequence item, its dashes stripped, or a key.
    let at = 0;
    let dash = -1;
    while (content[at] === '-' && (at + 1 === content.length || isBlank(content[at + 1]))) {
      dash = indent + at;
      at = indentOf(content, at + 1);
    }
    const isDash = at > 0;
    const rest = content.slice(at);
    const column = indent + at;
    const key = keyOf(rest);
    if (key) facts.keyLines++;

    if (pending) {
      pending.node.shape =
        isDash && indent >= pending.indent
          ? 'seq'
          : indent > pending.indent
            ? key
              ? 'map'
              : 'scalar'
            : 'empty';
      pending = undefined;
    }
    const inSeq = seqIndent >= 0 && (indent > seqIndent || (indent === seqIndent && isDash));
    if (!inSeq) seqIndent = isDash ? indent : -1;

    if (isDash && rest === '') continue;
    if (!key) {
      // `- |`: a block scalar as a sequence item, indented more than its dash.
      if (isDash && isBlockIndicator(valueOf(rest))) blockParent = dash;
      continue;
    }
    if (isBlockIndicator(key.value)) blockParent = column;
    if (isDash || inSeq) continue;

    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack.length ? stack[stack.length - 1]!.node : undefined;
    const level = stack.length === 0 ? facts.docs[facts.docs.length - 1]! : parent?.children;
    let node: KeyNode | undefined;
    if (level && stack.length < LEVELS) {
      node = level.get(key.key);
      if (!node) {
        node = { line: lineNo, shape: shapeOf(key.value), value: '', children: new Map() };
        if (node.shape === 'scalar') node.value = unquote(key.value);
        level.set(key.key, node);
        if (key.value === '') pending = { indent, node };
      } else node = undefined; // a repeated key: the first one stands
    }
    stack.push({ indent, node: stack.length < LEVELS - 1 ? node : undefined });
  }
  return facts;
}

/** The index of the first character at or after `from` that is not a space or a tab. */
function indentOf(line: string, from = 0): number {
  let i = from;
  while (isBlank(line[i])) i++;
  return i;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

function isDocumentMarker(content: string): boolean {
  const head = content.slice(0, 3);
  if (head !== '---' && head !== '...') return false;
  return content.length === 3 || content[3] === ' ' || content[3] === '\t';
}

/** `key: value` at the start of `s`: the key unquoted, the value without its comment. */
function keyOf(s: string): { key: string; value: string } | undefined {
  const limit = Math.min(s.length, MAX_KEY_LENGTH);
  const q = s[0];
  let colon = -1;
  let key: string;
  if (q === '"' || q === "'") {
    let j = 1;
    for (; j < limit; j++) {
      if (q === '"' && s[j] === '\\') j++;
      else if (s[j] === q) break;
    }
    if (j >= limit) return undefined;
    key = s.slice(1, j);
    const after = indentOf(s, j + 1);
    if (s[after] !== ':') return undefined;
    colon = after;
  } else {
    if (q === undefined || '#{[]}&*!|>%@`,?'.includes(q)) return undefined;
    for (let j = 0; j < limit; j++) {
      const c = s[j];
      if (c === ':' && (j + 1 === s.length || s[j + 1] === ' ' || s[j + 1] === '\t')) {
        colon = j;
        break;
      }
      if (c === '#' && (s[j - 1] === ' ' || s[j - 1] === '\t')) return undefined;
    }
    if (colon < 0) return undefined;
    key = s.slice(0, colon).trimEnd();
  }
  if (colon + 1 < s.length && s[colon + 1] !== ' ' && s[colon + 1] !== '\t') return undefined;
  return { key, value: valueOf(s.slice(colon + 1)) };
}

/** A value's text without a trailing comment, anchors and tags (`&x`, `!!str`) dropped. */
function valueOf(s: string): string {
  let v = s.trim();
  for (let n = 0; n < 2 && (v[0] === '&' || v[0] === '!'); n++) {
    const space = v.search(/[ \t]/);
    v = space < 0 ? '' : v.slice(space).trimStart();
  }
  if (v[0] === '"' || v[0] === "'") return v;
  const comment = v.search(/[ \t]#/);
  return comment < 0 ? v : v.slice(0, comment).trimEnd();
}

/** `|`, `>-`, `|+2`: a block scalar starts on the next line. */
function isBlockIndicator(v: string): boolean {
  if (v[0] !== '|' && v[0] !== '>') return false;
  for (let i = 1; i < v.length; i++) if (!'+-0123456789'.includes(v[i]!)) return false;
  return true;
}

function shapeOf(v: string): Shape {
  if (v === '') return 'empty'; // until the next line says otherwise
  if (v[0] === '[') return 'seq';
  if (v[0] === '{' && v[1] !== '{') return 'map';
  return 'scalar';
}

function unquote(v: string): string {
  const q = v[0];
  if ((q === '"' || q === "'") && v.length >= 2 && v[v.length - 1] === q) return v.slice(1, -1);
  return isBlockIndicator(v) ? '' : v;
}

/** Names a chart's template can hold that no Kubernetes object means. */
const HELM_OBJECTS = ['.Values', '.Release.', '.Chart.', '.Capabilities.', '.Files.', '.Template.'];
const HELM_FUNCTIONS = ['include ', 'template ', 'toYaml ', 'tpl ', 'define ', 'required '];
/** Go template actions that stand on a line of their own in a chart: `{{- if … }}`, `{{ end }}`. */
const GO_ACTIONS = ['if ', 'else', 'end', 'range ', 'with ', 'block ', '/*', '.', '$'];

/**
 * Whether a line holds a `{{ … }}` action only a chart template has: one naming Helm's objects or
 * functions (`.Values.x`, `include "…"`) anywhere, or any Go template action opening the line
 * (`{{- if .Values.x }}`, `{{ end }}`), which YAML never starts a line with. Template text inside
 * a quoted value that names neither (`"{{ $labels.pod }} is down"` in a PrometheusRule, Argo's
 * `"{{inputs.parameters.x}}"`) is a Kubernetes object's data, not a template.
 */
function templateEvidence(content: string): boolean {
  const opensLine = content.startsWith('{{');
  let from = 0;
  for (let n = 0; n < 16; n++) {
    const open = content.indexOf('{{', from);
    if (open < 0) return false;
    const close = content.indexOf('}}', open + 2);
    let inner = content.slice(open + 2, close < 0 ? undefined : close);
    if (inner[0] === '-') inner = inner.slice(1);
    inner = inner.trimStart();
    if (HELM_OBJECTS.some((o) => inner.includes(o))) return true;
    if (HELM_FUNCTIONS.some((f) => inner.startsWith(f))) return true;
    if (opensLine && GO_ACTIONS.some((a) => inner.startsWith(a))) return true;
    if (close < 0) return false;
    from = close + 2;
  }
  return false;
}

function identLength(s: string, from: number): number {
  let i = from;
  while (i < s.length && /[A-Za-z0-9_-]/.test(s[i]!)) i++;
  return i > from && /[A-Za-z_]/.test(s[from]!) ? i - from : 0;
}

/** `ident "label" "label" {`: the labels, or undefined when the line is not a block opening. */
function blockLabels(s: string, from: number): string[] | undefined {
  const labels: string[] = [];
  let i = from;
  for (;;) {
    i = indentOf(s, i);
    if (s[i] === '{') return labels;
    if (s[i] !== '"' || labels.length === 3) return undefined;
    const close = s.indexOf('"', i + 1);
    if (close < 0) return undefined;
    labels.push(s.slice(i + 1, close));
    i = close + 1;
  }
}

/** Notes one line's HCL shape; returns the heredoc marker when it opens one (`x = <<-EOT`). */
function noteHcl(
  content: string,
  indent: number,
  line: number,
  hcl: ScanFacts['hcl'],
): string | undefined {
  const n = identLength(content, 0);
  if (n === 0) return undefined;
  const word = content.slice(0, n);
  const after = indentOf(content, n);
  if (content[after] === '=' && !'=>~'.includes(content[after + 1] ?? ' ')) {
    hcl.attributes++;
    hcl.firstLine ||= line;
    const heredoc = content.lastIndexOf('<<');
    if (heredoc < 0) return undefined;
    const marker = content.slice(heredoc + (content[heredoc + 2] === '-' ? 3 : 2)).trimEnd();
    return marker && identLength(marker, 0) === marker.length ? marker : undefined;
  }
  const labels = blockLabels(content, n);
  if (!labels) return undefined;
  hcl.firstLine ||= line;
  if (indent === 0 && HCL_BLOCKS.get(word) === labels.length) {
    if (hcl.headers++ === 0) hcl.firstHeader = line;
    if (word === 'resource' || word === 'data') {
      hcl.resources.push({ kind: word, type: labels[0]!, name: labels[1]!, line });
    }
  } else hcl.blocks++;
  return undefined;
}
