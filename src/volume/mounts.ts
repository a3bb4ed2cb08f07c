import type { ContainerView, PodView, VolumeView } from '../pod/types.ts';

/** One mount of a volume: which container, at which path, how. */
export interface VolumeMountUse {
  container: ContainerView;
  /** Index in the container's `volumeMounts`. */
  index: number;
  mountPath: string;
  readOnly: boolean;
  subPath?: string;
}

/** Every mount of the volume `name`, in container order (a container may mount it twice). */
export function mountsOf(pod: PodView, name: string): VolumeMountUse[] {
  return pod.containers.flatMap((container) =>
    container.mounts.flatMap((m, index) =>
      m.volume === name
        ? [{ container, index, mountPath: m.mountPath, readOnly: m.readOnly, subPath: m.subPath }]
        : [],
    ),
  );
}

/** How many containers share a volume: two or more is what makes it a shared volume. */
export function sharedBy(volume: VolumeView): number {
  return new Set(volume.mountedBy).size;
}

/**
 * Where to mount a volume unless the user says otherwise: log volumes under /var/log, config
 * under /etc, secrets under /etc/secrets, everything else under /data. A path the container
 * already uses gets a `-2`, `-3`, … suffix.
 */
export function suggestMountPath(
  volume: { name: string; source: string },
  container?: ContainerView,
): string {
  const { name, source } = volume;
  const base = /log/.test(name)
    ? `/var/log/${name}`
    : source === 'configMap'
      ? `/etc/${name}`
      : source === 'secret'
        ? `/etc/secrets/${name}`
        : source === 'downwardAPI'
          ? `/etc/${name}`
          : `/data/${name}`;
  const taken = new Set(container?.mounts.map((m) => m.mountPath));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The mount path to propose when `container` mounts the volume `volumeName`: where another
 * container already mounts it (the first such mount in container order), so files shared through
 * the volume have the same path on both sides; else {@link suggestMountPath}. A mount with a
 * subPath shows only part of the volume, so its path is not offered, and neither is a path the
 * target container already mounts something at.
 */
export function defaultMountPath(
  pod: PodView,
  volumeName: string,
  container?: { list: string; index: number },
): string {
  const target = container
    ? pod.containers.find((c) => c.list === container.list && c.index === container.index)
    : undefined;
  const taken = new Set(target?.mounts.map((m) => normalizePath(m.mountPath)));
  const shared = mountsOf(pod, volumeName).find(
    (m) =>
      !(target && m.container.list === target.list && m.container.index === target.index) &&
      !m.subPath &&
      m.mountPath.startsWith('/') &&
      !taken.has(normalizePath(m.mountPath)),
  );
  if (shared) return shared.mountPath;
  const volume = pod.volumes.find((v) => v.name === volumeName);
  return suggestMountPath({ name: volumeName, source: volume?.source ?? '' }, target);
}

/** "/data/" and "/data" are the same mount point. */
function normalizePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const str = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A short description of a volume's source for the canvas, from the volume's parsed value:
 * "emptyDir in memory, up to 1Gi", "configMap nginx-config", "claim template 8Gi, ReadWriteOnce".
 */
export function describeSource(source: string, value: unknown): string {
  const v = obj(value);
  const s = obj(v[source]);
  const parts: (string | undefined)[] = [];
  switch (source) {
    case 'emptyDir':
      parts.push(
        s.medium === 'Memory' ? 'in memory' : undefined,
        str(s.sizeLimit) && `up to ${str(s.sizeLimit)}`,
      );
      return join('emptyDir', parts);
    case 'persistentVolumeClaim':
      return join(`claim ${str(s.claimName) ?? '(no claimName)'}`, [
        s.readOnly === true ? 'read-only' : undefined,
      ]);
    case 'configMap':
      return `configMap ${str(s.name) ?? '(no name)'}`;
    case 'secret':
      return `secret ${str(s.secretName) ?? '(no secretName)'}`;
    case 'hostPath':
      return join(`hostPath ${str(s.path) ?? '(no path)'}`, [str(s.type)]);
    case 'projected': {
      const kinds = Array.isArray(s.sources) ? s.sources.map((x) => Object.keys(obj(x))[0]) : [];
      return kinds.length ? `projected: ${kinds.join(', ')}` : 'projected (no sources)';
    }
    case 'downwardAPI':
      return `downwardAPI, ${count(Array.isArray(s.items) ? s.items.length : 0, 'file')}`;
    case 'volumeClaimTemplate': {
      const spec = obj(v.spec);
      const storage = str(obj(obj(spec.resources).requests).storage);
      const modes = Array.isArray(spec.accessModes) ? spec.accessModes.join(', ') : undefined;
      return join('claim template', [storage, modes || undefined]);
    }
    default:
      return source;
  }
}

function join(head: string, parts: (string | false | undefined)[]): string {
  const rest = parts.filter(Boolean);
  return rest.length ? `${head}, ${rest.join(', ')}` : head;
}
