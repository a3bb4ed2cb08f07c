import { nameLabels, serviceNameFor } from '../pod/derived.ts';
import { isWorkloadKind, WORKLOADS } from '../pod/kinds.ts';
import { portTargets, serviceTypeOf, type ServiceKind } from '../pod/service.ts';
import { getPath } from '../pod/view.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';
import { loadPod } from './containers.ts';
import { appendDocument } from './documents.ts';
import { EditError } from './errors.ts';
import { podLabelsPath } from './labels.ts';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'Headless';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface AddServiceOp {
  workload: number;
  type: ServiceType;
  name?: string;
  /**
   * When the pods have no labels, first give them the label derived from the workload's name
   * (`app.kubernetes.io/name: <name>`), in the selector too for kinds that have one, so the Service
   * has something to select. Without it, unlabelled pods are refused.
   */
  labelPod?: boolean;
}

/**
 * Puts a Service in front of a workload's pods: its selector is the pod template's labels and it
 * exposes every named container port (by name, so the port can move without editing the Service).
 * A headless Service for a StatefulSet becomes that StatefulSet's `serviceName`. The Service takes
 * the workload's namespace, and a name no other Service of the design has.
 *
 * @throws EditError when the pods have no labels and `labelPod` is not set.
 */
export function addService(text: string, op: AddServiceOp): string {
  if (op.labelPod && !hasPodLabels(text, op.workload)) text = labelPods(text, op.workload);
  const { pod, value } = loadPod(text, op.workload);
  const labels = getPath(value, podLabelsPath(pod));
  if (!isObj(labels) || !Object.keys(labels).length) {
    throw new EditError(
      'The pod template has no labels for a Service to select; add a label first.',
    );
  }
  const services = parseForEdit(text).values.filter(
    (v) => (v as Obj | undefined)?.kind === 'Service',
  );
  const taken = new Set(services.map((v) => getPath(v, ['metadata', 'name'])));
  const name = freeName(op.name ?? serviceNameFor(pod.name, op.type === 'Headless'), taken);
  const namespace = pod.namespaces.namespace;
  const ports = pod.containers
    .filter((c) => c.role !== 'init')
    .flatMap((c) => c.ports)
    .filter((p) => typeof p.containerPort === 'number')
    .map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: p.containerPort,
      targetPort: p.name ?? p.containerPort,
      ...(p.protocol !== 'TCP' ? { protocol: p.protocol } : {}),
    }));
  const spec: Obj = {};
  if (op.type === 'NodePort') spec.type = 'NodePort';
  if (op.type === 'Headless') spec.clusterIP = 'None';
  spec.selector = labels;
  spec.ports = ports.length ? ports : [{ name: 'http', port: 80, targetPort: 80 }];
  // The Service must live beside the pods it selects.
  const metadata = namespace ? { name, namespace } : { name };
  const service = { apiVersion: 'v1', kind: 'Service', metadata, spec };
  let out = appendDocument(text, service);
  if (op.type === 'Headless' && WORKLOADS[pod.kind].stableIdentity) {
    out = applyChanges(out, op.workload, [
      { type: 'set', path: ['spec', 'serviceName'], value: name },
    ]);
  }
  return out;
}

/** True when the workload's pods have at least one label (a Service needs one to select them). */
export function hasPodLabels(text: string, workload: number): boolean {
  const { pod, value } = loadPod(text, workload);
  const labels = getPath(value, podLabelsPath(pod));
  return isObj(labels) && Object.keys(labels).length > 0;
}

/**
 * Gives unlabelled pods the label derived from the workload's name, and adds it to the selector
 * of kinds that need one (or already have one), so the controller still owns its pods.
 */
function labelPods(text: string, workload: number): string {
  const { pod, value } = loadPod(text, workload);
  const labels = nameLabels(pod.name);
  const changes: Change[] = [{ type: 'set', path: podLabelsPath(pod), value: labels }];
  const selector = getPath(value, ['spec', 'selector']);
  if (isObj(selector)) {
    for (const [k, v] of Object.entries(labels))
      changes.push({ type: 'set', path: ['spec', 'selector', 'matchLabels', k], value: v });
  } else if (WORKLOADS[pod.kind].selector === 'required') {
    changes.push({
      type: 'set',
      path: ['spec', 'selector'],
      value: { matchLabels: labels },
      before: 'template',
    });
  }
  return applyChanges(text, workload, changes);
}

/** Makes a Service select exactly the workload's pod template labels. */
export function followSelector(text: string, op: { service: number; workload: number }): string {
  const { pod, value } = loadPod(text, op.workload);
  const labels = getPath(value, [...pod.templatePath, 'metadata', 'labels']);
  const service = parseForEdit(text).values[op.service] as Obj | undefined;
  if (service?.kind !== 'Service')
    throw new EditError(`Document ${op.service + 1} is not a Service.`);
  const change: Change = { type: 'set', path: ['spec', 'selector'], value: labels ?? {} };
  return applyChanges(text, op.service, [change]);
}

/** True when a Service's selector picks pods with these labels (an empty selector selects nothing here). */
export function selectsLabels(service: unknown, labels: unknown): boolean {
  const selector = getPath(service, ['spec', 'selector']);
  if (typeof selector !== 'object' || selector === null || !Object.keys(selector).length)
    return false;
  const have = (typeof labels === 'object' && labels !== null ? labels : {}) as Obj;
  return Object.entries(selector).every(([k, v]) => have[k] === v);
}

function freeName(wanted: string, taken: ReadonlySet<unknown>): string {
  if (!taken.has(wanted)) return wanted;
  let i = 2;
  while (taken.has(`${wanted}-${i}`)) i++;
  return `${wanted}-${i}`;
}

function loadService(text: string, service: number): Obj {
  const value = parseForEdit(text).values[service] as Obj | undefined;
  if (value?.kind !== 'Service') throw new EditError(`Document ${service + 1} is not a Service.`);
  return value;
}

/**
 * Turns a Service into another type. Headless is `clusterIP: None` (type ClusterIP); leaving
 * Headless removes it, since a cluster IP cannot be changed in place; node ports go when the new
 * type does not open them.
 */
export function setServiceType(text: string, op: { service: number; type: ServiceKind }): string {
  const value = loadService(text, op.service);
  if (serviceTypeOf(value) === op.type) return text;
  const changes: Change[] = [];
  const typeNow = getPath(value, ['spec', 'type']);
  if (op.type === 'Headless' || op.type === 'ClusterIP') {
    if (typeNow !== undefined && typeNow !== 'ClusterIP')
      changes.push({ type: 'delete', path: ['spec', 'type'] });
  } else {
    changes.push({ type: 'set', path: ['spec', 'type'], value: op.type, before: 'selector' });
  }
  const clusterIP = getPath(value, ['spec', 'clusterIP']);
  if (op.type === 'Headless') {
    changes.push({ type: 'set', path: ['spec', 'clusterIP'], value: 'None', before: 'selector' });
  } else if (clusterIP === 'None') {
    changes.push({ type: 'delete', path: ['spec', 'clusterIP'] });
  }
  if (op.type !== 'NodePort' && op.type !== 'LoadBalancer') {
    const ports = getPath(value, ['spec', 'ports']);
    (Array.isArray(ports) ? ports : []).forEach((p, i) => {
      if (getPath(p, ['nodePort']) !== undefined)
        changes.push({ type: 'delete', path: ['spec', 'ports', i, 'nodePort'] });
    });
  }
  if (op.type !== 'ExternalName' && getPath(value, ['spec', 'externalName']) !== undefined)
    changes.push({ type: 'delete', path: ['spec', 'externalName'] });
  return applyChanges(text, op.service, changes);
}

/**
 * Adds a port to a Service: the first named container port of the workload it does not expose yet
 * (targeted by name), else the next free port number.
 */
export function addServicePort(text: string, op: { service: number; workload: number }): string {
  const value = loadService(text, op.service);
  const { pod } = loadPod(text, op.workload);
  const rawPorts = getPath(value, ['spec', 'ports']);
  const ports = Array.isArray(rawPorts) ? rawPorts : [];
  const usedTargets = new Set(
    ports.map((p) => String(getPath(p, ['targetPort']) ?? getPath(p, ['port']))),
  );
  const usedNames = new Set(ports.map((p) => getPath(p, ['name'])));
  const usedPorts = new Set(ports.map((p) => getPath(p, ['port'])));
  const target = portTargets(pod).find(
    (t) => !usedTargets.has(String(t.value)) && !usedTargets.has(String(t.containerPort)),
  );
  let port = typeof target?.containerPort === 'number' ? target.containerPort : 80;
  while (usedPorts.has(port)) port = port === 80 ? 8080 : port + 1;
  const name = freeName(target?.name ?? `port-${port}`, usedNames);
  const item: Obj = { name, port, targetPort: target?.value ?? port };
  if (target && target.protocol !== 'TCP') item.protocol = target.protocol;
  return applyChanges(text, op.service, [{ type: 'insert', path: ['spec', 'ports'], value: item }]);
}

/**
 * Renames a Service, and points every StatefulSet whose `serviceName` was the old name at the new
 * one, so the pods keep their DNS names.
 */
export function renameService(text: string, op: { service: number; name: string }): string {
  const value = loadService(text, op.service);
  const old = getPath(value, ['metadata', 'name']);
  if (old === op.name) return text;
  let out = applyChanges(text, op.service, [
    { type: 'set', path: ['metadata', 'name'], value: op.name },
  ]);
  parseForEdit(text).values.forEach((v, i) => {
    const o = v as Obj | undefined;
    if (
      isWorkloadKind(o?.kind) &&
      WORKLOADS[o.kind].stableIdentity &&
      old !== undefined &&
      getPath(o, ['spec', 'serviceName']) === old
    )
      out = applyChanges(out, i, [{ type: 'set', path: ['spec', 'serviceName'], value: op.name }]);
  });
  return out;
}
