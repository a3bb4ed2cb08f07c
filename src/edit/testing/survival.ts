import { isCollection, isMap, isSeq, Parser, type Node } from 'yaml';
import { keyOf, nodeAt } from '../../yaml/locate.ts';
import type { ParsedDesign } from '../../yaml/parse.ts';
import type { Path } from '../../yaml/path.ts';
import { dashOf } from '../splice.ts';

/** A span of the text, `[from, to)`, that an edit removes on purpose. */
export type Region = readonly [number, number];

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const lineEnd = (text: string, pos: number) => {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
};

/**
 * Where the node at `path` sits in the text, as a region an edit that removes it may drop: for an
 * entry of a block collection, its whole lines (key or dash line through the value's last line)
 * plus the comment lines directly above it at its column, which belong to it; for a flow entry,
 * just the entry. `undefined` when the path does not exist as written (it runs through an alias).
 */
export function nodeRegion(parsed: ParsedDesign, document: number, path: Path): Region | undefined {
  const { text } = parsed;
  if (!path.length) {
    const doc = parsed.documents[document];
    return doc && [doc.range[0], doc.range[2]];
  }
  const parent = nodeAt(parsed, document, path.slice(0, -1));
  const last = path[path.length - 1];
  let start: number | undefined;
  let node: Node | null | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => keyOf(p.key) === last);
    node = pair?.value as Node | null | undefined;
    start = (pair?.key as Node | undefined)?.range?.[0];
    if (start !== undefined && node === null) return wholeLines(text, start, start, parent.flow);
  } else if (isSeq(parent) && typeof last === 'number') {
    node = parent.items[last] as Node | undefined;
    start = node?.range?.[0];
    // From its dash, which a comment may end (`- # the app`).
    const dash = node?.range && !parent.flow ? dashOf(text, node) : -1;
    if (dash !== -1) start = dash;
  }
  if (start === undefined || !node?.range) return undefined;
  let end = node.range[1];
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return wholeLines(text, start, end, isCollection(parent) && parent.flow === true);
}

function wholeLines(text: string, start: number, end: number, flow: boolean | undefined): Region {
  const col = start - lineStart(text, start);
  let from = lineStart(text, start);
  while (from > 0) {
    const prev = lineStart(text, from - 1);
    const line = text.slice(prev, from);
    if (!line.trim().startsWith('#') || line.indexOf('#') !== col) break;
    from = prev;
  }
  // A flow entry shares its lines with others; the comment lines above it, when it starts its
  // line, and the comment that ends its line are still its own.
  if (flow) {
    const trailing = /^[ \t]*,?[ \t]*#[^\r\n]*/.exec(text.slice(end));
    return [
      text.slice(lineStart(text, start), start).trim() ? start : from,
      end + (trailing?.[0].length ?? 0),
    ];
  }
  return [from, lineEnd(text, end)];
}

/** The parts of a text that must survive an edit unless the edit removed what held them. */
export interface Keepsakes {
  /** Comment text (`# …`, trimmed) -> how many times it occurs. */
  comments: Map<string, number>;
  /** Unknown-field marker (`keep-me-…`) -> how many times it occurs. */
  unknown: Map<string, number>;
}

/** Counts comments and `keep-me-…` markers of unknown fields, skipping those inside `removed`. */
export function keepsakes(text: string, removed: readonly Region[] = []): Keepsakes {
  const inside = (pos: number) => removed.some(([from, to]) => pos >= from && pos < to);
  const comments = new Map<string, number>();
  const unknown = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) token.forEach(walk);
    else if (token && typeof token === 'object') {
      const t = token as { type?: string; offset?: number; source?: string };
      if (t.type === 'comment' && t.offset !== undefined && !inside(t.offset))
        add(comments, t.source!.trim());
      for (const v of Object.values(token)) if (typeof v === 'object') walk(v);
    }
  };
  for (const token of new Parser().parse(text)) walk(token);
  for (const m of text.matchAll(/keep-me-[\w-]+/g)) if (!inside(m.index)) add(unknown, m[0]);
  return { comments, unknown };
}

/** What of `before` is missing from `after`: entries `text (want n, have m)`; empty when all survived. */
export function lostKeepsakes(before: Keepsakes, after: Keepsakes): string[] {
  const lost: string[] = [];
  for (const kind of ['comments', 'unknown'] as const) {
    for (const [key, want] of before[kind]) {
      const have = after[kind].get(key) ?? 0;
      if (have < want) lost.push(`${key} (want ${want}, have ${have})`);
    }
  }
  return lost;
}

/** Comments `after` has more often than `before` (copied by the edit): `text (had n, has m)`. */
export function copiedComments(before: Keepsakes, after: Keepsakes): string[] {
  return [...after.comments]
    .filter(([key, n]) => n > (before.comments.get(key) ?? 0))
    .map(([key, n]) => `${key} (had ${before.comments.get(key) ?? 0}, has ${n})`);
}
