import { WORKLOADS } from '../pod/kinds.ts';
import type { PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import { applyChanges } from './apply.ts';
import type { Change } from './change.ts';
import { findContainer, loadPod, type ContainerRef } from './containers.ts';
import { EditError } from './errors.ts';
import { dnsLabelProblem } from '../pod/names.ts';

/** The volume sources the designer offers, with what a new one starts as. */
export const VOLUME_SOURCES = {
  emptyDir: {},
  persistentVolumeClaim: { claimName: 'data' },
  configMap: { name: 'config' },
  secret: { secretName: 'credentials' },
  hostPath: { path: '/var/log', type: 'Directory' },
  projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } }] },
  downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] },
} as const;

export type VolumeSource = keyof typeof VOLUME_SOURCES;

export interface AddVolumeOp {
  document: number;
  name: string;
  source: VolumeSource;
  /** Fields of the source (`{ medium: 'Memory' }` for an emptyDir); defaults from {@link VOLUME_SOURCES}. */
  spec?: Record<string, unknown>;
}

/** Adds a pod volume. Names must be unique among volumes and claim templates. */
export function addVolume(text: string, op: AddVolumeOp): string {
  const { pod } = loadPod(text, op.document);
  const name = checkName(pod, op.name);
  const value = { name, [op.source]: op.spec ?? structuredClone(VOLUME_SOURCES[op.source]) };
  return applyChanges(text, op.document, [
    { type: 'insert', path: [...pod.specPath, 'volumes'], value },
  ]);
}

/** Adds a StatefulSet volumeClaimTemplate: each replica gets its own PersistentVolumeClaim. */
export function addClaimTemplate(
  text: string,
  op: { document: number; name: string; storage?: string; accessMode?: string },
): string {
  const { pod } = loadPod(text, op.document);
  if (!WORKLOADS[pod.kind].stableIdentity)
    throw new EditError('Only a StatefulSet has volumeClaimTemplates.');
  const name = checkName(pod, op.name);
  const value = {
    metadata: { name },
    spec: {
      accessModes: [op.accessMode ?? 'ReadWriteOnce'],
      resources: { requests: { storage: op.storage ?? '1Gi' } },
    },
  };
  return applyChanges(text, op.document, [
    { type: 'insert', path: ['spec', 'volumeClaimTemplates'], value },
  ]);
}

/** Removes a volume (or claim template) and every mount of it, so no mount is left pointing nowhere. */
export function removeVolume(text: string, op: { document: number; name: string }): string {
  const { pod } = loadPod(text, op.document);
  const volume = pod.volumes.find((v) => v.name === op.name);
  if (!volume) throw new EditError(`There is no volume named "${op.name}".`);
  const changes: Change[] = [];
  // Highest indices first, so earlier deletions do not shift later paths.
  for (const c of [...pod.containers].reverse()) {
    const mounts = c.mounts.map((m, i) => ({ m, i })).filter(({ m }) => m.volume === op.name);
    if (mounts.length === c.mounts.length && mounts.length)
      changes.push({ type: 'delete', path: [...c.path, 'volumeMounts'] });
    else
      for (const { i } of mounts.reverse())
        changes.push({ type: 'delete', path: [...c.path, 'volumeMounts', i] });
  }
  const isClaim = (v: { source: string }) => v.source === 'volumeClaimTemplate';
  const siblings = pod.volumes.filter((v) => isClaim(v) === isClaim(volume));
  changes.push({
    type: 'delete',
    path: siblings.length === 1 ? volume.path.slice(0, -1) : volume.path,
  });
  return applyChanges(text, op.document, changes);
}

/**
 * Renames a volume (or claim template) and every `volumeMounts` and `volumeDevices` entry that
 * refers to it, so no container is left pointing at the old name. Renaming to the same name
 * returns the text unchanged.
 */
export function renameVolume(
  text: string,
  op: { document: number; from: string; to: string },
): string {
  const { pod, value } = loadPod(text, op.document);
  const volume = pod.volumes.find((v) => v.name === op.from);
  if (!volume) throw new EditError(`There is no volume named "${op.from}".`);
  if (op.to.trim() === op.from) return text;
  const name = checkName(pod, op.to);
  const changes: Change[] = [
    {
      type: 'set',
      path:
        volume.source === 'volumeClaimTemplate'
          ? [...volume.path, 'metadata', 'name']
          : [...volume.path, 'name'],
      value: name,
    },
  ];
  for (const c of pod.containers) {
    c.mounts.forEach((m, i) => {
      if (m.volume === op.from)
        changes.push({ type: 'set', path: [...c.path, 'volumeMounts', i, 'name'], value: name });
    });
    // Block devices of a claim refer to the volume by name too; the pod view does not list them.
    const devices = getPath(value, [...c.path, 'volumeDevices']);
    if (!Array.isArray(devices)) continue;
    devices.forEach((d: unknown, i) => {
      if ((d as { name?: unknown } | null)?.name === op.from)
        changes.push({ type: 'set', path: [...c.path, 'volumeDevices', i, 'name'], value: name });
    });
  }
  return applyChanges(text, op.document, changes);
}

export interface MountOp {
  document: number;
  container: ContainerRef;
  volume: string;
  mountPath: string;
  readOnly?: boolean;
  subPath?: string;
}

/** Mounts a volume into a container (the drag of a volume onto a card). */
export function mountVolume(text: string, op: MountOp): string {
  const { pod } = loadPod(text, op.document);
  const container = findContainer(pod, op.container);
  if (!pod.volumes.some((v) => v.name === op.volume))
    throw new EditError(`There is no volume named "${op.volume}".`);
  const mountPath = op.mountPath.trim();
  if (!mountPath.startsWith('/'))
    throw new EditError('The mount path must be absolute, like /var/log/app.');
  if (container.mounts.some((m) => m.mountPath === mountPath)) {
    throw new EditError(`${container.name} already mounts something at ${mountPath}.`);
  }
  const value: Record<string, unknown> = { name: op.volume, mountPath };
  if (op.readOnly) value.readOnly = true;
  if (op.subPath) value.subPath = op.subPath;
  return applyChanges(text, op.document, [
    { type: 'insert', path: [...container.path, 'volumeMounts'], value },
  ]);
}

/** Removes one mount of a container. */
export function unmountVolume(
  text: string,
  op: { document: number; container: ContainerRef; index: number },
): string {
  const { pod } = loadPod(text, op.document);
  const container = findContainer(pod, op.container);
  if (!container.mounts[op.index])
    throw new EditError(`${container.name} has no mount ${op.index + 1}.`);
  const path =
    container.mounts.length === 1
      ? [...container.path, 'volumeMounts']
      : [...container.path, 'volumeMounts', op.index];
  return applyChanges(text, op.document, [{ type: 'delete', path }]);
}

/** A free volume name based on `base`. */
export function freeVolumeName(pod: PodView, base: string): string {
  const taken = new Set(pod.volumes.map((v) => v.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function checkName(pod: PodView, raw: string): string {
  const name = raw.trim();
  const problem = dnsLabelProblem(name, 'A volume name');
  if (problem) throw new EditError(`"${name}" is not a valid volume name. ${problem}`);
  if (pod.volumes.some((v) => v.name === name))
    throw new EditError(`There is already a volume named "${name}".`);
  return name;
}
