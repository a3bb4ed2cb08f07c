import type { Path } from '../../yaml/path.ts';
import { isObj, objOf, type Obj, type WorkloadContext } from '../context.ts';

// What the security rules share (rules/security-container.ts, rules/security-pod.ts) and their
// quick fixes (fixes-security.ts) check again before they edit.

/**
 * `base` followed by as much of `fields` as the YAML holds: the field itself when it is there,
 * else its nearest parent that is (a finding about a missing field points at where it belongs).
 */
export function nearest(value: unknown, base: Path, fields: readonly string[]): Path {
  const path = [...base];
  let node = value;
  for (const field of fields) {
    if (!isObj(node) || !Object.hasOwn(node, field)) break;
    path.push(field);
    node = node[field];
  }
  return path;
}

/**
 * True when a value can be set at `fields` under `value` by an edit: every map on the way is a
 * map, or missing, or empty (`securityContext:` with nothing after it). A list or a string in the
 * way is a schema error the fix must not paper over.
 */
export function settable(value: unknown, fields: readonly string[]): boolean {
  let node = value;
  for (const field of fields.slice(0, -1)) {
    if (node === undefined || node === null) return true;
    if (!isObj(node)) return false;
    node = node[field];
  }
  return node === undefined || node === null || isObj(node);
}

/**
 * A Windows pod: it has no Linux security settings (the API server refuses them when `os.name`
 * says windows). Also a pod that only its node selector or HostProcess containers place there.
 */
export function isWindows(spec: Obj, containers: readonly Obj[]): boolean {
  const hostProcess = (sc: Obj) => objOf(sc, 'windowsOptions').hostProcess === true;
  return (
    objOf(spec, 'os').name === 'windows' ||
    objOf(spec, 'nodeSelector')['kubernetes.io/os'] === 'windows' ||
    hostProcess(objOf(spec, 'securityContext')) ||
    containers.some((c) => hostProcess(objOf(c, 'securityContext')))
  );
}

/** A container that is privileged: it has every capability and no seccomp filter anyway. */
export function isPrivileged(container: Obj): boolean {
  return objOf(container, 'securityContext').privileged === true;
}

/** A capability as the runtime reads it: upper case, without the `CAP_` prefix. */
export function capabilityName(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return value.trim().toUpperCase().replace(/^CAP_/, '');
}

/** Where the ServiceAccount a pod runs as says whether its token is mounted. */
export function serviceAccountOf(ctx: WorkloadContext): { name: string; automount?: boolean } {
  const { spec } = ctx;
  const named = [spec.serviceAccountName, spec.serviceAccount].find(
    (n): n is string => typeof n === 'string' && n !== '',
  );
  const name = named ?? 'default';
  const namespace = ctx.pod.namespaces.namespace;
  for (const value of ctx.design.values) {
    if (!isObj(value) || value.kind !== 'ServiceAccount' || value.apiVersion !== 'v1') continue;
    const meta = objOf(value, 'metadata');
    if (meta.name !== name) continue;
    const ns = meta.namespace;
    if (typeof ns === 'string' && namespace !== undefined && ns !== namespace) continue;
    const automount = value.automountServiceAccountToken;
    return typeof automount === 'boolean' ? { name, automount } : { name };
  }
  return { name };
}

/** True when the token of the pod's service account is mounted into its containers. */
export function tokenMounted(ctx: WorkloadContext): boolean {
  const own = ctx.spec.automountServiceAccountToken;
  if (typeof own === 'boolean') return own;
  return serviceAccountOf(ctx).automount !== false;
}

/** The seccomp profile types that filter system calls. */
export const CONFINED = new Set(['RuntimeDefault', 'Localhost']);
