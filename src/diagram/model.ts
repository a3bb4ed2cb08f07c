import {
  designServices,
  networkMap,
  type NetworkMap,
  type NetworkPort,
  type ServiceRoute,
} from '../analysis/network.ts';
import { attachedObjects } from '../pod/links.ts';
import { serviceTypeOf } from '../pod/service.ts';
import type { ContainerView, MountView, PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import { describeSource, sharedBy } from '../volume/mounts.ts';
import type { Path } from '../yaml/path.ts';
import { referencesOf, type ObjectItem, type RefItem } from './references.ts';
import type { DiagramInput, LaneId } from './types.ts';

// What the picture shows, before any geometry: every node and edge with its identity, found by
// the analyses of src/ (network map, mounts, links), never by rules of its own.

/** A container card: its id and lane. */
export interface ContainerItem {
  id: string;
  view: ContainerView;
  lane: LaneId;
  /** 1-based start order in the init lane. */
  order?: number;
}

/** A volume node: a declared volume or claim template, or a mounted but undeclared one. */
export interface VolumeItem {
  id: string;
  name: string;
  source: string;
  sourceWords: string;
  missing: boolean;
  sharedBy: number;
  /** Where it is declared, when it is. */
  path?: Path;
}

/** One volumeMounts entry: an edge from its container to its volume. */
export interface MountItem {
  id: string;
  container: ContainerItem;
  /** Index in the container's volumeMounts. */
  index: number;
  mount: MountView;
  volume: VolumeItem;
}

/** One ports entry of a container: a socket on the pod border. */
export interface PortItem {
  id: string;
  container: ContainerItem;
  /** Index in the container's `ports`. */
  index: number;
  port: NetworkPort;
}

/** A Service that selects the pod, with each of its ports and where it lands. */
export interface ServiceItem {
  id: string;
  document: number;
  service: string;
  serviceType: string;
  routes: ServiceRoute[];
}

/** What the diagram shows, without positions. */
export interface Model {
  pod: PodView;
  network: NetworkMap;
  /** In the pod view's order: init containers, then `containers`. */
  containers: ContainerItem[];
  init: ContainerItem[];
  main?: ContainerItem;
  sidecars: ContainerItem[];
  /** Declared volumes and claim templates in order, then the missing ones by first mount. */
  volumes: VolumeItem[];
  mounts: MountItem[];
  ports: PortItem[];
  services: ServiceItem[];
  objects: ObjectItem[];
  refs: RefItem[];
  /** What the pod does on its node, in words; empty when nothing. */
  touches: string[];
}

/** Hands out ids, adding `#2`, `#3`, … to a repeated one (two volumes of one name). */
export function idMaker(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
}

const LANES: Record<ContainerView['role'], LaneId> = {
  init: 'init',
  'native-sidecar': 'init',
  main: 'main',
  sidecar: 'sidecar',
};

const containerKey = (list: unknown, index: unknown) => `${String(list)}/${String(index)}`;

function containersOf(pod: PodView) {
  const containers: ContainerItem[] = [];
  const init: ContainerItem[] = [];
  const sidecars: ContainerItem[] = [];
  let main: ContainerItem | undefined;
  for (const view of pod.containers) {
    const lane = LANES[view.role];
    const item: ContainerItem = {
      id: `container:${containerKey(view.list, view.index)}`,
      view,
      lane,
    };
    if (lane === 'init') init.push({ ...item, order: init.length + 1 });
    else if (lane === 'sidecar' || main) sidecars.push(item);
    else main = item;
    containers.push(lane === 'init' ? init[init.length - 1]! : item);
  }
  return { containers, init, sidecars, main };
}

function volumesOf(pod: PodView, value: unknown, containers: ContainerItem[]) {
  const id = idMaker();
  const volumes: VolumeItem[] = pod.volumes.map((v) => ({
    id: id(`volume:${v.name}`),
    name: v.name,
    source: v.source,
    sourceWords: describeSource(v.source, getPath(value, v.path)),
    missing: false,
    sharedBy: sharedBy(v),
    path: v.path,
  }));
  const byName = new Map<string, VolumeItem>();
  for (const v of volumes) if (!byName.has(v.name)) byName.set(v.name, v);
  const mounts: MountItem[] = [];
  const users = new Map<VolumeItem, Set<string>>();
  for (const container of containers)
    container.view.mounts.forEach((mount, index) => {
      let volume = byName.get(mount.volume);
      if (!volume) {
        volume = {
          id: id(`volume-missing:${mount.volume}`),
          name: mount.volume,
          source: '',
          sourceWords: 'not declared',
          missing: true,
          sharedBy: 0,
        };
        byName.set(mount.volume, volume);
        volumes.push(volume);
      }
      if (volume.missing) {
        const who = users.get(volume) ?? new Set<string>();
        who.add(container.view.name);
        users.set(volume, who);
        volume.sharedBy = who.size;
      }
      mounts.push({
        id: `mount:${containerKey(container.view.list, container.view.index)}/${index}`,
        container,
        index,
        mount,
        volume,
      });
    });
  return { volumes, mounts };
}

function portsOf(pod: PodView, network: NetworkMap, containers: ContainerItem[]): PortItem[] {
  const byKey = new Map(containers.map((c) => [containerKey(c.view.list, c.view.index), c]));
  const at = pod.specPath.length;
  return network.ports.flatMap((port) => {
    const container = byKey.get(containerKey(port.path[at], port.path[at + 1]));
    const index = port.path[at + 3];
    if (!container || typeof index !== 'number') return [];
    return [
      {
        id: `port:${containerKey(container.view.list, container.view.index)}/${index}`,
        container,
        index,
        port,
      },
    ];
  });
}

function servicesOf(values: readonly unknown[], network: NetworkMap): ServiceItem[] {
  const id = idMaker();
  const byDocument = new Map<number, ServiceItem>();
  for (const route of network.services) {
    let item = byDocument.get(route.document);
    if (!item) {
      item = {
        id: id(`service:${route.service}`),
        document: route.document,
        service: route.service,
        serviceType: serviceTypeOf(values[route.document]),
        routes: [],
      };
      byDocument.set(route.document, item);
    }
    item.routes.push(route);
  }
  return [...byDocument.values()].sort((a, b) => a.document - b.document);
}

/** The words for what the pod does on its node: host namespaces, then each port bound there. */
function touchesOf(pod: PodView, network: NetworkMap): string[] {
  const { hostNetwork, hostPID, hostIPC } = pod.namespaces;
  const words = [
    ...(hostNetwork ? ['host network'] : []),
    ...(hostPID ? ['host PID'] : []),
    ...(hostIPC ? ['host IPC'] : []),
    ...network.host.bindings.map((b) => `host port ${b.hostPort}/${b.protocol}`),
  ];
  return [...new Set(words)];
}

/** Everything the diagram of `input.pod` shows, with ids, in drawing order. */
export function modelOf(input: DiagramInput): Model {
  const { pod, values, objects, k8s } = input;
  const value = values[pod.document];
  const network = networkMap(pod, value, designServices(values, objects), k8s);
  const { containers, init, sidecars, main } = containersOf(pod);
  const { volumes, mounts } = volumesOf(pod, value, containers);
  const attached = attachedObjects(values, objects, pod);
  const { objects: used, refs } = referencesOf(pod, value, attached, containers, volumes);
  return {
    pod,
    network,
    containers,
    init,
    ...(main ? { main } : {}),
    sidecars,
    volumes,
    mounts,
    ports: portsOf(pod, network, containers),
    services: servicesOf(values, network),
    objects: used,
    refs,
    touches: touchesOf(pod, network),
  };
}
