import { describe, expect, it } from 'vitest';
import { designServices, networkMap } from '../analysis/network.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { diagramOf } from './layout.ts';
import { faultsOf, inputOf, within } from './testing.ts';
import type { ContainerNode, PortNode } from './types.ts';

// Every starting design of the gallery, drawn: what the user sees first must be right.
describe.each(TEMPLATES.map((t) => [t.id, t.yaml] as const))('the %s template', (_, yaml) => {
  const input = inputOf(yaml);
  const diagram = diagramOf(input);
  const { pod } = input;

  it('is a sound picture: inside its bounds, no overlaps, named, orthogonal edges', () => {
    expect(faultsOf(diagram)).toEqual([]);
  });

  it('draws every volumeMount as a mount edge naming the volume, the container and the path', () => {
    const mounts = pod.containers.flatMap((c) =>
      c.mounts.map((m, j) => ({ c, m, id: `mount:${c.list}/${c.index}/${j}` })),
    );
    expect(mounts.length).toBe(diagram.edges.filter((e) => e.kind === 'mount').length);
    for (const { c, m, id } of mounts) {
      const edge = diagram.edges.find((e) => e.id === id);
      expect(edge?.kind).toBe('mount');
      expect(edge!.from).toBe(`container:${c.list}/${c.index}`);
      expect(edge!.name).toContain(m.volume);
      expect(edge!.name).toContain(c.name);
      expect(edge!.name).toContain(m.mountPath);
      expect(edge!.label).toBe(`${m.mountPath}${m.readOnly ? ' (ro)' : ''}`);
      expect(edge!.dashed).toBe(m.readOnly);
    }
  });

  it('draws a route edge into the socket of each container port a Service reaches', () => {
    const value = input.values[pod.document];
    const routes = networkMap(pod, value, designServices(input.values, input.objects)).services;
    for (const r of routes.filter((r) => r.target)) {
      const edge = diagram.edges.find(
        (e) =>
          e.kind === 'route' &&
          e.name ===
            `Service ${r.service} port ${r.port} → ${r.target!.container} ${r.target!.port}`,
      );
      expect(edge, `route of ${r.service} port ${r.port}`).toBeDefined();
      const socket = diagram.nodes.find((n): n is PortNode => n.id === edge!.to);
      expect(socket?.kind).toBe('port');
      expect(socket!.container).toBe(r.target!.container);
      expect(socket!.port).toBe(r.target!.port);
      expect(edge!.label).toBe(`${r.port} → ${r.target!.port}`);
    }
  });

  it('draws every container inside the pod, in its lane', () => {
    const region = diagram.regions.find((r) => r.id === 'pod')!;
    const containers = diagram.nodes.filter((n): n is ContainerNode => n.kind === 'container');
    expect(containers).toHaveLength(pod.containers.length);
    for (const c of containers) {
      expect(within(c.box, region.box)).toBe(true);
      expect(within(c.box, diagram.lanes.find((l) => l.id === c.lane)!.box)).toBe(true);
    }
  });

  it('sits its port sockets on the pod border', () => {
    const region = diagram.regions.find((r) => r.id === 'pod')!;
    for (const n of diagram.nodes.filter((n) => n.kind === 'port'))
      expect(n.box.y + n.box.height / 2).toBe(region.box.y);
  });

  it('is the same picture every time', () => {
    expect(diagramOf(inputOf(yaml))).toEqual(diagram);
    expect(JSON.stringify(diagramOf(input))).toBe(JSON.stringify(diagram));
  });
});
