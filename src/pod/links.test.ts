import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { attachedObjects } from './links.ts';
import { labelSelectorMatches, mapSelects } from './selectors.ts';
import { designView } from './view.ts';

const POD = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: data
spec:
  serviceName: db-headless
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db, tier: data }
    spec:
      serviceAccountName: db-sa
      imagePullSecrets: [{ name: registry }]
      volumes:
        - name: config
          configMap: { name: db-config }
        - name: certs
          projected:
            sources:
              - secret: { name: db-tls }
        - name: old-data
          persistentVolumeClaim: { claimName: db-archive }
      containers:
        - name: postgres
          image: postgres:17
          env:
            - name: PASSWORD
              valueFrom: { secretKeyRef: { name: db-secret, key: password } }
          envFrom:
            - configMapRef: { name: db-env }
`;

const doc = (kind: string, name: string, extra = '') =>
  `---\napiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${extra}`;

function attach(text: string, workloadIndex = 0) {
  const parsed = parseDesign(text);
  const view = designView(parsed);
  return attachedObjects(parsed.values, view.objects, view.workloads[workloadIndex]).map(
    ({ kind, name, foreign, links, note }) => ({ what: `${kind} ${name}`, foreign, links, note }),
  );
}

describe('attached objects', () => {
  it('says what links each object to the pod', () => {
    const text = [
      POD,
      doc('Service', 'db-headless', 'spec:\n  clusterIP: None\n  selector: { app: db }\n'),
      doc('Service', 'stale', 'spec:\n  selector: { app: web }\n'),
      doc('PersistentVolumeClaim', 'db-archive'),
      doc('ConfigMap', 'db-config'),
      doc('ConfigMap', 'db-env'),
      doc('Secret', 'db-tls'),
      doc('Secret', 'db-secret'),
      doc('Secret', 'registry'),
      doc('ServiceAccount', 'db-sa'),
      doc('ConfigMap', 'unused'),
    ].join('');
    expect(attach(text)).toEqual([
      {
        what: 'Service db-headless',
        foreign: false,
        links: ['selects the pod', "gives the StatefulSet's pods their DNS names (serviceName)"],
        note: undefined,
      },
      {
        what: 'Service stale',
        foreign: false,
        links: [],
        note: 'its selector does not match the pod labels',
      },
      {
        what: 'PersistentVolumeClaim db-archive',
        foreign: false,
        links: ['claimed by volume "old-data"'],
        note: undefined,
      },
      {
        what: 'ConfigMap db-config',
        foreign: false,
        links: ['used by volume "config"'],
        note: undefined,
      },
      {
        what: 'ConfigMap db-env',
        foreign: false,
        links: ['used by envFrom of "postgres"'],
        note: undefined,
      },
      { what: 'Secret db-tls', foreign: false, links: ['used by volume "certs"'], note: undefined },
      {
        what: 'Secret db-secret',
        foreign: false,
        links: ['used by env PASSWORD of "postgres"'],
        note: undefined,
      },
      {
        what: 'Secret registry',
        foreign: false,
        links: ['pulls the images (imagePullSecrets)'],
        note: undefined,
      },
      {
        what: 'ServiceAccount db-sa',
        foreign: false,
        links: ["is the pod's service account"],
        note: undefined,
      },
      { what: 'ConfigMap unused', foreign: false, links: [], note: undefined },
    ]);
  });

  it('links nothing across namespaces, and marks non-Kubernetes documents foreign', () => {
    const text = [
      POD,
      doc('ConfigMap', 'db-config', '  namespace: other\n'),
      '---\nname: my-compose-file\nservices: {}\n',
    ].join('');
    const [cm, foreign] = attach(text);
    expect(cm).toMatchObject({ links: [], note: 'in namespace other; the pod is in data' });
    expect(foreign).toMatchObject({ foreign: true, links: [] });
  });

  it('links policies and autoscalers by selector and target', () => {
    const text = [
      POD,
      `---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: pdb\nspec:\n  selector:\n    matchExpressions: [{ key: tier, operator: In, values: [data] }]\n`,
      `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: all\nspec:\n  podSelector: {}\n`,
      `---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: hpa\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: StatefulSet, name: db }\n`,
    ].join('');
    expect(attach(text).map((o) => o.links)).toEqual([
      ['protects the pod'],
      ['applies to the pod'],
      ['scales the StatefulSet'],
    ]);
  });

  it('shows objects without links when there is no workload', () => {
    const parsed = parseDesign(doc('Service', 's').slice(4));
    const view = designView(parsed);
    expect(attachedObjects(parsed.values, view.objects, undefined)).toEqual([
      { document: 0, apiVersion: 'v1', kind: 'Service', name: 's', foreign: false, links: [] },
    ]);
  });
});

describe('selectors', () => {
  it('match Service maps and LabelSelectors as the API does', () => {
    expect(mapSelects({ app: 'db' }, { app: 'db', tier: 'x' })).toBe(true);
    expect(mapSelects({}, { app: 'db' })).toBe(false);
    expect(mapSelects({ app: 'db', tier: 'y' }, { app: 'db' })).toBe(false);
    expect(labelSelectorMatches({}, { app: 'db' })).toBe(true);
    expect(labelSelectorMatches(undefined, { app: 'db' })).toBe(false);
    const exprs = (operator: string, values?: string[]) => ({
      matchExpressions: [{ key: 'app', operator, values }],
    });
    expect(labelSelectorMatches(exprs('NotIn', ['web']), { app: 'db' })).toBe(true);
    expect(labelSelectorMatches(exprs('Exists'), {})).toBe(false);
    expect(labelSelectorMatches(exprs('DoesNotExist'), {})).toBe(true);
    expect(labelSelectorMatches(exprs('Sometimes'), { app: 'db' })).toBe(false);
  });
});
