import type { K8sVersion } from '../validate/versions.ts';
import { podLabels } from '../pod/labels.ts';
import { mapSelects } from '../pod/selectors.ts';
import { portTargets, resolveTargetPort, serviceTypeOf } from '../pod/service.ts';
import type { ObjectView, PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const q = (s: string) => JSON.stringify(s);

/** A Service document of the design. */
export interface ServiceDocument {
  document: number;
  value: unknown;
}

/** The container port a Service port sends its traffic to. */
export interface RouteTarget {
  container: string;
  port: number | string;
  protocol: string;
  name?: string;
}

/** One port of a Service that selects the pod, and where its traffic lands. */
export interface ServiceRoute {
  service: string;
  document: number;
  /** Index of the port in the Service's `spec.ports`. */
  index: number;
  /** The Service port's name, if any. */
  name?: string;
  port: number | string;
  protocol: string;
  /** What the port sends to: its targetPort, or its own number when targetPort is unset. */
  targetPort: number | string;
  nodePort?: number;
  /** The declared container port it reaches, or `undefined` when it reaches none. */
  target?: RouteTarget;
  /**
   * `named`: a port name found in a container; `numbered`: a number a container declares;
   * `undeclared`: a number no container declares (it works only if something listens there);
   * `none`: a name no running container declares with that protocol, so the Service has no
   * endpoints for this port.
   */
  reach: 'named' | 'numbered' | 'undeclared' | 'none';
  /** Why it reaches nothing or only maybe, in words. */
  note?: string;
}

/** The Service documents of a design (`kind: Service`), for {@link serviceRoutes}. */
export function designServices(
  values: readonly unknown[],
  objects: readonly ObjectView[],
): ServiceDocument[] {
  return objects
    .filter((o) => o.kind === 'Service')
    .map((o) => ({ document: o.document, value: values[o.document] }));
}

/** True when the Service sends traffic to this pod: its selector matches, namespaces agree. */
function selects(service: unknown, pod: PodView, labels: unknown): boolean {
  const selector = getPath(service, ['spec', 'selector']);
  if (serviceTypeOf(service) === 'ExternalName' || !mapSelects(selector, labels)) return false;
  const ns = getPath(service, ['metadata', 'namespace']);
  const podNs = pod.namespaces.namespace;
  // An unset namespace is wherever the design is applied.
  return typeof ns !== 'string' || podNs === undefined || ns === podNs;
}

/** Why a named targetPort reaches nothing. */
function missingName(pod: PodView, name: string, protocol: string): string {
  const other = portTargets(pod).find((t) => t.name === name);
  if (other)
    return `the port named ${q(name)} of ${q(other.container)} is ${other.protocol}, not ${protocol}: this Service port reaches nothing`;
  const init = pod.containers.find(
    (c) => c.role === 'init' && c.ports.some((p) => p.name === name),
  );
  if (init)
    return `only init container ${q(init.name)} declares ${q(name)}, and it exits before the pod is ready: this Service port reaches nothing`;
  return `no container declares a port named ${q(name)}: this Service port reaches nothing (the Service has no endpoints for it)`;
}

function route(
  pod: PodView,
  service: string,
  document: number,
  raw: Obj,
  index: number,
): ServiceRoute | undefined {
  const port = raw.port;
  if (typeof port !== 'number' && typeof port !== 'string') return undefined;
  const protocol = typeof raw.protocol === 'string' && raw.protocol !== '' ? raw.protocol : 'TCP';
  const wanted =
    typeof raw.targetPort === 'number' || typeof raw.targetPort === 'string'
      ? raw.targetPort
      : port;
  const base = {
    service,
    document,
    index,
    ...(typeof raw.name === 'string' && raw.name !== '' ? { name: raw.name } : {}),
    port,
    protocol,
    targetPort: wanted,
    ...(typeof raw.nodePort === 'number' ? { nodePort: raw.nodePort } : {}),
  };
  const found = resolveTargetPort(pod, wanted, port, protocol);
  const target = found && {
    container: found.container,
    port: found.containerPort,
    protocol: found.protocol,
    ...(found.name ? { name: found.name } : {}),
  };
  const named = typeof wanted === 'string' && !/^\d+$/.test(wanted);
  if (named)
    return target
      ? { ...base, target, reach: 'named' }
      : { ...base, reach: 'none', note: missingName(pod, wanted, protocol) };
  if (target) return { ...base, target, reach: 'numbered' };
  return {
    ...base,
    reach: 'undeclared',
    note: `no container declares ${String(wanted)}/${protocol}: traffic goes to that port of the pod and reaches a container only if one listens there`,
  };
}

/**
 * Every port of every Service in `services` that selects the pod (its selector matches the pod
 * template's labels and the namespaces agree), and the container port each one reaches. A named
 * targetPort is looked up as the endpoints controller does (`containers` first, then native
 * sidecars, same protocol); a number reaches that port whether or not a container declares it.
 * `pod` is the pod as the target version runs it.
 */
export function serviceRoutes(
  pod: PodView,
  value: unknown,
  services: readonly ServiceDocument[],
  k8s?: K8sVersion,
): ServiceRoute[] {
  const labels = podLabels(value, pod, k8s);
  return services.flatMap(({ document, value: service }) => {
    if (!selects(service, pod, labels)) return [];
    const name = getPath(service, ['metadata', 'name']);
    const ports = getPath(service, ['spec', 'ports']);
    if (!Array.isArray(ports)) return [];
    return ports.flatMap((raw: unknown, i) => {
      const r = isObj(raw)
        ? route(pod, typeof name === 'string' ? name : '', document, raw, i)
        : undefined;
      return r ? [r] : [];
    });
  });
}
