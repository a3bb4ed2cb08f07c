import { podFacts, type AttachedObject } from '../pod/links.ts';
import type { PodView } from '../pod/types.ts';
import type { ContainerItem, VolumeItem } from './model.ts';
import type { ObjectNode } from './types.ts';

/** The kinds of object the diagram draws as used by the pod. */
export type ObjectKind = ObjectNode['objectKind'];

/** A ConfigMap, Secret or PVC the pod uses, whether or not the design holds it. */
export interface ObjectItem {
  id: string;
  kind: ObjectKind;
  name: string;
  /** The design's document holding it, when the design has it (in the pod's namespace). */
  document?: number;
}

/** One use of an object: by a volume, or by a container's env or envFrom. */
export interface RefItem {
  id: string;
  /** The node that uses it: a volume or a container. */
  from: string;
  /** How the user is named: "volume config", "app env", "app envFrom". */
  fromWords: string;
  object: ObjectItem;
}

const KINDS = {
  configMap: 'ConfigMap',
  secret: 'Secret',
  claim: 'PersistentVolumeClaim',
} as const satisfies Record<string, ObjectKind>;

const isObjectKind = (kind: string | undefined): kind is ObjectKind =>
  (Object.values(KINDS) as readonly string[]).includes(kind ?? '');

const objectId = (kind: ObjectKind, name: string) => `object:${kind}/${name}`;

/**
 * The objects the pod uses (volume sources, projected ones included; env valueFrom; envFrom), as
 * `podFacts` reads them, each once in order of first use, and one reference per user and object.
 * An object is in the design when `attachedObjects` links it to the pod (it then also checked the
 * namespaces).
 */
export function referencesOf(
  pod: PodView,
  value: unknown,
  attached: readonly AttachedObject[],
  containers: readonly ContainerItem[],
  volumes: readonly VolumeItem[],
): { objects: ObjectItem[]; refs: RefItem[] } {
  const held = new Map<string, number>();
  for (const o of attached) {
    if (o.name === undefined || o.links.length === 0 || !isObjectKind(o.kind)) continue;
    const id = objectId(o.kind, o.name);
    if (!held.has(id)) held.set(id, o.document);
  }
  const objects = new Map<string, ObjectItem>();
  const refs = new Map<string, RefItem>();
  const use = (kind: ObjectKind, name: string, from: string, fromWords: string) => {
    const id = objectId(kind, name);
    let object = objects.get(id);
    if (!object) {
      const document = held.get(id);
      object = { id, kind, name, ...(document !== undefined ? { document } : {}) };
      objects.set(id, object);
    }
    const refId = `ref:${from}->${id}`;
    if (!refs.has(refId)) refs.set(refId, { id: refId, from, fromWords, object });
  };
  const volumeByName = new Map<string, VolumeItem>();
  for (const v of volumes) if (!v.missing && !volumeByName.has(v.name)) volumeByName.set(v.name, v);
  const facts = podFacts(value, pod);
  for (const ref of facts.volumes) {
    const volume = volumeByName.get(ref.volume);
    if (volume) use(KINDS[ref.kind], ref.name, volume.id, `volume ${volume.name || '(unnamed)'}`);
  }
  for (const ref of facts.env) {
    const container = containers[ref.at];
    if (!container) continue;
    const who = container.view.name || '(unnamed)';
    use(
      KINDS[ref.kind],
      ref.name,
      container.id,
      `${who} ${ref.variable === undefined ? 'envFrom' : 'env'}`,
    );
  }
  return { objects: [...objects.values()], refs: [...refs.values()] };
}
