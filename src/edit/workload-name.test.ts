import { describe, expect, it } from 'vitest';
import type { WorkloadKind } from '../pod/types.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addService } from './service.ts';
import { renameWorkload } from './workload-name.ts';
import { convertKind } from './workload.ts';

const js = (t: string, i = 0) => parseDesign(t).values[i] as any;
const EMPTY_POD = TEMPLATES.find((t) => t.id === 'empty')!.yaml;
const rename = (text: string, name: string, document = 0) =>
  renameWorkload(text, { document, name });
const NEW = 'sidecar-pingdirectory';

/** The pod template labels of a workload, wherever its kind keeps them. */
function podLabels(o: any): unknown {
  if (o.kind === 'Pod') return o.metadata.labels;
  if (o.kind === 'CronJob') return o.spec.jobTemplate.spec.template.metadata.labels;
  return o.spec.template.metadata.labels;
}

describe('renameWorkload: the order of kind switch and rename does not matter', () => {
  const kinds: WorkloadKind[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

  it.each(kinds)('Empty pod: switch to %s then rename = rename then switch', (kind) => {
    const switchFirst = rename(convertKind(EMPTY_POD, 0, kind), NEW);
    const renameFirst = convertKind(rename(EMPTY_POD, NEW), 0, kind);
    expect(js(switchFirst)).toEqual(js(renameFirst));
    expect(switchFirst).toBe(renameFirst);

    const o = js(switchFirst);
    expect(o.metadata.name).toBe(NEW);
    expect(podLabels(o)).toEqual({ 'app.kubernetes.io/name': NEW });
    if (kind !== 'Job' && kind !== 'CronJob')
      expect(o.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': NEW } });
    if (kind === 'StatefulSet') expect(o.spec.serviceName).toBe(NEW);
    expect(switchFirst).not.toContain('my-pod');
  });

  it.each(kinds)('starter: switch to %s then rename = rename then switch', (kind) => {
    const switchFirst = rename(convertKind(STARTER_YAML, 0, kind), 'api');
    const renameFirst = convertKind(rename(STARTER_YAML, 'api'), 0, kind);
    expect(js(switchFirst)).toEqual(js(renameFirst));
    expect(switchFirst).not.toMatch(/\bweb\b/);
  });

  it('renames a bare Pod and its name label', () => {
    const pod = convertKind(STARTER_YAML, 0, 'Pod');
    const o = js(rename(pod, 'api'));
    expect(o.metadata).toEqual({ name: 'api', labels: { 'app.kubernetes.io/name': 'api' } });
  });
});

describe('renameWorkload leaves what the user chose', () => {
  const CHOSEN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web # who we are
    team: web
spec:
  selector:
    matchLabels:
      app: web
      app.kubernetes.io/name: storefront
  template:
    metadata:
      labels:
        app: web
        app.kubernetes.io/name: storefront
        component: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`;

  it('moves only the name label keys whose value was the old name', () => {
    const out = rename(CHOSEN, 'shop');
    const o = js(out);
    expect(o.metadata.labels).toEqual({ app: 'shop', team: 'web' });
    expect(o.spec.selector.matchLabels).toEqual({
      app: 'shop',
      'app.kubernetes.io/name': 'storefront',
    });
    expect(o.spec.template.metadata.labels).toEqual({
      app: 'shop',
      'app.kubernetes.io/name': 'storefront',
      component: 'web',
    });
    expect(out).toContain('app: shop # who we are');
  });

  it('changes nothing for the same name and refuses an empty one', () => {
    expect(rename(CHOSEN, 'web')).toBe(CHOSEN);
    expect(() => rename(CHOSEN, '  ')).toThrow('A workload needs a name.');
  });

  it('follows through a selector that is an alias of the labels', () => {
    const shared = CHOSEN.replace(
      /matchLabels:\n {6}app: web\n {6}app.kubernetes.io\/name: storefront/,
      'matchLabels: &pods\n      app: web',
    ).replace(
      /labels:\n {8}app: web\n {8}app.kubernetes.io\/name: storefront\n {8}component: web/,
      'labels: *pods',
    );
    expect(js(shared).spec.template.metadata.labels).toEqual({ app: 'web' });
    const o = js(rename(shared, 'shop'));
    expect(o.spec.selector.matchLabels).toEqual({ app: 'shop' });
    expect(o.spec.template.metadata.labels).toEqual({ app: 'shop' });
  });
});

describe('renameWorkload and Services', () => {
  const sts = convertKind(STARTER_YAML, 0, 'StatefulSet');
  const withServices = addService(addService(sts, { workload: 0, type: 'ClusterIP' }), {
    workload: 0,
    type: 'Headless',
  });

  it('moves the selectors and the names Podsmith gave, and serviceName with them', () => {
    expect(js(withServices).spec.serviceName).toBe('web-headless');
    const out = rename(withServices, 'api');
    expect(js(out).spec.serviceName).toBe('api-headless');
    expect(js(out, 1).metadata.name).toBe('api');
    expect(js(out, 2).metadata.name).toBe('api-headless');
    for (const i of [1, 2])
      expect(js(out, i).spec.selector).toEqual({ 'app.kubernetes.io/name': 'api' });
  });

  it('keeps a Service name the user chose, and Services of other pods', () => {
    const other = `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app.kubernetes.io/name: web
    tier: other
`;
    const chosen = addService(sts, { workload: 0, type: 'Headless', name: 'ldap' }) + other;
    const out = rename(chosen, 'api');
    expect(js(out).spec.serviceName).toBe('ldap');
    expect(js(out, 1).metadata.name).toBe('ldap');
    expect(js(out, 1).spec.selector).toEqual({ 'app.kubernetes.io/name': 'api' });
    expect(js(out, 2)).toEqual(js(chosen, 2));
  });

  it('keeps serviceName when it names a Service of the design that does not move', () => {
    const foreign = `${sts}---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector:
    app: something-else
`;
    expect(js(foreign).spec.serviceName).toBe('web');
    const out = rename(foreign, 'api');
    expect(js(out).spec.serviceName).toBe('web');
    expect(js(out, 1)).toEqual(js(foreign, 1));
  });

  it('leaves Services of another namespace alone', () => {
    const service = addService(STARTER_YAML, { workload: 0, type: 'ClusterIP' });
    const elsewhere = service.replace(
      '  name: web\nspec:\n  selector',
      '  name: web\n  namespace: other\nspec:\n  selector',
    );
    expect(js(elsewhere, 1).metadata.namespace).toBe('other');
    const out = rename(elsewhere, 'api');
    expect(js(out, 1)).toEqual(js(elsewhere, 1));
    expect(js(out).spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'api' });
  });
});
