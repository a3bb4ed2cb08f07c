import { isAlias, isMap, isNode, visit } from 'yaml';
import { DEFAULT_CONTAINER_ANNOTATION } from '../../pod/kinds.ts';
import type { ContainerView, DesignView, PodView } from '../../pod/types.ts';
import { designView, getPath } from '../../pod/view.ts';
import { nodeAt } from '../../yaml/locate.ts';
import { parseDesign, type ParsedDesign } from '../../yaml/parse.ts';
import type { Path } from '../../yaml/path.ts';
import type { ContainerRef } from '../containers.ts';
import { dashOf, valueEnd } from '../splice.ts';
import { nodeRegion, type Region } from './survival.ts';

/** One edit resolved against a text: what to run and what the result may and may not change. */
export interface Step {
  /** For failure messages. */
  label: string;
  run: () => string;
  /** The documents the edit may change; every other one must stay byte for byte. */
  edits: readonly number[];
  /** Whether the edit appends a document at the end. */
  appends?: boolean;
  /** The document the edit removes. */
  removes?: number;
  /** Parts of the input the edit drops on purpose: what was in them need not survive. */
  removed: Region[];
  /** Whether the edit copies text (comments included) on purpose. */
  copies?: boolean;
  /** The edit that undoes this one exactly (same text back), when there is one. */
  inverse?: (after: string) => string;
}

/** What every resolver gets: the text, its parse, and the first workload it edits. */
export interface Ctx {
  text: string;
  label: string;
  parsed: ParsedDesign;
  view: DesignView;
  pod: PodView;
  document: number;
  value: unknown;
}

export function makeCtx(text: string, label: string): Ctx | undefined {
  const parsed = parseDesign(text);
  const view = designView(parsed);
  const pod = view.workloads[0];
  if (!pod) return undefined;
  const document = pod.document;
  return { text, label, parsed, view, pod, document, value: parsed.values[document] };
}

/** A step that edits only the workload's document. */
export function step(ctx: Ctx, run: () => string, more: Partial<Step> = {}): Step {
  return { label: ctx.label, run, edits: [ctx.document], removed: [], ...more };
}

/** The regions of `paths` in document `document` (default: the workload's) that exist as written. */
export function regions(ctx: Ctx, paths: readonly Path[], document = ctx.document): Region[] {
  return paths
    .map((p) => nodeRegion(ctx.parsed, document, p))
    .filter((r): r is Region => r !== undefined);
}

export function pickOf<T>(items: readonly T[], n: number): T | undefined {
  return items[n % Math.max(items.length, 1)];
}

export function refOf(ctx: Ctx, c: ContainerView): ContainerRef {
  return { document: ctx.document, list: c.list, index: c.index };
}

/** The first workload of a text (the one every step edits). */
export function firstPod(text: string): PodView {
  const pod = designView(parseDesign(text)).workloads[0];
  if (!pod) throw new Error('the workload disappeared');
  return pod;
}

export function annotationPath(pod: PodView): Path {
  return [...pod.templatePath, 'metadata', 'annotations', DEFAULT_CONTAINER_ANNOTATION];
}

/** What removing `path` removes: it, and the parents it leaves empty down to `keepDepth`. */
export function pruned(value: unknown, path: Path, keepDepth: number): Path {
  let cut = path;
  while (cut.length - 1 > keepDepth) {
    const parent = getPath(value, cut.slice(0, -1));
    const size = typeof parent === 'object' && parent ? Object.keys(parent).length : 0;
    if (size !== 1) break;
    cut = cut.slice(0, -1);
  }
  return cut;
}

/** Length of the longest prefix of `path` that is a map written in the text (not an alias), if any. */
export function deepestMap(ctx: Ctx, path: Path): number | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = nodeAt(ctx.parsed, ctx.document, path.slice(0, n));
    if (isMap(node)) return n;
    if (node !== undefined) return undefined;
  }
  return undefined;
}

/**
 * Whether moving `c` to `index` of its own list and back gives the same text: not when the move
 * takes or leaves the first place of `containers`, where a default-container annotation that
 * keeps the main container main is added and stays; nor when the container holds anchors or
 * aliases, which a move past their partners writes out in full for good; nor when comment lines
 * follow its last field, which a move leaves where they are.
 */
export function reversibleReorder(ctx: Ctx, c: ContainerView, index: number | undefined): boolean {
  return (
    !anchored(ctx, c) &&
    !trailingComment(ctx, c) &&
    (c.list === 'initContainers' || (c.index > 0 && (index ?? 1) > 0))
  );
}

/** Whether comment lines inside a container's block follow its last field. */
function trailingComment(ctx: Ctx, c: ContainerView): boolean {
  const { text } = ctx;
  const node = nodeAt(ctx.parsed, ctx.document, c.path);
  const dash = node?.range ? dashOf(text, node) : -1;
  if (dash === -1) return false;
  const column = dash - text.lastIndexOf('\n', dash - 1) - 1;
  const after = text.slice(valueEnd(text, node!)).split('\n').slice(1);
  for (const line of after) {
    const comment = /^( *)#/.exec(line);
    if (comment) {
      if (comment[1]!.length > column) return true;
    } else if (line.trim()) return false;
  }
  return false;
}

/**
 * Whether a container holds anchors or aliases. Moving it past an alias of one of its anchors
 * writes the anchored value out there, comments and all: a copy.
 */
export function anchored(ctx: Ctx, c: ContainerView): boolean {
  let found = false;
  const node = nodeAt(ctx.parsed, ctx.document, c.path);
  if (node)
    visit(node, (_, n) => {
      if (isAlias(n) || (isNode(n) && n.anchor)) found = true;
    });
  return found;
}
