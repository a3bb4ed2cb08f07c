import type { ContainerList, ObjectView, PodView, Role } from '../pod/types.ts';
import type { Diagnostic, Severity } from '../validate/types.ts';
import type { K8sVersion } from '../validate/versions.ts';

/** A rectangle in diagram units: CSS pixels at zoom 1, origin at the diagram's top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The findings about one node or edge: the worst severity among them, and how many there are. */
export interface Badge {
  severity: Severity;
  count: number;
}

interface NodeBase {
  /** Stable across edits that do not change what the node stands for: `container:containers/0`. */
  id: string;
  box: Box;
  /** The text drawn in the node (a name). */
  label: string;
  /** The accessible name: "nginx, main container", "logs, volume". */
  name: string;
  badge?: Badge;
}

/** The lanes a container card can be dropped into; each is a region of the diagram. */
export type LaneId = 'init' | 'sidecar' | 'main';

export interface ContainerNode extends NodeBase {
  kind: 'container';
  role: Role;
  list: ContainerList;
  /** Index in its list. */
  index: number;
  lane: LaneId;
  /** 1-based start order, for init containers and native sidecars. */
  order?: number;
  image?: string;
  /** The main container: drawn first and largest. */
  prominent: boolean;
}

export interface VolumeNode extends NodeBase {
  kind: 'volume';
  volume: string;
  /** The volume source key (`emptyDir`, `persistentVolumeClaim`, …) or `volumeClaimTemplate`. */
  source: string;
  /** The source in a few words: "emptyDir", "claim template", "PVC data", "configMap app-config". */
  sourceWords: string;
  /** Mounted but not declared in `volumes` (nor a claim template): drawn as broken. */
  missing: boolean;
  /** How many containers mount it. */
  sharedBy: number;
}

/** A port of the pod's shared network namespace: a socket on the pod boundary. */
export interface PortNode extends NodeBase {
  kind: 'port';
  container: string;
  port: number | string;
  protocol: string;
  portName?: string;
  /** The node port it binds (hostPort, or the containerPort with hostNetwork). */
  hostPort?: number;
  /** Takes part in a port conflict (see NetworkMap.conflicts). */
  conflict: boolean;
  /** The conflicts in words, for the node's title. */
  conflicts: string[];
}

export interface ServiceNode extends NodeBase {
  kind: 'service';
  document: number;
  service: string;
  /** ClusterIP, NodePort, LoadBalancer, Headless, ExternalName. */
  serviceType: string;
}

/** A ConfigMap, Secret or PersistentVolumeClaim that the pod uses. */
export interface ObjectNode extends NodeBase {
  kind: 'object';
  objectKind: 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';
  objectName: string;
  /** The design's document holding it, when the design has it. */
  document?: number;
}

/** The node (machine) the pod runs on: shown only when the pod touches it. */
export interface HostNode extends NodeBase {
  kind: 'host';
  /** What reaches the node, in words: "host network", "host PID", "host IPC", "host port 8080/TCP". */
  touches: string[];
}

export type DiagramNode =
  ContainerNode | VolumeNode | PortNode | ServiceNode | ObjectNode | HostNode;

/**
 * - `start`: start-up order, from one step to the next;
 * - `mount`: a container mounts a volume (from the container to the volume);
 * - `port`: a container declares a port (from the container to its socket);
 * - `route`: a Service port reaches a container port (from the Service to the socket);
 * - `ref`: a volume or a container's env uses a ConfigMap, Secret or PVC (to the object);
 * - `host`: the pod touches the node (from the pod to the host node);
 * - `runs`: a native sidecar keeps running beside the app containers (to the `apps` region).
 */
export type EdgeKind = 'start' | 'mount' | 'port' | 'route' | 'ref' | 'host' | 'runs';

export interface DiagramEdge {
  id: string;
  kind: EdgeKind;
  /** Node or region ids: `host` edges start at the region `pod`, `runs` edges end at `apps`. */
  from: string;
  to: string;
  /** A polyline from `from` to `to`, at least two points. */
  points: Point[];
  /** Short text drawn on the edge ("/var/log", "80 → 8080"), if any. */
  label?: string;
  /** Where the label's centre goes. */
  labelAt?: Point;
  /** The accessible name: "logs mounted by app at /var/log, read-write", "Service web port 80 → app 8080". */
  name: string;
  /** A mount of a missing volume, a Service port that reaches no container, a conflicting port. */
  broken: boolean;
  /** Read-only mounts and references to objects not in the design are drawn dashed. */
  dashed: boolean;
  badge?: Badge;
}

/**
 * - `pod`: the pod boundary, labelled with kind and name and the shared network;
 * - `startup`: init containers and native sidecars, in start order;
 * - `apps`: the app containers (main and classic sidecars);
 * - `processes`: the shared process namespace, around the containers that share it;
 * - `volumes`: the pod's volumes;
 * - `services`, `objects`: outside the pod.
 */
export type RegionKind =
  'pod' | 'startup' | 'apps' | 'processes' | 'volumes' | 'services' | 'objects';

export interface Region {
  id: string;
  kind: RegionKind;
  box: Box;
  label: string;
  /** A second line: "one IP · containers reach each other on localhost". */
  note?: string;
}

/** A drop target for container cards: where a card dropped changes its role. */
export interface Lane {
  id: LaneId;
  box: Box;
  title: string;
  /** Shown when the lane holds no container. */
  empty: string;
}

/** The pod as a picture: everything needed to draw it, in drawing order (regions, edges, nodes). */
export interface Diagram {
  width: number;
  height: number;
  /** "Deployment web". */
  title: string;
  regions: Region[];
  lanes: Lane[];
  edges: DiagramEdge[];
  nodes: DiagramNode[];
}

/** What `diagramOf` draws: one workload's pod, with the rest of its design. */
export interface DiagramInput {
  pod: PodView;
  /** Plain value of each document of the design (`values[i]` is document i). */
  values: readonly unknown[];
  /** The design's non-workload documents (Services, ConfigMaps, …), as in `DesignView`. */
  objects: readonly ObjectView[];
  /** The diagnostics of the whole design: those of the pod's and its objects' documents badge. */
  diagnostics: readonly Diagnostic[];
  /** The target version (native sidecars, the Services' endpoints). */
  k8s: K8sVersion;
}
