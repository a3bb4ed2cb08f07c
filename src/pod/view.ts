import type { ParsedDesign } from '../yaml/parse.ts';
import type { Path } from '../yaml/path.ts';
import { DEFAULT_CONTAINER_ANNOTATION, WORKLOADS, isWorkloadKind } from './kinds.ts';
import type {
  ContainerList,
  ContainerView,
  DesignView,
  MountView,
  ObjectView,
  PodView,
  PortView,
  Role,
  VolumeView,
  WorkloadKind,
} from './types.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The plain value at `path`, or `undefined`. Only keys the value has count: a label named
 * `constructor` is not the one every object inherits.
 */
export function getPath(value: unknown, path: Path): unknown {
  let cur = value;
  for (const seg of path) {
    if (typeof seg === 'number') cur = Array.isArray(cur) ? cur[seg] : undefined;
    else cur = isObj(cur) && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
  }
  return cur;
}

/** Every workload's pod and every other object of a parsed design. Documents that did not parse are skipped. */
export function designView(parsed: ParsedDesign): DesignView {
  const workloads: PodView[] = [];
  const objects: ObjectView[] = [];
  parsed.values.forEach((value, document) => {
    if (value === undefined || value === null) return;
    const pod = podView(value, document);
    if (pod) workloads.push(pod);
    else {
      const o = asObj(value);
      objects.push({
        document,
        apiVersion: asStr(o.apiVersion),
        kind: asStr(o.kind),
        name: asStr(asObj(o.metadata).name),
      });
    }
  });
  return { workloads, objects };
}

/** The pod of one workload document, or `undefined` when the document is not a workload kind. */
export function podView(value: unknown, document: number): PodView | undefined {
  const o = asObj(value);
  const kind = o.kind;
  if (!isWorkloadKind(kind)) return undefined;
  const { templatePath } = WORKLOADS[kind];
  const specPath: Path = [...templatePath, 'spec'];
  const template = asObj(getPath(o, templatePath));
  const spec = asObj(template.spec);
  const metadata = asObj(o.metadata);
  const main = mainContainerIndex(spec, asObj(asObj(template.metadata).annotations));

  const containers: ContainerView[] = [
    ...containersOf(spec, 'initContainers', specPath, main),
    ...containersOf(spec, 'containers', specPath, main),
  ];
  return {
    document,
    kind: kind as WorkloadKind,
    apiVersion: asStr(o.apiVersion) ?? '',
    name: asStr(metadata.name) ?? '',
    templatePath,
    specPath,
    containers,
    volumes: volumesOf(o, kind, spec, specPath, containers),
    namespaces: {
      shareProcessNamespace: spec.shareProcessNamespace === true,
      hostNetwork: spec.hostNetwork === true,
      hostPID: spec.hostPID === true,
      hostIPC: spec.hostIPC === true,
      hostUsers: typeof spec.hostUsers === 'boolean' ? spec.hostUsers : undefined,
      namespace: asStr(metadata.namespace),
    },
  };
}

/**
 * Index in `containers` of the main container: the entry named by the default-container annotation
 * (the first such entry), else the first entry.
 */
export function mainContainerIndex(spec: Obj, annotations: Obj): number {
  const wanted = asStr(annotations[DEFAULT_CONTAINER_ANNOTATION]);
  const i =
    wanted === undefined ? -1 : asList(spec.containers).findIndex((c) => asObj(c).name === wanted);
  return i === -1 ? 0 : i;
}

/** The role of a container given its list, its index and the main container's index. */
export function roleOf(
  list: ContainerList,
  container: Obj,
  index: number,
  mainIndex: number,
): Role {
  if (list === 'initContainers')
    return container.restartPolicy === 'Always' ? 'native-sidecar' : 'init';
  return index === mainIndex ? 'main' : 'sidecar';
}

function containersOf(
  spec: Obj,
  list: ContainerList,
  specPath: Path,
  mainIndex: number,
): ContainerView[] {
  return asList(spec[list]).map((raw, index) => {
    const c = asObj(raw);
    return {
      name: asStr(c.name) ?? '',
      image: asStr(c.image),
      role: roleOf(list, c, index, mainIndex),
      list,
      index,
      path: [...specPath, list, index],
      ports: asList(c.ports).map((p): PortView => {
        const po = asObj(p);
        return {
          name: asStr(po.name),
          containerPort:
            typeof po.containerPort === 'number' || typeof po.containerPort === 'string'
              ? po.containerPort
              : '',
          protocol: asStr(po.protocol) ?? 'TCP',
        };
      }),
      mounts: asList(c.volumeMounts).map((m): MountView => {
        const mo = asObj(m);
        return {
          volume: asStr(mo.name) ?? '',
          mountPath: asStr(mo.mountPath) ?? '',
          readOnly: mo.readOnly === true,
          ...(asStr(mo.subPath) !== undefined ? { subPath: asStr(mo.subPath) } : {}),
        };
      }),
    };
  });
}

function volumesOf(
  o: Obj,
  kind: WorkloadKind,
  spec: Obj,
  specPath: Path,
  containers: ContainerView[],
): VolumeView[] {
  // Who mounts each volume, in container order, worked out once: looking it up per volume was
  // volumes × mounts, seconds for a pod of a few thousand of each.
  const mounters = new Map<string, string[]>();
  for (const c of containers) {
    for (const volume of new Set(c.mounts.map((m) => m.volume))) {
      const names = mounters.get(volume);
      if (names) names.push(c.name);
      else mounters.set(volume, [c.name]);
    }
  }
  const mountedBy = (name: string) => [...(mounters.get(name) ?? [])];
  const volumes: VolumeView[] = asList(spec.volumes).map((raw, i) => {
    const v = asObj(raw);
    const name = asStr(v.name) ?? '';
    const source = Object.keys(v).find((k) => k !== 'name') ?? 'unknown';
    return { name, source, path: [...specPath, 'volumes', i], mountedBy: mountedBy(name) };
  });
  if (WORKLOADS[kind].stableIdentity) {
    asList(asObj(o.spec).volumeClaimTemplates).forEach((raw, i) => {
      const name = asStr(asObj(asObj(raw).metadata).name) ?? '';
      volumes.push({
        name,
        source: 'volumeClaimTemplate',
        path: ['spec', 'volumeClaimTemplates', i],
        mountedBy: mountedBy(name),
      });
    });
  }
  return volumes;
}
