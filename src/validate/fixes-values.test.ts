import { describe, expect, it } from 'vitest';
import { EditError } from '../edit/errors.ts';
import { parseDesign } from '../yaml/parse.ts';
import { findingsOf, runFix } from './fix-testing.ts';
import { applyFix } from './fixes.ts';

// The quick fixes that change a value in place: offered only where there is one obvious value,
// changing only its line (comments kept), and taking the finding away.

const js = (t: string, i = 0) => parseDesign(t).values[i] as any;
const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}`;

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: thumbnails
spec:
  backoffLimit: 3
  template:
    spec:
      # the renderer
      containers:
        - name: render
          image: ghcr.io/example/thumbnailer:0.9.1
`;

describe('the pod template restartPolicy', () => {
  it('a Deployment gets Always', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: consumer
spec:
  selector:
    matchLabels:
      app: consumer
  template:
    metadata:
      labels:
        app: consumer
    spec:
      restartPolicy: OnFailure # like a Job
      containers:
        - name: consumer
          image: ghcr.io/example/consumer:1.2.0
`;
    const fixed = runFix(text, 'template-restart-policy', 'set-restart-policy-always');
    expect(fixed.removed).toEqual(['      restartPolicy: OnFailure # like a Job']);
    expect(fixed.added).toEqual(['      restartPolicy: Always # like a Job']);
    expect(fixed.gone).toBe(true);
  });

  it('a Job without one gets Never, written above its containers', () => {
    const fixed = runFix(JOB, 'template-restart-policy', 'set-restart-policy-never');
    expect(fixed.removed).toEqual([]);
    expect(fixed.added).toEqual(['      restartPolicy: Never']);
    expect(fixed.text.indexOf('restartPolicy')).toBeLessThan(fixed.text.indexOf('# the renderer'));
    expect(fixed.gone).toBe(true);
  });

  it('a CronJob asked to restart Always gets Never', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Always
          containers:
            - name: report
              image: ghcr.io/example/report:1.0.0
`;
    const fixed = runFix(text, 'template-restart-policy', 'set-restart-policy-never');
    expect(fixed.added).toEqual(['          restartPolicy: Never']);
    expect(fixed.gone).toBe(true);
  });

  it('a case slip is spelled right; another word a Job refuses gets no fix', () => {
    const never = JOB.replace(
      '    spec:\n      # the',
      '    spec:\n      restartPolicy: never\n      # the',
    );
    expect(runFix(never, 'template-restart-policy', 'correct-value-case').added).toEqual([
      '      restartPolicy: Never',
    ]);
    const odd = never.replace('restartPolicy: never', 'restartPolicy: Sometimes');
    expect(findingsOf(odd, 'template-restart-policy')[0]?.fix).toBeUndefined();
  });
});

describe('values spelled with the wrong capitals', () => {
  it('a schema enum: local is Local', () => {
    const text = `apiVersion: v1
kind: Service
metadata:
  name: ingress
spec:
  type: LoadBalancer
  externalTrafficPolicy: local # keep client IPs
  selector:
    app: ingress
  ports:
    - port: 443
`;
    const fixed = runFix(text, 'schema-enum', 'correct-value-case');
    expect(fixed.removed).toEqual(['  externalTrafficPolicy: local # keep client IPs']);
    expect(fixed.added).toEqual(['  externalTrafficPolicy: Local # keep client IPs']);
    expect(fixed.gone).toBe(true);
    expect(findingsOf(text.replace('local #', 'nearby #'), 'schema-enum')[0]?.fix).toBeUndefined();
  });

  it("a bare Pod's restartPolicy and an init container's", () => {
    const text = pod(`  restartPolicy: onFailure
  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
      restartPolicy: always
  containers:
    - name: app
      image: nginx:1.27
`);
    const policy = runFix(text, 'pod-restart-policy-invalid', 'correct-value-case');
    expect(policy.added).toEqual(['  restartPolicy: OnFailure']);
    expect(policy.gone).toBe(true);
    const init = runFix(text, 'init-restart-policy-not-always', 'correct-value-case');
    expect(init.added).toEqual(['      restartPolicy: Always']);
    expect(init.gone).toBe(true);
  });
});

describe('probe and mount values', () => {
  it('successThreshold of a liveness probe becomes 1', () => {
    const text = pod(`  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      livenessProbe:
        tcpSocket:
          port: 8080
        successThreshold: 3 # be sure
`);
    const fixed = runFix(text, 'probe-success-threshold-not-1', 'set-success-threshold-1');
    expect(fixed.added).toEqual(['        successThreshold: 1 # be sure']);
    expect(fixed.removed).toEqual(['        successThreshold: 3 # be sure']);
    expect(fixed.gone).toBe(true);
    // Applied twice: the second time there is nothing left to fix.
    const path = ['spec', 'containers', 0, 'livenessProbe', 'successThreshold'];
    expect(() =>
      applyFix(fixed.text, { fix: 'set-success-threshold-1', document: 0, path }),
    ).toThrow(EditError);
  });

  it('an absolute subPath loses its leading "/"; one that climbs out is not fixed', () => {
    const text = pod(`  containers:
    - name: web
      image: ghcr.io/example/web:3.0.1
      volumeMounts:
        - name: config
          mountPath: /etc/web/web.yaml
          subPath: /conf/web.yaml # one file
  volumes:
    - name: config
      configMap:
        name: web-config
`);
    const fixed = runFix(text, 'volume-mount-subpath-invalid', 'make-subpath-relative');
    expect(fixed.added).toEqual(['          subPath: conf/web.yaml # one file']);
    expect(fixed.gone).toBe(true);
    const climbs = text.replace('/conf/web.yaml', '/../web.yaml');
    expect(findingsOf(climbs, 'volume-mount-subpath-invalid').map((d) => d.fix)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('resources', () => {
  const text = pod(`  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      resources:
        requests:
          cpu: "2"
          memory: 512m # meant 512Mi
        limits:
          cpu: 1500m # too low
          memory: 1Gi
`);

  it('a limit below its request rises to it', () => {
    const fixed = runFix(text, 'resource-request-exceeds-limit', 'raise-limit-to-request');
    expect(fixed.removed).toEqual(['          cpu: 1500m # too low']);
    expect(fixed.added).toEqual(['          cpu: "2" # too low']);
    expect(fixed.gone).toBe(true);
  });

  it('512m of memory (0.512 bytes) becomes 512Mi', () => {
    const fixed = runFix(text, 'resource-memory-fractional', 'memory-milli-to-mebi');
    expect(fixed.removed).toEqual(['          memory: 512m # meant 512Mi']);
    expect(fixed.added).toEqual(['          memory: 512Mi # meant 512Mi']);
    expect(fixed.gone).toBe(true);
  });

  it('no Mi for m when that would put the request above the limit', () => {
    const low = text.replace('memory: 1Gi', 'memory: 256Mi');
    expect(findingsOf(low, 'resource-memory-fractional')[0]?.fix).toBeUndefined();
    expect(findingsOf(text.replace('512m', '0.5'), 'resource-memory-fractional')[0]?.fix).toBe(
      undefined,
    );
  });
});

describe('objects', () => {
  it('a kind under the wrong apiVersion gets the one that serves it', () => {
    const text = JOB.replace('apiVersion: batch/v1', 'apiVersion: v1 # core');
    const fixed = runFix(text, 'kind-unknown', 'use-served-api-version');
    expect(fixed.removed).toEqual(['apiVersion: v1 # core']);
    expect(fixed.added).toEqual(['apiVersion: batch/v1 # core']);
    expect(fixed.gone).toBe(true);
  });

  const CONFIG = `apiVersion: v1
kind: ConfigMap
metadata:
  name: App_Config # shared settings
data:
  mode: fast
`;

  it('an invalid object name is rewritten in lower case with "-"', () => {
    const fixed = runFix(CONFIG, 'metadata-name-invalid', 'make-name-valid');
    expect(fixed.added).toEqual(['  name: app-config # shared settings']);
    expect(fixed.gone).toBe(true);
  });

  it('is left alone when another object refers to it, or the new name is taken', () => {
    const used = `${CONFIG}---\n${pod(`  containers:
    - name: app
      image: nginx:1.27
      envFrom:
        - configMapRef:
            name: App_Config
`)}`;
    expect(findingsOf(used, 'metadata-name-invalid')[0]?.fix).toBeUndefined();
    const taken = `${CONFIG}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n`;
    expect(findingsOf(taken, 'metadata-name-invalid')[0]?.fix).toBeUndefined();
    const service = `apiVersion: v1\nkind: Service\nmetadata:\n  name: 1st_Web\nspec:\n  ports:\n    - port: 80\n`;
    expect(findingsOf(service, 'metadata-name-invalid')[0]?.fix).toBeUndefined(); // must start with a letter
  });
});

describe('selectors', () => {
  const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
spec:
  replicas: 2 # two of them
  template:
    metadata:
      labels:
        app: storefront
    spec:
      containers:
        - name: web
          image: ghcr.io/example/storefront:5.4.0
`;

  it('a workload without a selector selects its pod labels', () => {
    const fixed = runFix(DEPLOYMENT, 'workload-selector-required', 'align-selector');
    expect(fixed.removed).toEqual([]);
    expect(fixed.added).toEqual(['  selector:', '    matchLabels:', '      app: storefront']);
    expect(fixed.gone).toBe(true);
  });

  it('a ReplicaSet gets the same fix', () => {
    const replicaSet = DEPLOYMENT.replace('kind: Deployment', 'kind: ReplicaSet');
    const fixed = runFix(replicaSet, 'workload-selector-required', 'align-selector');
    expect(fixed.added).toEqual(['  selector:', '    matchLabels:', '      app: storefront']);
    expect(fixed.gone).toBe(true);
  });

  it('an empty selector too, and none is offered without pod labels', () => {
    const empty = DEPLOYMENT.replace('  replicas: 2', '  selector: {}\n  replicas: 2');
    expect(
      js(runFix(empty, 'workload-selector-required', 'align-selector').text).spec.selector,
    ).toEqual({
      matchLabels: { app: 'storefront' },
    });
    const bare = DEPLOYMENT.replace('    metadata:\n      labels:\n        app: storefront\n', '');
    expect(findingsOf(bare, 'workload-selector-required')[0]?.fix).toBeUndefined();
  });

  const SERVICE = `---
apiVersion: v1
kind: Service
metadata:
  name: storefront
spec:
  selector:
    app: shop # the old name
  ports:
    - port: 80
      targetPort: 8080
`;

  it("a Service that selects nothing selects the design's only labelled pods", () => {
    const text =
      DEPLOYMENT.replace(
        '  replicas: 2',
        '  selector:\n    matchLabels:\n      app: storefront\n  replicas: 2',
      ) + SERVICE;
    const fixed = runFix(text, 'service-selector-no-match', 'select-pod-labels');
    expect(fixed.removed).toEqual(['    app: shop # the old name']);
    expect(fixed.added).toEqual(['    app: storefront # the old name']);
    expect(fixed.gone).toBe(true);
  });

  it('drops a selector key the pods do not have, keeping the others', () => {
    const text =
      DEPLOYMENT.replace(
        '  replicas: 2',
        '  selector:\n    matchLabels:\n      app: storefront\n  replicas: 2',
      ) +
      SERVICE.replace(
        '    app: shop # the old name\n',
        '    app: storefront # kept\n    tier: web\n',
      );
    const fixed = runFix(text, 'service-selector-no-match', 'select-pod-labels');
    expect(fixed.removed).toEqual(['    tier: web']);
    expect(fixed.added).toEqual([]);
    expect(fixed.gone).toBe(true);
  });

  it('offers nothing when two workloads could be meant', () => {
    const other = DEPLOYMENT.replaceAll('storefront', 'checkout').replace(
      '  replicas',
      '  selector:\n    matchLabels:\n      app: checkout\n  replicas',
    );
    const text = `${DEPLOYMENT.replace('  replicas: 2', '  selector:\n    matchLabels:\n      app: storefront\n  replicas: 2')}---\n${other}${SERVICE}`;
    expect(findingsOf(text, 'service-selector-no-match')[0]?.fix).toBeUndefined();
  });
});
