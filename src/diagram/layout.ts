import { badgesOf } from './badges.ts';
import { edgesOf } from './edges.ts';
import { modelOf, type Model } from './model.ts';
import {
  containerName,
  hostName,
  objectName,
  portLabel,
  portName,
  serviceName,
  shown,
  volumeName,
} from './names.ts';
import { place, type Placement } from './place.ts';
import type { Diagram, DiagramInput, DiagramNode } from './types.ts';

export type { DiagramInput } from './types.ts';

/**
 * The pod of one workload as a picture: every region, lane, node and edge with its position, size,
 * words and accessible name, and the badges of the diagnostics. A pure function of the design
 * (same input, same output), computed from the analyses of src/ (network map, mounts, links), so
 * the app's canvas, its SVG export and `podsmith diagram` draw the same thing. Every coordinate is
 * inside `width` × `height`; no two nodes overlap. Time is linear in the containers, volumes,
 * mounts and ports, bar a factor of the number of rows for each routed edge.
 */
export function diagramOf(input: DiagramInput): Diagram {
  const model = modelOf(input);
  const placed = place(model);
  const badges = badgesOf(model, input.diagnostics);
  const withBadge = <T extends { id: string }>(thing: T): T => {
    const badge = badges.get(thing.id);
    return badge ? { ...thing, badge } : thing;
  };
  return {
    width: placed.width,
    height: placed.height,
    title: `${model.pod.kind} ${shown(model.pod.name)}`,
    regions: placed.regions,
    lanes: placed.lanes,
    edges: edgesOf(model, placed).map(withBadge),
    nodes: nodesOf(model, placed).map(withBadge),
  };
}

function nodesOf(model: Model, placed: Placement): DiagramNode[] {
  const box = (id: string) => placed.boxes.get(id)!;
  const nodes: DiagramNode[] = [];
  for (const s of model.services)
    nodes.push({
      kind: 'service',
      id: s.id,
      box: box(s.id),
      label: shown(s.service),
      name: serviceName(s),
      document: s.document,
      service: s.service,
      serviceType: s.serviceType,
    });
  for (const p of model.ports)
    nodes.push({
      kind: 'port',
      id: p.id,
      box: box(p.id),
      label: portLabel(p),
      name: portName(p),
      container: p.container.view.name,
      port: p.port.port,
      protocol: p.port.protocol,
      ...(p.port.name !== undefined ? { portName: p.port.name } : {}),
      ...(p.port.hostPort !== undefined ? { hostPort: p.port.hostPort } : {}),
      conflict: p.port.conflicts.length > 0,
      conflicts: p.port.conflicts,
    });
  for (const c of model.containers)
    nodes.push({
      kind: 'container',
      id: c.id,
      box: box(c.id),
      label: shown(c.view.name),
      name: containerName(c),
      role: c.view.role,
      list: c.view.list,
      index: c.view.index,
      lane: c.lane,
      ...(c.order !== undefined ? { order: c.order } : {}),
      ...(c.view.image !== undefined ? { image: c.view.image } : {}),
      prominent: c.view.role === 'main',
    });
  for (const v of model.volumes)
    nodes.push({
      kind: 'volume',
      id: v.id,
      box: box(v.id),
      label: shown(v.name),
      name: volumeName(v),
      volume: v.name,
      source: v.source,
      sourceWords: v.sourceWords,
      missing: v.missing,
      sharedBy: v.sharedBy,
    });
  for (const o of placed.objects)
    nodes.push({
      kind: 'object',
      id: o.id,
      box: box(o.id),
      label: shown(o.name),
      name: objectName(o),
      objectKind: o.kind,
      objectName: o.name,
      ...(o.document !== undefined ? { document: o.document } : {}),
    });
  if (model.touches.length)
    nodes.push({
      kind: 'host',
      id: 'host',
      box: box('host'),
      label: 'Node',
      name: hostName(model.touches),
      touches: model.touches,
    });
  return nodes;
}
