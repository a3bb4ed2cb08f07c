import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedDesign } from './parse.ts';
import type { Path, PathSegment } from './path.ts';

export interface SourceSpan {
  /** Offsets into the whole text, end exclusive. */
  start: number;
  end: number;
  /** 1-based position of `start`. */
  line: number;
  column: number;
}

/** The node at `path` in one document, or `undefined`. Aliases are not followed. */
export function nodeAt(parsed: ParsedDesign, document: number, path: Path): Node | undefined {
  const doc = parsed.documents[document];
  if (!doc) return undefined;
  let node: unknown = doc.contents;
  for (const seg of path) {
    node = childOf(node, seg);
    if (node === undefined) return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

function childOf(node: unknown, seg: PathSegment): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => keyOf(p.key) === seg);
    return pair?.value ?? (pair ? null : undefined);
  }
  if (isSeq(node) && typeof seg === 'number') return node.items[seg];
  return undefined;
}

/** The plain value of a map key node (`name` for `name:`); numbers stay numbers. */
export function keyOf(key: unknown): PathSegment | undefined {
  if (isScalar(key)) {
    const v = key.value;
    return typeof v === 'number' ? String(v) : typeof v === 'string' ? v : String(v);
  }
  return undefined;
}

/**
 * Where `path` is in the text. With `key: true` a map entry's key is located instead of its value,
 * which is where kubectl-style messages point. Falls back to the nearest existing ancestor, so a
 * missing field points at the object that should hold it.
 */
export function spanOf(
  parsed: ParsedDesign,
  document: number,
  path: Path,
  opts: { key?: boolean } = {},
): SourceSpan | undefined {
  const doc = parsed.documents[document];
  if (!doc) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const span = exactSpan(
      parsed,
      document,
      path.slice(0, n),
      opts.key === true || n < path.length,
    );
    if (span) return span;
  }
  return toSpan(parsed, doc.range[0], doc.range[1]);
}

function exactSpan(
  parsed: ParsedDesign,
  document: number,
  path: Path,
  preferKey: boolean,
): SourceSpan | undefined {
  const last = path[path.length - 1];
  if (preferKey && typeof last === 'string') {
    const parent = nodeAt(parsed, document, path.slice(0, -1));
    if (isMap(parent)) {
      const pair = parent.items.find((p) => keyOf(p.key) === last);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return toSpan(parsed, range[0], range[1]);
    }
  }
  const node = nodeAt(parsed, document, path);
  if (node && node.range) return toSpan(parsed, node.range[0], node.range[1]);
  return undefined;
}

function toSpan(parsed: ParsedDesign, start: number, end: number): SourceSpan {
  const { line, col } = parsed.lineCounter.linePos(start);
  return { start, end, line, column: col };
}

/** 1-based line/column to an offset in the text (clamped to the text). */
export function offsetAt(parsed: ParsedDesign, line: number, column: number): number {
  const starts = parsed.lineCounter.lineStarts;
  const lineStart = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(lineStart + Math.max(column, 1) - 1, parsed.text.length);
}

/**
 * The deepest node path that contains `offset`, with its document index: the inverse of
 * {@link spanOf}. A position on a key counts as that entry.
 */
export function pathAt(
  parsed: ParsedDesign,
  offset: number,
): { document: number; path: Path } | undefined {
  const document = parsed.documents.findIndex((d) => d.range[0] <= offset && offset < d.range[2]);
  const doc = parsed.documents[document];
  if (!doc) return undefined;
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    const next = step(node, offset);
    if (!next) break;
    path.push(next.seg);
    node = next.node;
  }
  return { document, path };
}

function step(node: unknown, offset: number): { seg: PathSegment; node: unknown } | undefined {
  if (isAlias(node)) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as Node | null;
      const v = pair.value as Node | null;
      const start = k?.range?.[0] ?? v?.range?.[0];
      const end = v?.range?.[1] ?? k?.range?.[1];
      const seg = keyOf(pair.key);
      if (start === undefined || end === undefined || seg === undefined) continue;
      if (offset >= start && offset < Math.max(end, start + 1)) {
        const onKey = k?.range && offset < k.range[1];
        return { seg, node: onKey ? undefined : v };
      }
    }
  }
  if (isSeq(node)) {
    let found: { seg: number; node: unknown } | undefined;
    node.items.forEach((item, i) => {
      const r = (item as Node | null)?.range;
      // Items start after their "- "; count the dash too by taking the last item that starts before.
      if (r && r[0] <= offset + 2 && offset < r[1]) found = { seg: i, node: item };
    });
    return found;
  }
  return undefined;
}
