import { Document, isMap, YAMLMap } from 'yaml';
import { baseName, nameLabels } from '../pod/derived.ts';
import { WORKLOADS } from '../pod/kinds.ts';
import type { PodView, WorkloadKind } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import { nodeAt } from '../yaml/locate.ts';
import type { Path } from '../yaml/path.ts';
import { applyChanges } from './apply.ts';
import type { Change } from './change.ts';
import { loadPod } from './containers.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Switches a workload to another kind, keeping its pod template (text, comments and all) and fixing
 * what the new kind requires: apiVersion, selector and template labels, a restartPolicy the kind
 * allows, serviceName for a StatefulSet, a schedule for a CronJob. Fields the new kind does not
 * know are dropped; StatefulSet claim templates become persistentVolumeClaim volumes.
 */
export function convertKind(text: string, document: number, kind: WorkloadKind): string {
  const { pod, value, parsed } = loadPod(text, document);
  if (pod.kind === kind) return text;
  const o = value as Obj;
  const template = getPath(o, pod.templatePath);
  const labels = templateLabels(pod, o);
  const sameTemplatePath = pod.templatePath.join('.') === WORKLOADS[kind].templatePath.join('.');

  if (!sameTemplatePath) {
    const specNode = nodeAt(parsed, document, pod.specPath);
    const podSpecNode = isMap(specNode) ? (specNode.clone() as YAMLMap) : new YAMLMap();
    return applyChanges(text, document, [
      { type: 'set', path: [], value: rebuild(pod, o, kind, labels, podSpecNode) },
    ]);
  }

  const changes: Change[] = [
    { type: 'set', path: ['apiVersion'], value: WORKLOADS[kind].apiVersion },
    { type: 'set', path: ['kind'], value: kind },
  ];
  const spec = isObj(o.spec) ? o.spec : {};
  const allowed = new Set([...WORKLOADS[kind].specFields, 'template']);
  for (const key of Object.keys(spec))
    if (!allowed.has(key)) changes.push({ type: 'delete', path: ['spec', key] });
  if (WORKLOADS[pod.kind].stableIdentity) changes.push(...claimTemplatesToVolumes(pod, o));
  if (!isObj(getPath(template, ['metadata', 'labels'])) || !Object.keys(labels).length) {
    changes.push({
      type: 'set',
      path: [...pod.templatePath, 'metadata', 'labels'],
      value: fallbackLabels(pod),
    });
  }
  const selectorLabels = Object.keys(labels).length ? labels : fallbackLabels(pod);
  changes.push(...selectorForm(spec.selector, kind));
  if (WORKLOADS[kind].selector === 'required' && !isObj(spec.selector)) {
    changes.push({
      type: 'set',
      path: ['spec', 'selector'],
      value: { matchLabels: selectorLabels },
      before: 'template',
    });
  }
  if (WORKLOADS[kind].stableIdentity && typeof spec.serviceName !== 'string') {
    changes.push({
      type: 'set',
      path: ['spec', 'serviceName'],
      value: baseName(pod.name),
      before: 'selector',
    });
  }
  changes.push(
    ...restartPolicyFix(pod.specPath, getPath(o, [...pod.specPath, 'restartPolicy']), kind),
  );
  return applyChanges(text, document, changes);
}

function templateLabels(pod: PodView, o: Obj): Obj {
  const labels = getPath(o, [...pod.templatePath, 'metadata', 'labels']);
  return isObj(labels) ? labels : {};
}

/** Labels for pods that have none, derived from the workload's name (one rule: pod/derived.ts). */
function fallbackLabels(pod: PodView): Obj {
  return nameLabels(pod.name);
}

/**
 * The selector in the new kind's form: a ReplicationController's is a plain label map (left out,
 * it is its template's labels), the others' a LabelSelector.
 */
function selectorForm(selector: unknown, kind: WorkloadKind): Change[] {
  if (!isObj(selector)) return [];
  const path = ['spec', 'selector'];
  const isLabelSelector = 'matchLabels' in selector || 'matchExpressions' in selector;
  if (WORKLOADS[kind].selector === 'map') {
    if (!isLabelSelector) return [];
    const exprs = selector.matchExpressions;
    const plain = isObj(selector.matchLabels) && !(Array.isArray(exprs) && exprs.length);
    return [plain ? { type: 'set', path, value: selector.matchLabels } : { type: 'delete', path }];
  }
  return isLabelSelector || !Object.keys(selector).length
    ? []
    : [{ type: 'set', path, value: { matchLabels: selector } }];
}

/** A restartPolicy the kind accepts: kept if it is one; else unset (Always), or Never for batch kinds. */
function restartPolicyFix(specPath: Path, current: unknown, kind: WorkloadKind): Change[] {
  const allowed: readonly unknown[] = WORKLOADS[kind].restartPolicies;
  if (allowed.includes('Always') && (current === undefined || current === null)) return [];
  if (allowed.includes(current)) return [];
  return allowed.includes('Always')
    ? [{ type: 'delete', path: [...specPath, 'restartPolicy'] }]
    : [{ type: 'set', path: [...specPath, 'restartPolicy'], value: 'Never' }];
}

function claimTemplatesToVolumes(pod: PodView, o: Obj): Change[] {
  const claims = pod.volumes.filter((v) => v.source === 'volumeClaimTemplate');
  return claims.map((v) => ({
    type: 'insert',
    path: [...pod.specPath, 'volumes'],
    value: {
      name: v.name,
      persistentVolumeClaim: {
        claimName: `${v.name}-${String((o.metadata as Obj | undefined)?.name ?? 'app')}`,
      },
    },
  }));
}

/**
 * A whole new document for switches that move the pod template (to or from Pod and CronJob). The
 * pod spec goes in as the parsed node, so its comments and formatting choices come along.
 */
function rebuild(pod: PodView, o: Obj, kind: WorkloadKind, labels: Obj, podSpec: YAMLMap): Obj {
  const meta = isObj(o.metadata) ? { ...o.metadata } : {};
  const tmetaRaw = getPath(o, [...pod.templatePath, 'metadata']);
  const tmeta = pod.kind !== 'Pod' && isObj(tmetaRaw) ? { ...tmetaRaw } : {};
  const podLabels = Object.keys(labels).length
    ? labels
    : isObj(meta.labels)
      ? meta.labels
      : fallbackLabels(pod);
  const fixed = restartPolicyFix([], podSpec.get('restartPolicy'), kind)[0];
  if (fixed?.type === 'set') podSpec.set('restartPolicy', fixed.value);
  if (fixed?.type === 'delete') podSpec.delete('restartPolicy');
  if (WORKLOADS[pod.kind].stableIdentity) {
    const scratch = new Document();
    for (const c of claimTemplatesToVolumes(pod, o))
      podSpec.addIn(['volumes'], scratch.createNode((c as { value: unknown }).value));
  }
  const head = { apiVersion: WORKLOADS[kind].apiVersion, kind };
  if (kind === 'Pod') {
    const { labels: _labels, ...templateMeta } = tmeta;
    return { ...head, metadata: { ...meta, ...templateMeta, labels: podLabels }, spec: podSpec };
  }
  const template = { metadata: { ...tmeta, labels: podLabels }, spec: podSpec };
  const metadata = pod.kind === 'Pod' ? { ...meta, labels: podLabels } : meta;
  const oldSpec = isObj(o.spec) && pod.kind !== 'Pod' ? o.spec : {};
  const fields = WORKLOADS[kind].specFields;
  const carried = Object.fromEntries(
    fields.filter((k) => k in oldSpec).map((k) => [k, oldSpec[k]]),
  );
  if (kind === 'CronJob') {
    return {
      ...head,
      metadata,
      spec: { schedule: '0 * * * *', ...carried, jobTemplate: { spec: { template } } },
    };
  }
  const controller: Obj = { ...carried };
  if (WORKLOADS[kind].selector === 'required' && !isObj(controller.selector))
    controller.selector = { matchLabels: podLabels };
  if (WORKLOADS[kind].stableIdentity && typeof controller.serviceName !== 'string')
    controller.serviceName = baseName(pod.name);
  return { ...head, metadata, spec: { ...controller, template } };
}
