import { parseQuantity } from '../pod/quantity.ts';
import { compareQuantities, isWholeQuantity } from '../pod/quantity-api.ts';
import type { ContainerView, PodView } from '../pod/types.ts';
import { isObj, listOf, objOf } from './context.ts';
import { dnsLabelError, portNameError } from './messages.ts';

// What a quick fix would change a value into, as pure functions of the values. A rule asks them
// whether a fix applies to its finding (so a button is only offered when it works), and
// fixes.ts asks them again when the fix runs (so a design changed since is refused, not broken).

/** Every value a pod's or a container's restartPolicy can take in some version. */
export const RESTART_POLICY_VALUES: readonly string[] = ['Always', 'OnFailure', 'Never'];

/**
 * The one entry of `allowed` that `value` spells with other capitals (`local` → `Local`), or
 * `undefined`: Kubernetes values are case-sensitive, and a case slip has one obvious remedy.
 */
export function caseFix(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  const same = allowed.filter(
    (a): a is string => typeof a === 'string' && a.toLowerCase() === lower,
  );
  return same.length === 1 && same[0] !== value ? same[0] : undefined;
}

/**
 * `name` turned into a valid name: lower case, each run of other characters one `-` (`.` kept
 * where `dots` allows it), no `-` or `.` at either end: `Web_App` → `web-app`. `undefined` when
 * that is still not a name `problem` accepts (too long, or must start with a letter): a name is
 * never shortened or invented.
 */
export function validNameFrom(
  name: string,
  dots: boolean,
  problem: (name: string) => string | undefined,
): string | undefined {
  const next = name
    .toLowerCase()
    .replace(dots ? /[^a-z0-9.]+/g : /[^a-z0-9]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return next && next !== name && !problem(next) ? next : undefined;
}

const LABEL_MAPS = new Set(['labels', 'annotations', 'matchLabels', 'selector']);

/**
 * True when `name` appears as a value anywhere in the design but the object's own
 * `metadata.name` (labels, annotations and selectors aside: they are not references). Another
 * object may then refer to it (a volume's ConfigMap, a StatefulSet's serviceName), and renaming
 * it alone would break that reference.
 */
export function nameUsedElsewhere(
  values: readonly unknown[],
  document: number,
  name: string,
): boolean {
  const found = (value: unknown): boolean => {
    if (value === name) return true;
    if (Array.isArray(value)) return value.some(found);
    return isObj(value) && Object.entries(value).some(([k, v]) => !LABEL_MAPS.has(k) && found(v));
  };
  return values.some((value, i) => {
    if (i !== document || !isObj(value)) return found(value);
    const { name: _own, ...metadata } = objOf(value, 'metadata');
    return found({ ...value, metadata });
  });
}

/**
 * The valid name an invalid container name becomes (`Web_App` → `web-app`), when no other
 * container has it and no downward-API `containerName` of the document refers to the old one.
 */
export function validContainerName(pod: PodView, value: unknown, name: string): string | undefined {
  const next = validNameFrom(name, false, dnsLabelError);
  if (!next || pod.containers.some((c) => c.name === next)) return undefined;
  return containerNameUsed(value, name) ? undefined : next;
}

/** True when a `containerName` field of the document (a downward-API resource reference) names `name`. */
export function containerNameUsed(value: unknown, name: string): boolean {
  if (Array.isArray(value)) return value.some((v) => containerNameUsed(v, name));
  if (!isObj(value)) return false;
  return Object.entries(value).some(
    ([key, v]) => (key === 'containerName' && v === name) || containerNameUsed(v, name),
  );
}

/** The names of a list of port objects. */
export function portNamesOf(ports: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  for (const p of ports) if (isObj(p) && typeof p.name === 'string') names.add(p.name);
  return names;
}

/** `http-2`, `http-3`, … : the first valid port name (IANA_SVC_NAME, 15 characters) not `taken`. */
export function freePortName(name: string, taken: ReadonlySet<string>): string | undefined {
  for (let n = 2; n < 100; n++) {
    const suffix = `-${n}`;
    const candidate = name.slice(0, 15 - suffix.length).replace(/-+$/, '') + suffix;
    if (!portNameError(candidate) && !taken.has(candidate)) return candidate;
  }
  return undefined;
}

/** An absolute subPath made relative (`/conf/web.yaml` → `conf/web.yaml`), when that is valid. */
export function relativeSubPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/')) return undefined;
  const next = value.replace(/^\/+/, '');
  return next && !next.split('/').includes('..') ? next : undefined;
}

/**
 * `512m` of memory is 0.512 bytes; written by someone who meant 512Mi. The value in Mi, when the
 * suffix is `m` and the result is a whole number of bytes. Given the container's `resources`, the
 * fix is also refused when it would put the request above the limit.
 */
export function mebiFromMilli(
  value: unknown,
  where?: { resources: unknown; group: string; name: string },
): string | undefined {
  const q = parseQuantity(value);
  if (typeof value !== 'string' || !q || q.suffix !== 'm' || q.number.startsWith('-'))
    return undefined;
  const next = parseQuantity(`${q.number}Mi`);
  if (!next || !isWholeQuantity(next)) return undefined;
  if (where) {
    const other = where.group === 'requests' ? 'limits' : 'requests';
    const paired = parseQuantity(objOf(where.resources, other)[where.name]);
    const request = other === 'limits' ? next : paired;
    const limit = other === 'limits' ? paired : next;
    if (request && limit && compareQuantities(request, limit) > 0) return undefined;
  }
  return `${q.number}Mi`;
}

/**
 * The indexes of the earlier entries of `env` that entry `index` defines again, when removing them
 * keeps what the container sees: the later definition wins, unless it or an entry in between
 * reads the earlier value through `$(NAME)`. `undefined` when there are none, or that is so.
 */
export function hiddenEnvEntries(env: readonly unknown[], index: number): number[] | undefined {
  const item = env[index];
  if (!isObj(item) || typeof item.name !== 'string' || item.name === '') return undefined;
  const { name } = item;
  const earlier = env.slice(0, index).flatMap((e, i) => (isObj(e) && e.name === name ? [i] : []));
  if (!earlier.length) return undefined;
  const reads = (e: unknown) =>
    isObj(e) && typeof e.value === 'string' && e.value.includes(`$(${name})`);
  return env.slice(earlier[0]! + 1, index + 1).some(reads) ? undefined : earlier;
}

/**
 * What a probe asking for the port name `wanted`, which its container does not declare, should
 * ask for: the container's only port, by name (or number when unnamed). `undefined` when the
 * container declares no port or several, or another container of the pod declares `wanted`
 * (the probe may be meant for that port).
 */
export function onlyPortFor(
  pod: PodView,
  container: ContainerView,
  wanted: string,
): string | number | undefined {
  if (pod.containers.some((c) => c.ports.some((p) => p.name === wanted))) return undefined;
  const [port, ...more] = container.ports;
  if (!port || more.length || port.protocol !== 'TCP') return undefined;
  if (port.name && !portNameError(port.name)) return port.name;
  const n = port.containerPort;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535 ? n : undefined;
}

/**
 * True when the pod's volume `name` can go: nothing mounts it, and every mount names a volume the
 * pod has. A mount naming a missing volume may be a typo for this one (`config` for `conf`), and
 * then removing it is not the remedy.
 */
export function volumeRemovable(pod: PodView, spec: unknown, name: string): boolean {
  const used = mountedNames(spec);
  const known = new Set(pod.volumes.map((v) => v.name));
  return !used.has(name) && [...used].every((n) => known.has(n));
}

/** The names every container of a pod spec mounts (volumeMounts) or attaches (volumeDevices). */
export function mountedNames(spec: unknown): Set<string> {
  const names = new Set<string>();
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'])
    for (const c of listOf(isObj(spec) ? spec[list] : undefined))
      for (const field of ['volumeMounts', 'volumeDevices'])
        for (const m of listOf(isObj(c) ? c[field] : undefined))
          if (isObj(m) && typeof m.name === 'string') names.add(m.name);
  return names;
}
