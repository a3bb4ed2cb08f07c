// Helpers for the diagram tests: a design text in, its diagram out, and the checks every
// diagram must pass whatever the design.
import { designView } from '../pod/view.ts';
import { validateDesign } from '../validate/index.ts';
import type { Diagnostic } from '../validate/types.ts';
import { DEFAULT_K8S_VERSION, type K8sVersion } from '../validate/versions.ts';
import { parseDesign } from '../yaml/parse.ts';
import { overlaps } from './geometry.ts';
import { diagramOf } from './layout.ts';
import type { Box, Diagram, DiagramInput, DiagramNode } from './types.ts';

/** The input of `diagramOf` for the first workload of `text`, with the validator's findings. */
export function inputOf(
  text: string,
  { k8s = DEFAULT_K8S_VERSION, diagnostics }: { k8s?: K8sVersion; diagnostics?: Diagnostic[] } = {},
): DiagramInput {
  const parsed = parseDesign(text);
  const view = designView(parsed);
  const pod = view.workloads[0];
  if (!pod) throw new Error('no workload in the text');
  return {
    pod,
    values: parsed.values,
    objects: view.objects,
    diagnostics: diagnostics ?? validateDesign(parsed, { k8s }),
    k8s,
  };
}

/** The diagram of the first workload of `text`. */
export const diagramOfText = (text: string, options?: Parameters<typeof inputOf>[1]): Diagram =>
  diagramOf(inputOf(text, options));

const inside = (b: Box, d: Diagram) =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= d.width && b.y + b.height <= d.height;

/** Box `inner` lies within box `outer`. */
export const within = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/**
 * What is wrong with a diagram whatever the design, in words (empty when nothing): something
 * outside the picture, two nodes on top of each other, an id used twice, an empty name, an edge
 * that is not a polyline of horizontal and vertical segments between known ends.
 */
export function faultsOf(d: Diagram): string[] {
  const faults: string[] = [];
  const ids = new Set<string>();
  for (const thing of [...d.nodes, ...d.edges]) {
    if (ids.has(thing.id)) faults.push(`id ${thing.id} is used twice`);
    ids.add(thing.id);
    if (!thing.name.trim()) faults.push(`${thing.id} has no name`);
  }
  for (const n of d.nodes)
    if (!inside(n.box, d)) faults.push(`node ${n.id} is outside the picture`);
  for (const r of d.regions)
    if (!inside(r.box, d)) faults.push(`region ${r.id} is outside the picture`);
  for (const l of d.lanes)
    if (!inside(l.box, d)) faults.push(`lane ${l.id} is outside the picture`);
  const regions = new Set(d.regions.map((r) => r.id));
  for (const e of d.edges) {
    if (e.points.length < 2) faults.push(`edge ${e.id} has fewer than two points`);
    for (const p of [...e.points, ...(e.labelAt ? [e.labelAt] : [])])
      if (p.x < 0 || p.y < 0 || p.x > d.width || p.y > d.height)
        faults.push(`edge ${e.id} goes outside the picture`);
    e.points.slice(1).forEach((p, i) => {
      const q = e.points[i]!;
      if (p.x !== q.x && p.y !== q.y) faults.push(`edge ${e.id} has a slanted segment`);
    });
    for (const end of [e.from, e.to])
      if (!ids.has(end) && !regions.has(end)) faults.push(`edge ${e.id} ends at unknown ${end}`);
  }
  // Sorted by x, each node is compared only with those that start before it ends.
  const nodes = [...d.nodes].sort((a, b) => a.box.x - b.box.x);
  nodes.forEach((a, i) => {
    for (let j = i + 1; j < nodes.length && nodes[j]!.box.x < a.box.x + a.box.width; j++)
      if (overlaps(a.box, nodes[j]!.box)) faults.push(`${a.id} overlaps ${nodes[j]!.id}`);
  });
  return faults;
}

/** The node of a diagram with this id. */
export const node = (d: Diagram, id: string) => d.nodes.find((n) => n.id === id);
/** The edge of a diagram with this id. */
export const edge = (d: Diagram, id: string) => d.edges.find((e) => e.id === id);
/** The region of a diagram with this id. */
export const region = (d: Diagram, id: string) => d.regions.find((r) => r.id === id);
/** The nodes of one kind, typed as such. */
export const ofKind = <K extends DiagramNode['kind']>(d: Diagram, kind: K) =>
  d.nodes.filter((n): n is Extract<DiagramNode, { kind: K }> => n.kind === kind);
