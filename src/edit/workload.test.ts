import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { WORKLOAD_KINDS } from '../pod/kinds.ts';
import type { WorkloadKind } from '../pod/types.ts';
import { designView } from '../pod/view.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addContainer } from './containers.ts';
import { appendDocument, removeDocument } from './documents.ts';
import { addService, followSelector, selectsLabels } from './service.ts';
import { fixture } from './testing/fixtures.ts';
import { convertKind } from './workload.ts';

const js = (t: string, i = 0) => parseDesign(t).values[i] as any;
const commented = STARTER_YAML.replace(
  '      containers:\n',
  '      # the web tier\n      containers:\n',
);

describe('convertKind', () => {
  const kinds: WorkloadKind[] = WORKLOAD_KINDS;
  it.each(kinds)('Deployment -> %s keeps the pod template and what the kind requires', (kind) => {
    const withSidecar = addContainer(commented, {
      document: 0,
      role: 'native-sidecar',
      container: { name: 'mesh' },
    });
    const out = convertKind(withSidecar, 0, kind);
    const w = designView(parseDesign(out)).workloads[0]!;
    expect(w.kind).toBe(kind);
    expect(w.containers.map((c) => `${c.name}:${c.role}`)).toEqual([
      'mesh:native-sidecar',
      'nginx:main',
    ]);
    expect(out).toContain('# the web tier');
    const o = js(out);
    expect(o.apiVersion).toBe(
      {
        Pod: 'v1',
        Deployment: 'apps/v1',
        StatefulSet: 'apps/v1',
        DaemonSet: 'apps/v1',
        ReplicaSet: 'apps/v1',
        ReplicationController: 'v1',
        Job: 'batch/v1',
        CronJob: 'batch/v1',
      }[kind],
    );
    const spec = w.specPath.reduce((v: any, k) => v[k], o);
    if (kind === 'Job' || kind === 'CronJob') expect(spec.restartPolicy).toBe('Never');
    if (kind === 'DaemonSet') expect(o.spec.replicas).toBeUndefined();
    if (kind === 'StatefulSet') expect(o.spec.serviceName).toBe('web');
    if (kind === 'CronJob') expect(o.spec.schedule).toBe('0 * * * *');
    if (kind === 'ReplicationController')
      expect(o.spec.selector).toEqual({ 'app.kubernetes.io/name': 'web' });
    else if (!['Pod', 'Job', 'CronJob'].includes(kind))
      expect(o.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'web' } });
    if (kind === 'Pod') expect(o.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'web' });
  });

  it('turns a ReplicationController selector map into a Deployment LabelSelector and back', () => {
    const rc = convertKind(STARTER_YAML, 0, 'ReplicationController');
    const back = js(convertKind(rc, 0, 'Deployment'));
    expect(back.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'web' } });
    const withExpressions = STARTER_YAML.replace(
      '  selector:\n',
      '  selector:\n    matchExpressions: [{ key: tier, operator: Exists }]\n',
    );
    expect(withExpressions).not.toBe(STARTER_YAML);
    // A map cannot say "Exists": the selector is left to default to the template's labels.
    expect(js(convertKind(withExpressions, 0, 'ReplicationController')).spec.selector).toBe(
      undefined,
    );
  });

  it('round-trips Pod -> Deployment with a selector from the pod labels', () => {
    const pod = convertKind(STARTER_YAML, 0, 'Pod');
    const back = js(convertKind(pod, 0, 'Deployment'));
    expect(back.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'web' } });
    expect(back.spec.template.spec.containers[0].name).toBe('nginx');
  });

  it('drops restartPolicy Never when a Job becomes a Deployment', () => {
    const job = convertKind(STARTER_YAML, 0, 'Job');
    expect(js(convertKind(job, 0, 'Deployment')).spec.template.spec.restartPolicy).toBeUndefined();
  });
});

describe('documents and Services', () => {
  it('adds a NodePort Service selecting the pod labels, naming container ports', () => {
    const out = addService(STARTER_YAML, { workload: 0, type: 'NodePort' });
    expect(out.startsWith(STARTER_YAML + '---\n')).toBe(true);
    expect(js(out, 1)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: {
        type: 'NodePort',
        selector: { 'app.kubernetes.io/name': 'web' },
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    });
    expect(selectsLabels(js(out, 1), js(out).spec.template.metadata.labels)).toBe(true);
  });

  it('makes a headless Service the StatefulSet serviceName', () => {
    const out = addService(convertKind(STARTER_YAML, 0, 'StatefulSet'), {
      workload: 0,
      type: 'Headless',
    });
    expect(js(out, 1).spec.clusterIP).toBe('None');
    expect(js(out).spec.serviceName).toBe('web-headless');
  });

  it('re-aligns a Service selector with the pod labels', () => {
    const drifted = addService(STARTER_YAML, { workload: 0, type: 'ClusterIP' }).replace(
      /selector:\n {4}app.kubernetes.io\/name: web/,
      'selector:\n    app: old',
    );
    expect(selectsLabels(js(drifted, 1), js(drifted).spec.template.metadata.labels)).toBe(false);
    const fixed = followSelector(drifted, { service: 1, workload: 0 });
    expect(selectsLabels(js(fixed, 1), js(fixed).spec.template.metadata.labels)).toBe(true);
  });

  it('appends and removes documents without touching the others', () => {
    const two = appendDocument(STARTER_YAML, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
    });
    expect(removeDocument(two, 1)).toBe(STARTER_YAML);
    expect(parseDocument(removeDocument(two, 0)).toJS()).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
    });
  });
});

describe('convertKind output', () => {
  it('writes shared labels out in full instead of inventing anchors', () => {
    const out = convertKind(convertKind(STARTER_YAML, 0, 'Pod'), 0, 'Deployment');
    expect(out).not.toMatch(/[&*]a1/);
  });
});

describe('convertKind with claim templates and comments', () => {
  it('turns StatefulSet claim templates into claims of the pod, keeping the mounts', () => {
    const sts = TEMPLATES.find((t) => t.id === 'utility-sidecar')!.yaml;
    const out = convertKind(sts, 0, 'Deployment');
    const o = js(out);
    expect(o.spec.serviceName).toBeUndefined();
    expect(o.spec.volumeClaimTemplates).toBeUndefined();
    expect(o.spec.template.spec.volumes).toEqual([
      { name: 'temp', emptyDir: {} },
      { name: 'out-dir', persistentVolumeClaim: { claimName: 'out-dir-directory' } },
    ]);
    expect(designView(parseDesign(out)).workloads[0]!.volumes.map((v) => v.mountedBy)).toEqual([
      ['directory', 'utility-sidecar'],
      ['directory', 'utility-sidecar'],
    ]);
  });

  it('keeps the pod spec text and comments when the template moves (Deployment -> CronJob)', () => {
    const text = fixture('kitchen-sink.yaml');
    const out = convertKind(text, 2, 'CronJob');
    const o = js(out, 2);
    expect(o.kind).toBe('CronJob');
    expect(o.spec.replicas).toBeUndefined();
    expect(o.spec.jobTemplate.spec.template.spec.restartPolicy).toBe('Never');
    for (const comment of ['# init containers first', '# runs once', '# pinned on purpose'])
      expect(out).toContain(comment);
    expect(out).toContain('keep-me-container');
    // The other documents stay as they were.
    expect(out.startsWith(text.slice(0, text.indexOf('# The workload under edit.')))).toBe(true);
  });

  it('drops a restartPolicy a controller refuses when a Pod becomes a Deployment', () => {
    const out = convertKind(fixture('pod-four-space.yaml'), 0, 'Deployment');
    const o = js(out);
    expect(o.spec.template.spec.restartPolicy).toBeUndefined();
    expect(o.spec.selector).toEqual({ matchLabels: { app: 'batch' } });
    expect(out).toContain("image: 'example/worker:4' # pinned");
  });
});
