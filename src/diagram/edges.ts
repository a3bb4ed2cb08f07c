import type { ServiceRoute } from '../analysis/network.ts';
import { bottom, centreX, centreY, right, spread } from './geometry.ts';
import type { Model, PortItem, ServiceItem } from './model.ts';
import {
  hostEdgeName,
  mountLabel,
  mountName,
  portEdgeName,
  refName,
  routeLabel,
  routeName,
  runsName,
  startAppsName,
  startName,
} from './names.ts';
import { LABEL_LINE, type Placement } from './place.ts';
import { freeX, routeVertical, tidy } from './route.ts';
import { GAP, SIZES } from './sizes.ts';
import { portSlots, portStart } from './sockets.ts';
import type { Box, DiagramEdge, Point } from './types.ts';

// The edges, in drawing order: start-up order, ports, Service routes, mounts, references, the
// node. Each is routed after every node is placed, so it can go around them.

/** Where the `i`-th stacked label under a node goes (mount paths, Service ports). */
const labelUnder = (box: Box, x: number, i: number): Point => ({
  x,
  y: bottom(box) + 12 + LABEL_LINE * i,
});

interface Edges {
  push(edge: Omit<DiagramEdge, 'broken' | 'dashed'> & { broken?: boolean; dashed?: boolean }): void;
  /** The next edge's number, so parallel edges part. */
  next(): number;
  list: DiagramEdge[];
}

function collector(): Edges {
  const list: DiagramEdge[] = [];
  let k = 0;
  return {
    list,
    next: () => k++,
    push: (edge) =>
      list.push({ ...edge, broken: edge.broken ?? false, dashed: edge.dashed ?? false }),
  };
}

/** Every edge of the diagram, routed around the placed nodes. */
export function edgesOf(model: Model, placed: Placement): DiagramEdge[] {
  const out = collector();
  const box = (id: string) => placed.boxes.get(id)!;
  startEdges(model, placed, out);
  for (const c of model.init)
    if (c.view.role === 'native-sidecar') {
      const b = box(c.id);
      const x = b.x + 14;
      const points = routeVertical(
        placed.bands,
        { x, y: bottom(b) },
        { x, y: placed.apps.y },
        out.next(),
      );
      out.push({
        id: `runs:${c.id}`,
        kind: 'runs',
        from: c.id,
        to: 'apps',
        points,
        name: runsName(c),
        dashed: true,
      });
    }
  portEdges(model, placed, out);
  routeEdges(model, placed, out);
  downEdges(model, placed, out);
  hostEdges(model, placed, out);
  return out.list;
}

function startEdges(model: Model, placed: Placement, out: Edges) {
  const steps = model.init;
  steps.forEach((a, i) => {
    const from = placed.boxes.get(a.id)!;
    const b = steps[i + 1];
    const start = { x: right(from), y: centreY(from) };
    if (!b) {
      // Down from its bottom's right end: the runs edge leaves at the left end, mounts between.
      const x = right(from) - 14;
      const points = [
        { x, y: bottom(from) },
        { x, y: placed.apps.y },
      ];
      out.push({
        id: `start:${a.id}->apps`,
        kind: 'start',
        from: a.id,
        to: 'apps',
        points,
        name: startAppsName(a),
      });
      return;
    }
    const to = placed.boxes.get(b.id)!;
    const end = { x: to.x, y: centreY(to) };
    // The next step on the next row: round the end of this row and back to its start.
    const points =
      to.y === from.y
        ? [start, end]
        : tidy([
            start,
            { x: start.x + GAP / 2, y: start.y },
            { x: start.x + GAP / 2, y: to.y - GAP },
            { x: to.x - GAP / 2, y: to.y - GAP },
            { x: to.x - GAP / 2, y: end.y },
            end,
          ]);
    out.push({
      id: `start:${a.id}->${b.id}`,
      kind: 'start',
      from: a.id,
      to: b.id,
      points,
      name: startName(a, b),
    });
  });
}

function portEdges(model: Model, placed: Placement, out: Edges) {
  for (const slot of portSlots(model.ports)) {
    const { p } = slot;
    const socket = placed.boxes.get(p.id)!;
    out.push({
      id: `declares:${p.id}`,
      kind: 'port',
      from: p.container.id,
      to: p.id,
      points: routeVertical(
        placed.bands,
        portStart(placed.boxes.get(p.container.id)!, slot),
        { x: centreX(socket), y: bottom(socket) },
        slot.k,
      ),
      name: portEdgeName(p),
      broken: p.port.conflicts.length > 0,
    });
  }
}

/** The socket a Service port reaches: a port of `containers` first, as the endpoints controller. */
function socketFinder(model: Model): (r: ServiceRoute) => PortItem | undefined {
  const found = new Map<string, PortItem>();
  const ordered = [
    ...model.ports.filter((p) => p.container.view.list === 'containers'),
    ...model.ports.filter((p) => p.container.view.list !== 'containers'),
  ];
  const key = (container: string, port: unknown, protocol: string) =>
    `${container}\u0000${String(port)}\u0000${protocol}`;
  for (const p of ordered) {
    const k = key(p.container.view.name, p.port.port, p.port.protocol);
    if (!found.has(k)) found.set(k, p);
  }
  return (r) =>
    r.target ? found.get(key(r.target.container, r.target.port, r.target.protocol)) : undefined;
}

function routeEdges(model: Model, placed: Placement, out: Edges) {
  const socketOf = socketFinder(model);
  const sockets = placed.bands.find((b) => b.top === placed.pod.y - SIZES.port.height / 2);
  for (const s of model.services) routesOf(s, placed, out, socketOf, sockets);
}

function routesOf(
  s: ServiceItem,
  placed: Placement,
  out: Edges,
  socketOf: (r: ServiceRoute) => PortItem | undefined,
  sockets: Placement['bands'][number] | undefined,
) {
  const b = placed.boxes.get(s.id)!;
  s.routes.forEach((r, i) => {
    const x = spread(b.x, b.width, i, s.routes.length, 16);
    const from = { x, y: bottom(b) };
    const port = socketOf(r);
    const socket = port && placed.boxes.get(port.id);
    const to = socket
      ? { x: centreX(socket), y: socket.y }
      : {
          x: freeX(sockets, Math.min(Math.max(x, placed.pod.x + 8), right(placed.pod) - 8)),
          y: placed.pod.y,
        };
    out.push({
      id: `route:${s.id}/${r.index}`,
      kind: 'route',
      from: s.id,
      to: port && socket ? port.id : 'pod',
      points: routeVertical(placed.bands, from, to, out.next()),
      label: routeLabel(r),
      labelAt: labelUnder(b, x, i),
      name: routeName(r),
      broken: !socket,
    });
  });
}

/** Mounts and references: they leave their node's bottom side, spread over it. */
function downEdges(model: Model, placed: Placement, out: Edges) {
  const leaving = new Map<string, number>();
  const entering = new Map<string, number>();
  const count = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const m of model.mounts) {
    count(leaving, m.container.id);
    count(entering, m.volume.id);
  }
  for (const r of model.refs) {
    count(leaving, r.from);
    count(entering, r.object.id);
  }
  const left = new Map<string, number>();
  const entered = new Map<string, number>();
  const ends = (from: string, to: string): [Point, Point] => {
    const a = placed.boxes.get(from)!;
    const b = placed.boxes.get(to)!;
    const i = left.get(from) ?? 0;
    const j = entered.get(to) ?? 0;
    left.set(from, i + 1);
    entered.set(to, j + 1);
    return [
      { x: spread(a.x, a.width, i, leaving.get(from)!), y: bottom(a) },
      { x: spread(b.x, b.width, j, entering.get(to)!, 16), y: b.y },
    ];
  };
  for (const m of model.mounts) {
    const [from, to] = ends(m.container.id, m.volume.id);
    out.push({
      id: m.id,
      kind: 'mount',
      from: m.container.id,
      to: m.volume.id,
      points: routeVertical(placed.bands, from, to, out.next()),
      label: mountLabel(m),
      labelAt: labelUnder(placed.boxes.get(m.container.id)!, from.x, m.index),
      name: mountName(m),
      broken: m.volume.missing,
      dashed: m.mount.readOnly,
    });
  }
  for (const r of model.refs) {
    const [from, to] = ends(r.from, r.object.id);
    out.push({
      id: r.id,
      kind: 'ref',
      from: r.from,
      to: r.object.id,
      points: routeVertical(placed.bands, from, to, out.next()),
      name: refName(r),
      dashed: r.object.document === undefined,
    });
  }
}

function hostEdges(model: Model, placed: Placement, out: Edges) {
  const host = placed.boxes.get('host');
  if (!host) return;
  model.touches.forEach((touch, i) => {
    const y = spread(host.y, host.height, i, model.touches.length, 8);
    out.push({
      id: `host:${i}`,
      kind: 'host',
      from: 'pod',
      to: 'host',
      points: [
        { x: right(placed.pod), y },
        { x: host.x, y },
      ],
      name: hostEdgeName(touch),
    });
  });
}
