import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { findingsOf, runFix } from './fix-testing.ts';
import { applyFix } from './fixes.ts';

// The quick fixes about a container or a volume of a pod: each is offered only where it applies,
// changes only the lines it must (comments and everything else stay byte for byte), and takes
// its finding away.

const js = (t: string) => parseDesign(t).values[0] as any;

/** A Pod with the given `spec:` lines (indented by two spaces). */
const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        # the app
        - name: orders
          image: registry.example.com/orders:7.0.3
        # ships the logs
        - name: log-shipper
          image: fluent/fluent-bit:3.2.4
          restartPolicy: Always # meant as a native sidecar
`;

describe('container restartPolicy', () => {
  it('a classic sidecar with restartPolicy Always becomes a native sidecar', () => {
    const fixed = runFix(
      DEPLOYMENT,
      'container-restart-policy-on-app-container',
      'convert-to-native-sidecar',
    );
    const spec = js(fixed.text).spec.template.spec;
    expect(spec.containers.map((c: any) => c.name)).toEqual(['orders']);
    expect(spec.initContainers).toEqual([
      { name: 'log-shipper', image: 'fluent/fluent-bit:3.2.4', restartPolicy: 'Always' },
    ]);
    expect(fixed.text).toContain('# ships the logs');
    expect(fixed.gone).toBe(true);
    // On 1.35 the field is accepted there (info): the same fix is offered.
    expect(
      findingsOf(DEPLOYMENT, 'container-restart-policy-on-app-container', { k8s: '1.35' })[0]?.fix,
    ).toBe('convert-to-native-sidecar');
  });

  it('any other restartPolicy on an app container before 1.35 is removed', () => {
    const text = DEPLOYMENT.replace(
      'restartPolicy: Always # meant',
      'restartPolicy: OnFailure # meant',
    );
    const fixed = runFix(
      text,
      'container-restart-policy-on-app-container',
      'remove-container-restart-policy',
    );
    expect(fixed.removed).toEqual([
      '          restartPolicy: OnFailure # meant as a native sidecar',
    ]);
    expect(fixed.added).toEqual([]);
    expect(fixed.gone).toBe(true);
  });

  it("an init container's restartPolicy other than Always is removed; a native sidecar's is kept", () => {
    const text = pod(`  initContainers:
    - name: download
      image: curlimages/curl:8.11.1
      restartPolicy: OnFailure # retry the download
      command: [curl, -fsSLo, /data/seed.csv, https://files.example.com/seed.csv]
  containers:
    - name: importer
      image: registry.example.com/importer:1.2.0
`);
    const fixed = runFix(text, 'init-restart-policy-not-always', 'remove-container-restart-policy');
    expect(fixed.removed).toEqual(['      restartPolicy: OnFailure # retry the download']);
    expect(fixed.added).toEqual([]);
    expect(fixed.gone).toBe(true);
    // Changed since into a native sidecar: the fix is refused rather than undoing that.
    const path = ['spec', 'initContainers', 0, 'restartPolicy'];
    const native = text.replace('OnFailure # retry', 'Always # retry');
    expect(() =>
      applyFix(native, { fix: 'remove-container-restart-policy', document: 0, path }),
    ).toThrow(/changed since/);
  });
});

describe('probes and hooks on a regular init container', () => {
  const text = pod(`  initContainers:
    - name: migrate
      image: registry.example.com/billing:5.2.0
      # checks nothing: init containers run to completion
      readinessProbe:
        exec:
          command: [test, -f, /tmp/migrated]
      command: [/app/billing, migrate]
  containers:
    - name: billing
      image: registry.example.com/billing:5.2.0
`);

  it('removes the probe, and only its lines', () => {
    const fixed = runFix(text, 'init-probe-or-lifecycle-forbidden', 'remove-init-probe-or-hook');
    expect(fixed.removed).toEqual([
      '      readinessProbe:',
      '        exec:',
      '          command: [test, -f, /tmp/migrated]',
    ]);
    expect(fixed.added).toEqual([]);
    expect(fixed.gone).toBe(true);
  });

  it('offers nothing for a native sidecar on a version that drops its restartPolicy', () => {
    const native = text.replace(
      '    - name: migrate\n',
      '    - name: migrate\n      restartPolicy: Always\n',
    );
    const [d] = findingsOf(native, 'init-probe-or-lifecycle-forbidden', { k8s: '1.28' });
    expect(d).toBeDefined();
    expect(d!.fix).toBeUndefined();
  });
});

describe('a probe on a port name the container does not declare', () => {
  const text = pod(`  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      ports:
        - name: web
          containerPort: 8080
      readinessProbe:
        httpGet:
          path: /ready
          port: http # renamed since
`);

  it("uses the container's only port, by name", () => {
    const fixed = runFix(text, 'probe-named-port-missing', 'use-only-port');
    expect(fixed.removed).toEqual(['          port: http # renamed since']);
    expect(fixed.added).toEqual(['          port: web # renamed since']);
    expect(fixed.gone).toBe(true);
  });

  it('uses its number when the port has no name', () => {
    const fixed = runFix(
      text.replace('        - name: web\n          containerPort', '        - containerPort'),
      'probe-named-port-missing',
      'use-only-port',
    );
    expect(fixed.added).toEqual(['          port: 8080 # renamed since']);
    expect(fixed.gone).toBe(true);
  });

  it('offers nothing with several ports, or when another container declares the name', () => {
    const two = text.replace(
      '          containerPort: 8080\n',
      '          containerPort: 8080\n        - name: admin\n          containerPort: 9901\n',
    );
    expect(findingsOf(two, 'probe-named-port-missing')[0]?.fix).toBeUndefined();
    const elsewhere = `${text}    - name: proxy\n      image: envoyproxy/envoy:v1.32.3\n      ports:\n        - name: http\n          containerPort: 10000\n`;
    expect(findingsOf(elsewhere, 'probe-named-port-missing')[0]?.fix).toBeUndefined();
  });
});

describe('an invalid container name', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
      annotations:
        kubectl.kubernetes.io/default-container: Web_App
    spec:
      containers:
        - name: Web_App # the site
          image: nginx:1.27.3
`;

  it('is rewritten in lower case with "-", and the default-container annotation follows', () => {
    const fixed = runFix(text, 'container-name-invalid', 'make-name-valid');
    expect(fixed.removed).toEqual([
      '        kubectl.kubernetes.io/default-container: Web_App',
      '    spec:',
      '      containers:',
      '        - name: Web_App # the site',
    ]);
    expect(fixed.added).toEqual([
      '        kubectl.kubernetes.io/default-container: web-app',
      '    spec:',
      '      containers:',
      '        - name: web-app # the site',
    ]);
    expect(fixed.gone).toBe(true);
  });

  it('offers nothing when the new name is taken, or a containerName refers to the old one', () => {
    const taken = `${text}        - name: web-app\n          image: busybox:1.36\n`;
    expect(findingsOf(taken, 'container-name-invalid')[0]?.fix).toBeUndefined();
    const referred = `${text}          env:\n            - name: LIMIT\n              valueFrom:\n                resourceFieldRef:\n                  containerName: Web_App\n                  resource: limits.memory\n`;
    expect(findingsOf(referred, 'container-name-invalid')[0]?.fix).toBeUndefined();
  });
});

describe('two ports of one container with the same name', () => {
  const text = pod(`  containers:
    - name: api
      image: registry.example.com/api:2.4.1
      ports:
        - name: http
          containerPort: 8080
        # TLS
        - name: http
          containerPort: 8443
`);

  it('gives the later one a free name', () => {
    const fixed = runFix(text, 'port-name-duplicate', 'rename-duplicate-port');
    expect(fixed.removed).toEqual(['        - name: http']);
    expect(fixed.added).toEqual(['        - name: http-2']);
    expect(fixed.gone).toBe(true);
  });

  it('skips a name another container uses', () => {
    const taken = `${text}    - name: proxy\n      image: envoyproxy/envoy:v1.32.3\n      ports:\n        - name: http-2\n          containerPort: 10000\n`;
    expect(runFix(taken, 'port-name-duplicate', 'rename-duplicate-port').added).toEqual([
      '        - name: http-3',
    ]);
  });

  it('offers nothing for the same name in two containers (which one to rename is unclear)', () => {
    const across = pod(`  containers:
    - name: shop
      image: registry.example.com/shop:3.1.0
      ports:
        - name: http
          containerPort: 8080
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
      ports:
        - name: http
          containerPort: 10000
`);
    const [d] = findingsOf(across, 'port-name-duplicate');
    expect(d?.severity).toBe('warning');
    expect(d?.fix).toBeUndefined();
  });
});

describe('an env var defined twice', () => {
  const text = pod(`  containers:
    - name: api
      image: registry.example.com/api:2.4.1
      env:
        - name: LOG_LEVEL
          value: info
        # the port
        - name: HTTP_PORT
          value: "8080"
        - name: LOG_LEVEL
          value: debug
`);

  it('loses the earlier definition: the later one wins anyway', () => {
    const fixed = runFix(text, 'env-duplicate-name', 'remove-hidden-env');
    expect(fixed.removed).toEqual(['        - name: LOG_LEVEL', '          value: info']);
    expect(fixed.added).toEqual([]);
    expect(js(fixed.text).spec.containers[0].env).toEqual([
      { name: 'HTTP_PORT', value: '8080' },
      { name: 'LOG_LEVEL', value: 'debug' },
    ]);
    expect(fixed.gone).toBe(true);
  });

  it('loses every earlier definition at once', () => {
    const three = `${text}        - name: LOG_LEVEL\n          value: trace\n`;
    const fixed = runFix(three, 'env-duplicate-name', 'remove-hidden-env', {
      at: 'spec.containers[0].env[3]',
    });
    expect(js(fixed.text).spec.containers[0].env.map((e: any) => e.value)).toEqual([
      '8080',
      'trace',
    ]);
    expect(findingsOf(fixed.text, 'env-duplicate-name')).toEqual([]);
  });

  it('offers nothing when an entry in between reads the earlier value', () => {
    const reads = text.replace('value: "8080"', 'value: "$(LOG_LEVEL)"');
    expect(findingsOf(reads, 'env-duplicate-name')[0]?.fix).toBeUndefined();
  });
});

describe('a volume nothing mounts', () => {
  const text = pod(`  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
    # for later
    - name: cache
      emptyDir:
        sizeLimit: 1Gi
`);

  it('is removed', () => {
    const fixed = runFix(text, 'volume-unused', 'remove-unused-volume');
    expect(fixed.removed).toEqual([
      '    - name: cache',
      '      emptyDir:',
      '        sizeLimit: 1Gi',
    ]);
    expect(fixed.added).toEqual([]);
    expect(fixed.gone).toBe(true);
  });

  it('takes the volumes list with it when it was the only one', () => {
    const only = pod(`  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
  volumes:
    - name: cache
      emptyDir: {}
`);
    const fixed = runFix(only, 'volume-unused', 'remove-unused-volume');
    expect(fixed.removed).toEqual(['  volumes:', '    - name: cache', '      emptyDir: {}']);
  });

  it('is kept when a mount names a missing volume: that may be a typo for it', () => {
    const typo = text.replace(
      '- name: tmp\n          mountPath',
      '- name: tmpp\n          mountPath',
    );
    expect(findingsOf(typo, 'volume-unused').map((d) => d.fix)).toEqual([undefined, undefined]);
  });
});
