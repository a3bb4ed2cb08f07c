import {
  isMap,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { keyOf } from '../yaml/locate.ts';
import type { Path } from '../yaml/path.ts';
import { clampIndex, type Change } from './change.ts';
import { renderNode, type Wrap } from './render.ts';
import type { TextStyle } from './style.ts';

/** Replace `text[from, to)` with `insert`. */
export interface Splice {
  from: number;
  to: number;
  insert: string;
}

interface Ctx {
  text: string;
  /** The document as parsed from `text`. */
  doc: Document.Parsed;
  /** The same document with the change applied: what the splice must reproduce. */
  expected: Document;
  style: TextStyle;
}

/**
 * Plans the smallest text splice that turns `doc` into `expected` for one change, so text outside
 * the edited node stays byte for byte. Returns `undefined` when only re-rendering the whole
 * document would do (the caller checks every splice against `expected` anyway).
 */
export function planSplice(ctx: Ctx, change: Change): Splice | undefined {
  if (change.type === 'delete') return planDelete(ctx, change.path);
  if (change.type === 'set') return planSet(ctx, change.path, change.before);
  return planInsert(ctx, change.path, change.index, change.before, change.source);
}

/** The node at `path`: `null` for an existing key with no value, `undefined` when absent. */
function lookup(doc: Document, path: Path): Node | null | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p.key) === seg);
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg >= node.items.length) return undefined;
      node = node.items[seg];
    } else return undefined;
  }
  return (node ?? null) as Node | null;
}

function expectedNode(ctx: Ctx, path: Path): Node {
  const node = lookup(ctx.expected, path);
  return node ?? new Scalar(null);
}

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const column = (text: string, pos: number) => pos - lineStart(text, pos);
const startsLine = (text: string, pos: number) =>
  text.slice(lineStart(text, pos), pos).trim() === '';

/** Past the newline that ends the line holding `pos` (or the end of the text). */
function lineEndAfter(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * Past the comment lines from line start `pos` indented deeper than `col`, and the blank lines
 * between them. After the last entry of a collection whose entries start at `col`, such comments
 * sit inside that entry (yaml ends its value after them): whatever is added after the entry goes
 * below them, else it would take them in (and take them out again when it is removed).
 */
function pastDeeperComments(text: string, pos: number, col: number): number {
  let end = pos;
  let at = pos;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    const line = text.slice(at, next);
    if (/^[ \t]*\r?\n?$/.test(line)) {
      at = next;
      continue;
    }
    const indent = /^( *)#/.exec(line)?.[1]?.length;
    if (indent === undefined || indent <= col) break;
    at = next;
    end = next;
  }
  return end;
}

/** End of a node's value, without the line break block nodes include. */
export function valueEnd(text: string, node: Node): number {
  const [start, end] = node.range!;
  let e = end;
  while (e > start && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return e;
}

/** Start of the comment lines directly above `pos` at the same column (they belong to what follows). */
export function withLeadingComments(text: string, pos: number, col: number): number {
  let ls = lineStart(text, pos);
  while (ls > 0) {
    const prev = lineStart(text, ls - 1);
    const line = text.slice(prev, ls);
    if (!line.trim().startsWith('#') || line.indexOf('#') !== col) break;
    ls = prev;
  }
  return ls;
}

/** Shifts every line but the first by `shift` columns (only spaces are removed). */
function reindent(text: string, shift: number, eol: string): string {
  const lines = text.split(/\r?\n/);
  return lines
    .map((line, i) => {
      if (i === 0 || shift === 0 || line === '') return line;
      if (shift > 0) return ' '.repeat(shift) + line;
      const spaces = /^ */.exec(line)![0].length;
      return line.slice(Math.min(spaces, -shift));
    })
    .join(eol);
}

/**
 * Position of the `-` that introduces a block sequence item, or -1. The item may start lines
 * below its dash, past a comment on the dash's line (`- # the app`, as yaml writes a comment
 * before an item's first key) and comment lines.
 */
export function dashOf(text: string, item: Node): number {
  let i = item.range![0] - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  // Up over blank and comment lines to the dash's own line, which a comment may end.
  while (i >= 0 && text[i] === '\n') {
    const from = lineStart(text, i);
    const line = text.slice(from, i).replace(/\r$/, '');
    const dash = /^[ \t]*-(?=[ \t]+#|[ \t]*$)/.exec(line);
    if (dash) return from + dash[0].length - 1;
    if (!/^[ \t]*(#.*)?$/.test(line)) return -1;
    i = from - 1;
  }
  return text[i] === '-' ? i : -1;
}

function isBlock(node: unknown): node is YAMLMap | YAMLSeq {
  return (isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0;
}

function render(ctx: Ctx, node: Node, wrap: Wrap, col: number): string {
  return renderNode(node, wrap, ctx.style, col);
}

/**
 * Renders a sequence item the way the sequence already writes them: some files put the content
 * further from the dash (`-   name: x` in 4-space styles); the renderer always writes `- name: x`.
 */
function renderItem(ctx: Ctx, node: Node, seq: YAMLSeq, col: number): string {
  const out = render(ctx, node, 'item', col);
  const sample = seq.items.find((i) => (i as Node | null)?.range) as Node | undefined;
  const dash = sample ? dashOf(ctx.text, sample) : -1;
  const gap = dash === -1 ? 1 : sample!.range![0] - dash - 1;
  if (gap <= 1 || !out.startsWith('- ') || ctx.text.slice(dash, sample!.range![0]).includes('\n'))
    return out;
  const extra = ' '.repeat(gap - 1);
  const lines = out.split(ctx.style.eol);
  return lines
    .map((l, i) => (i === 0 ? '-' + extra + l.slice(1) : l === '' ? l : extra + l))
    .join(ctx.style.eol);
}

/** Insert whole lines at a line start `pos`. */
function insertLines(ctx: Ctx, pos: number, line: string): Splice {
  const { text, style } = ctx;
  const needsBreak = pos === text.length && text.length > 0 && !text.endsWith('\n');
  return { from: pos, to: pos, insert: (needsBreak ? style.eol : '') + line + style.eol };
}

function planSet(ctx: Ctx, path: Path, before?: string): Splice | undefined {
  const { text, doc } = ctx;
  // A whole new document: the caller re-renders it.
  if (path.length === 0) return undefined;
  // Find the deepest part of the path that exists.
  let depth = path.length;
  while (depth > 0 && lookup(doc, path.slice(0, depth)) === undefined) depth--;
  if (depth < path.length) {
    const holder = lookup(doc, path.slice(0, depth));
    const key = path[depth];
    if (!isMap(holder) || typeof key !== 'string') return escalate(ctx, path.slice(0, depth));
    return insertPair(
      ctx,
      path.slice(0, depth),
      holder,
      key,
      depth === path.length - 1 ? before : undefined,
    );
  }
  const parentPath = path.slice(0, -1);
  const parent = lookup(doc, parentPath);
  const target = lookup(doc, path);
  const next = expectedNode(ctx, path);
  if (
    isScalar(target) &&
    target.range &&
    isScalar(next) &&
    !(target.type ?? '').startsWith('BLOCK')
  ) {
    const replacement = next.clone() as Scalar;
    // A value of several lines is written as a block scalar, quoted before or not: its header
    // line is where a comment after the old value can go. A flow collection (the parent when it
    // is not a block) cannot hold a block scalar: there it is written double-quoted, in place.
    const flow = !isBlock(parent);
    const lines = typeof next.value === 'string' && next.value.includes('\n');
    const keepQuotes =
      typeof next.value === 'string' &&
      !lines &&
      (target.type === 'QUOTE_DOUBLE' || target.type === 'QUOTE_SINGLE');
    if (keepQuotes && !next.type) replacement.type = target.type;
    if (flow && lines && !next.type) replacement.type = 'QUOTE_DOUBLE';
    const from = target.range[0];
    const to = valueEnd(text, target);
    const indent = /^ */.exec(text.slice(lineStart(text, from)))![0].length;
    const wrap = flow ? 'flow' : 'value';
    const insert = render(ctx, replacement, wrap, indent + ctx.style.indent);
    const eol = insert.indexOf(ctx.style.eol);
    if (eol === -1 || flow) return { from, to, insert };
    // A block scalar: a comment after the old value moves up to its header line, since below it
    // would become part of the text.
    let end = text.indexOf('\n', to);
    if (end === -1) end = text.length;
    else if (text[end - 1] === '\r') end--;
    return {
      from,
      to: end,
      insert: insert.slice(0, eol) + text.slice(to, end) + insert.slice(eol),
    };
  }
  if (isBlock(parent) && isMap(parent)) {
    const pair = parent.items.find((p) => keyOf(p.key) === path[path.length - 1]);
    const keyNode = pair?.key as Node | undefined;
    if (!keyNode?.range) return escalate(ctx, parentPath);
    const end = target?.range ? valueEnd(text, target) : keyNode.range[1];
    const col = column(text, keyNode.range[0]);
    return {
      from: keyNode.range[0],
      to: end,
      insert: render(ctx, next, { pair: String(path[path.length - 1]), key: keyNode }, col),
    };
  }
  if (isBlock(parent) && isSeq(parent) && target?.range) {
    const dash = dashOf(text, target);
    if (dash === -1) return escalate(ctx, parentPath);
    return {
      from: dash,
      to: valueEnd(text, target),
      insert: renderItem(ctx, next, parent, column(text, dash)),
    };
  }
  return escalate(ctx, parentPath);
}

/** Re-render the node at `path` whole, from the expected document. */
function escalate(ctx: Ctx, path: Path): Splice | undefined {
  if (path.length === 0) return undefined;
  return planSet(ctx, path);
}

function insertPair(
  ctx: Ctx,
  mapPath: Path,
  map: YAMLMap,
  key: string,
  before?: string,
): Splice | undefined {
  const { text } = ctx;
  if (!isBlock(map)) return escalate(ctx, mapPath);
  const firstKey = map.items[0]!.key as Node;
  if (!firstKey.range) return escalate(ctx, mapPath);
  const col = column(text, firstKey.range[0]);
  const line =
    ' '.repeat(col) + render(ctx, expectedNode(ctx, [...mapPath, key]), { pair: key }, col);
  const sibling = before === undefined ? undefined : map.items.find((p) => keyOf(p.key) === before);
  const siblingKey = sibling?.key as Node | undefined;
  if (siblingKey?.range && startsLine(text, siblingKey.range[0])) {
    return insertLines(ctx, withLeadingComments(text, siblingKey.range[0], col), line);
  }
  const last = map.items[map.items.length - 1]!;
  const lastNode = (last.value as Node | null)?.range ? (last.value as Node) : (last.key as Node);
  return insertLines(
    ctx,
    pastDeeperComments(text, lineEndAfter(text, valueEnd(text, lastNode)), col),
    line,
  );
}

function planInsert(
  ctx: Ctx,
  path: Path,
  index: number | undefined,
  before?: string,
  source?: { text: string; column: number },
): Splice | undefined {
  const { text, doc } = ctx;
  const seq = lookup(doc, path);
  if (seq === undefined || seq === null) return planSet(ctx, path, before);
  if (!isSeq(seq) || !isBlock(seq)) return escalate(ctx, path);
  const at = clampIndex(index, seq.items.length);
  const first = seq.items[0] as Node;
  const firstDash = first?.range ? dashOf(text, first) : -1;
  if (firstDash === -1) return escalate(ctx, path);
  const col = column(text, firstDash);
  const item = source
    ? reindent(source.text, col - source.column, ctx.style.eol)
    : renderItem(ctx, expectedNode(ctx, [...path, at]), seq, col);
  const line = ' '.repeat(col) + item;
  if (at < seq.items.length) {
    const dash = dashOf(text, seq.items[at] as Node);
    if (dash === -1 || !startsLine(text, dash)) return escalate(ctx, path);
    return insertLines(ctx, withLeadingComments(text, dash, col), line);
  }
  const last = seq.items[seq.items.length - 1] as Node;
  if (!last?.range) return escalate(ctx, path);
  return insertLines(
    ctx,
    pastDeeperComments(text, lineEndAfter(text, valueEnd(text, last)), col),
    line,
  );
}

function planDelete(ctx: Ctx, path: Path): Splice | undefined {
  const { text, doc } = ctx;
  const target = lookup(doc, path);
  if (target === undefined) return { from: 0, to: 0, insert: '' };
  const parentPath = path.slice(0, -1);
  const parent = lookup(doc, parentPath);
  const stillHasItems = (lookup(ctx.expected, parentPath) as YAMLMap | YAMLSeq | null)?.items
    ?.length;
  if (!isBlock(parent) || !stillHasItems) return escalate(ctx, parentPath);
  let start: number;
  if (isMap(parent)) {
    const keyNode = parent.items.find((p) => keyOf(p.key) === path[path.length - 1])?.key as
      Node | undefined;
    if (!keyNode?.range) return escalate(ctx, parentPath);
    start = keyNode.range[0];
  } else {
    start = target?.range ? dashOf(text, target) : -1;
  }
  if (start === -1 || !startsLine(text, start)) return escalate(ctx, parentPath);
  const endNode = target?.range ? target : undefined;
  const end = endNode ? valueEnd(text, endNode) : start;
  return { from: lineStart(text, start), to: lineEndAfter(text, end), insert: '' };
}
