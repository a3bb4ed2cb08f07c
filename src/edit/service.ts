import { getPath } from '../pod/view.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';
import { loadPod } from './containers.ts';
import { appendDocument } from './documents.ts';
import { EditError } from './errors.ts';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'Headless';

type Obj = Record<string, unknown>;

/**
 * Puts a Service in front of a workload's pods: its selector is the pod template's labels and it
 * exposes every named container port (by name, so the port can move without editing the Service).
 * A headless Service for a StatefulSet becomes that StatefulSet's `serviceName`.
 */
export function addService(
  text: string,
  op: { workload: number; type: ServiceType; name?: string },
): string {
  const { pod, value } = loadPod(text, op.workload);
  const labels = getPath(value, [...pod.templatePath, 'metadata', 'labels']);
  if (typeof labels !== 'object' || labels === null || !Object.keys(labels).length) {
    throw new EditError(
      'The pod template has no labels for a Service to select; add a label first.',
    );
  }
  const name = op.name ?? (op.type === 'Headless' ? `${pod.name}-headless` : pod.name);
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
  const service = { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec };
  let out = appendDocument(text, service);
  if (op.type === 'Headless' && pod.kind === 'StatefulSet') {
    out = applyChanges(out, op.workload, [
      { type: 'set', path: ['spec', 'serviceName'], value: name },
    ]);
  }
  return out;
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
