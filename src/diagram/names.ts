import type { ServiceRoute } from '../analysis/network.ts';
import { ROLE_WORDS } from '../pod/roles.ts';
import type { ContainerItem, MountItem, PortItem, ServiceItem, VolumeItem } from './model.ts';
import type { ObjectItem, RefItem } from './references.ts';

// The words of the picture: what each node shows and what a screen reader (and the SVG's
// <title>s) says for each node and edge. Never empty: an unnamed thing is "(unnamed)".

/** A name as drawn: "(unnamed)" for an empty one. */
export const shown = (name: string): string => (name === '' ? '(unnamed)' : name);

/** "nginx, main container". */
export const containerName = (c: ContainerItem): string =>
  `${shown(c.view.name)}, ${ROLE_WORDS[c.view.role]}`;

/** "logs, volume"; a mounted but undeclared one says so. */
export const volumeName = (v: VolumeItem): string =>
  v.missing ? `${shown(v.name)}, volume, not declared` : `${shown(v.name)}, volume`;

/** "/var/log (ro)". */
export const mountLabel = (m: MountItem): string =>
  `${m.mount.mountPath}${m.mount.readOnly ? ' (ro)' : ''}`;

/** "logs mounted by app at /var/log, read-write, subPath app". */
export function mountName(m: MountItem): string {
  const how = m.mount.readOnly ? 'read-only' : 'read-write';
  const sub = m.mount.subPath !== undefined ? `, subPath ${m.mount.subPath}` : '';
  const missing = m.volume.missing ? ', but the volume is not declared' : '';
  const path = m.mount.mountPath === '' ? '(no mount path)' : m.mount.mountPath;
  return `${shown(m.volume.name)} mounted by ${shown(m.container.view.name)} at ${path}, ${how}${sub}${missing}`;
}

/** "8080", or "53/UDP" for another protocol than TCP. */
export const portLabel = (p: PortItem): string =>
  `${String(p.port.port)}${p.port.protocol === 'TCP' ? '' : `/${p.port.protocol}`}`;

/** "app port 8080/TCP (http), host port 8080, in conflict". */
export function portName(p: PortItem): string {
  const { port } = p;
  return [
    `${shown(p.container.view.name)} port ${String(port.port)}/${port.protocol}${port.name ? ` (${port.name})` : ''}`,
    ...(port.hostPort !== undefined ? [`host port ${port.hostPort}`] : []),
    ...(port.conflicts.length ? ['in conflict'] : []),
  ].join(', ');
}

/** "app declares port 8080/TCP". */
export const portEdgeName = (p: PortItem): string =>
  `${shown(p.container.view.name)} declares port ${String(p.port.port)}/${p.port.protocol}`;

/** "web, NodePort Service". */
export const serviceName = (s: ServiceItem): string =>
  `${shown(s.service)}, ${s.serviceType} Service`;

/** "80 → 8080", or "9090 → ?" for a port that reaches no declared container port. */
export const routeLabel = (r: ServiceRoute): string =>
  `${String(r.port)} → ${r.target ? String(r.target.port) : '?'}`;

/** "Service web port 80 → app 8080", or "Service web port 9090 reaches no container port". */
export function routeName(r: ServiceRoute): string {
  const head = `Service ${shown(r.service)} port ${String(r.port)}`;
  return r.target
    ? `${head} → ${shown(r.target.container)} ${String(r.target.port)}`
    : `${head} reaches no container port`;
}

/** "init-db starts before mesh-proxy". */
export const startName = (a: ContainerItem, b: ContainerItem): string =>
  `${shown(a.view.name)} starts before ${shown(b.view.name)}`;

/** "migrate starts, then the app containers start". */
export const startAppsName = (a: ContainerItem): string =>
  `${shown(a.view.name)} starts, then the app containers start`;

/** "mesh-proxy keeps running beside the app containers". */
export const runsName = (a: ContainerItem): string =>
  `${shown(a.view.name)} keeps running beside the app containers`;

/** "app-config, ConfigMap", "db, PersistentVolumeClaim, not in the design". */
export const objectName = (o: ObjectItem): string =>
  `${shown(o.name)}, ${o.kind}${o.document === undefined ? ', not in the design' : ''}`;

/** "volume config uses ConfigMap app-config", "app env uses Secret db-creds". */
export const refName = (r: RefItem): string =>
  `${r.fromWords} uses ${r.object.kind} ${shown(r.object.name)}${r.object.document === undefined ? ', not in the design' : ''}`;

/** "the node: host network, host port 80/TCP". */
export const hostName = (touches: readonly string[]): string => `the node: ${touches.join(', ')}`;

/** "the pod touches the node: host network". */
export const hostEdgeName = (touch: string): string => `the pod touches the node: ${touch}`;
