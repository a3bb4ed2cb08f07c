import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/gallery.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addService, hasPodLabels } from './service.ts';
import { renameWorkload } from './workload-name.ts';

const js = (t: string, i = 0) => parseDesign(t).values[i] as any;
const EMPTY_POD = TEMPLATES.find((t) => t.id === 'empty')!.yaml;
const NAME = { 'app.kubernetes.io/name': 'my-pod' };

/** A Deployment whose pods have no labels and which has no selector yet. */
const BARE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: app
          image: example/api:1 # pinned
          ports:
            - name: http
              containerPort: 8080
`;

describe('addService with labelPod', () => {
  it('refuses unlabelled pods without it', () => {
    expect(hasPodLabels(EMPTY_POD, 0)).toBe(false);
    expect(() => addService(EMPTY_POD, { workload: 0, type: 'ClusterIP' })).toThrow(
      'The pod template has no labels for a Service to select; add a label first.',
    );
  });

  it('labels a bare Pod after its name and adds a Service selecting it, in one edit', () => {
    const out = addService(EMPTY_POD, { workload: 0, type: 'NodePort', labelPod: true });
    expect(js(out).metadata).toEqual({ name: 'my-pod', labels: NAME });
    expect(js(out).spec).toEqual(js(EMPTY_POD).spec);
    expect(js(out, 1)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'my-pod' },
      spec: {
        type: 'NodePort',
        selector: NAME,
        ports: [{ name: 'http', port: 80, targetPort: 80 }],
      },
    });
    expect(hasPodLabels(out, 0)).toBe(true);
  });

  it('keeps a controller selector in step with the new label', () => {
    const out = addService(BARE_DEPLOYMENT, { workload: 0, type: 'ClusterIP', labelPod: true });
    const o = js(out);
    const labels = { 'app.kubernetes.io/name': 'api' };
    expect(o.spec.template.metadata.labels).toEqual(labels);
    expect(o.spec.selector).toEqual({ matchLabels: labels });
    expect(Object.keys(o.spec)).toEqual(['replicas', 'selector', 'template']);
    expect(js(out, 1).spec.selector).toEqual(labels);
    expect(js(out, 1).spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 'http' }]);
    expect(out).toContain('image: example/api:1 # pinned');
  });

  it('adds the label to a selector the workload already has', () => {
    const selected = BARE_DEPLOYMENT.replace(
      '  replicas: 2\n',
      '  replicas: 2\n  selector:\n    matchExpressions:\n      - { key: tier, operator: DoesNotExist }\n',
    );
    const o = js(addService(selected, { workload: 0, type: 'ClusterIP', labelPod: true }));
    expect(o.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'api' });
    expect(o.spec.selector.matchExpressions).toHaveLength(1);
  });

  it('gives a Job no selector (the Job controller makes its own)', () => {
    const job = BARE_DEPLOYMENT.replace('kind: Deployment', 'kind: Job')
      .replace('apps/v1', 'batch/v1')
      .replace('  replicas: 2\n', '')
      .replace('    spec:\n', '    spec:\n      restartPolicy: Never\n');
    const o = js(addService(job, { workload: 0, type: 'ClusterIP', labelPod: true }));
    expect(o.spec.selector).toBeUndefined();
    expect(o.spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'api' });
  });

  it('leaves pods that have labels as they are', () => {
    const out = addService(STARTER_YAML, { workload: 0, type: 'ClusterIP', labelPod: true });
    expect(out).toBe(addService(STARTER_YAML, { workload: 0, type: 'ClusterIP' }));
  });

  it('gives labels that a later rename moves along with the Service', () => {
    const out = addService(EMPTY_POD, { workload: 0, type: 'ClusterIP', labelPod: true });
    const renamed = renameWorkload(out, { document: 0, name: 'web' });
    expect(js(renamed).metadata.labels).toEqual({ 'app.kubernetes.io/name': 'web' });
    expect(js(renamed, 1).metadata.name).toBe('web');
    expect(js(renamed, 1).spec.selector).toEqual({ 'app.kubernetes.io/name': 'web' });
  });
});
