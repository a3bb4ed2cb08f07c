import { podLabels } from '../../pod/labels.ts';
import { mapSelects } from '../../pod/selectors.ts';
import { portTargets, type PortTarget } from '../../pod/service.ts';
import type { DesignView, LabelValue, PodView } from '../../pod/types.ts';
import { getPath } from '../../pod/view.ts';
import {
  isObj,
  listOf,
  objOf,
  type DesignContext,
  type Obj,
  type Report,
  type RuleFamily,
} from '../context.ts';
import { portNameError } from '../messages.ts';

interface Pods {
  pod: PodView;
  labels: Record<string, LabelValue>;
  targets: PortTarget[];
}

const describe = (pod: PodView) => `${pod.kind} ${JSON.stringify(pod.name)}`;
const names = (pods: Pods[]) => pods.map((p) => describe(p.pod)).join(', ');
const labelWords = (selector: Obj) =>
  Object.entries(selector)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');

const labelKey = (key: string, value: unknown) => `${key}=${String(value)}`;

/** The index keys a pod label is found under: each value it can hold, or `key=*` for any. */
function keysOf(key: string, value: LabelValue): string[] {
  if (typeof value === 'string') return [labelKey(key, value)];
  return 'any' in value ? [`${key}=*`] : value.oneOf.map((v) => labelKey(key, v));
}

/**
 * The design's pods by each of their labels: a Service's first selector label narrows the pods to
 * check to a few, so a design with many Services and workloads stays linear.
 */
function indexPods(ctx: DesignContext): Map<string, Pods[]> {
  const byLabel = new Map<string, Pods[]>();
  for (const pod of ctx.view.workloads) {
    const labels = podLabels(ctx.values[pod.document], pod, ctx.k8s);
    const entry = { pod, labels, targets: portTargets(pod) };
    for (const [k, v] of Object.entries(labels))
      for (const key of keysOf(k, v)) {
        const list = byLabel.get(key);
        if (list) list.push(entry);
        else byLabel.set(key, [entry]);
      }
  }
  return byLabel;
}

/** Namespaces differ only when both are written: an unset one is wherever the design is applied. */
function sameNamespace(service: unknown, pod: PodView): boolean {
  const ns = getPath(service, ['metadata', 'namespace']);
  const podNs = pod.namespaces.namespace;
  return typeof ns !== 'string' || podNs === undefined || ns === podNs;
}

/**
 * The workload a Service that selects no pod of the design is obviously meant for: the only one
 * with pod labels in the Service's namespace. `undefined` when there are none or several, or when
 * the selector does pick some pods (in another namespace: then the namespace is what is off).
 */
export function podsForService(
  values: readonly unknown[],
  view: DesignView,
  service: number,
): PodView | undefined {
  const value = values[service];
  const selector = getPath(value, ['spec', 'selector']);
  if (view.workloads.some((pod) => mapSelects(selector, podLabels(values[pod.document], pod))))
    return undefined;
  const labelled = view.workloads.flatMap((pod) => {
    const labels = getPath(values[pod.document], [...pod.templatePath, 'metadata', 'labels']);
    return isObj(labels) && Object.keys(labels).length ? [{ pod, labels }] : [];
  });
  const here = labelled.filter((p) => sameNamespace(value, p.pod));
  return here.length === 1 ? here[0]!.pod : undefined;
}

function checkService(
  ctx: DesignContext,
  document: number,
  byLabel: ReadonlyMap<string, Pods[]>,
  report: Report,
): void {
  const service = ctx.values[document];
  const spec = objOf(service, 'spec');
  const selector = spec.selector;
  // No selector (or an empty one): endpoints are managed by hand, nothing to check.
  if (spec.type === 'ExternalName' || !isObj(selector) || !Object.keys(selector).length) return;
  const [key, value] = Object.entries(selector)[0]!;
  const candidates = [
    ...(byLabel.get(labelKey(key, value)) ?? []),
    ...(byLabel.get(`${key}=*`) ?? []),
  ];
  const labelled = candidates.filter((p) => mapSelects(selector, p.labels));
  const selected = labelled.filter((p) => sameNamespace(service, p.pod));
  if (!selected.length) {
    const have = labelled.length > 1 ? 'have' : 'has';
    const elsewhere = labelled.length
      ? ` (${names(labelled)} ${have} them, in another namespace)`
      : '';
    report({
      ruleId: 'service-selector-no-match',
      severity: 'warning',
      document,
      path: ['spec', 'selector'],
      detail: `no pod template in the design has the labels ${labelWords(selector)}${elsewhere}, so the Service has no endpoints`,
      ...(podsForService(ctx.values, ctx.view, document)
        ? { fix: 'select-pod-labels' as const }
        : {}),
    });
    return;
  }
  listOf(spec.ports).forEach((raw, i) => {
    if (!isObj(raw)) return;
    const protocol = typeof raw.protocol === 'string' ? raw.protocol : 'TCP';
    // targetPort defaults to port.
    const field = raw.targetPort !== undefined && raw.targetPort !== null ? 'targetPort' : 'port';
    const wanted = raw[field];
    const path = ['spec', 'ports', i, field];
    if (typeof wanted === 'string') {
      if (portNameError(wanted)) return; // service-spec-invalid reports a malformed name
      const lacking = selected.filter(
        (p) => !p.targets.some((t) => t.name === wanted && t.protocol === protocol),
      );
      if (!lacking.length) return;
      const other = lacking.flatMap((p) => p.targets).find((t) => t.name === wanted);
      report({
        ruleId: 'service-targetport-not-in-pod',
        severity: 'warning',
        document,
        path,
        detail: other
          ? `the port named ${JSON.stringify(wanted)} of ${names(lacking)} is ${other.protocol}, not ${protocol}, so the Service has no endpoints for it`
          : `no container of ${names(lacking)} declares a port named ${JSON.stringify(wanted)}, so the Service has no endpoints for it`,
      });
    } else if (
      typeof wanted === 'number' &&
      Number.isInteger(wanted) &&
      wanted >= 1 &&
      wanted <= 65535
    ) {
      const lacking = selected.filter(
        (p) =>
          !p.targets.some((t) => Number(t.containerPort) === wanted && t.protocol === protocol),
      );
      // Declaring a container port is informational: the app may listen on it all the same.
      if (lacking.length)
        report({
          ruleId: 'service-targetport-not-in-pod',
          severity: 'info',
          document,
          path,
          detail: `no container of ${names(lacking)} declares port ${wanted}/${protocol}; traffic reaches it only if the app listens there anyway`,
        });
    }
  });
}

/**
 * Services against the pods of the same design: a selector that picks none of its pod templates
 * (warning: no endpoints), and a targetPort no selected container declares (a named one cannot be
 * resolved: warning; an undeclared number may still be listened on: info). Services are not
 * judged in a design without workloads: their pods live elsewhere.
 */
export const servicePods: RuleFamily = {
  ids: ['service-selector-no-match', 'service-targetport-not-in-pod'],
  design(ctx, report) {
    if (!ctx.view.workloads.length) return;
    let byLabel: Map<string, Pods[]> | undefined;
    for (const o of ctx.view.objects) {
      if (o.kind !== 'Service' || o.apiVersion !== 'v1') continue;
      byLabel ??= indexPods(ctx);
      checkService(ctx, o.document, byLabel, report);
    }
  },
};
