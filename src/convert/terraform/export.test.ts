import { beforeAll, describe, expect, it } from 'vitest';
import { exportTerraform } from './export.ts';
import { hclTools, type HclTools } from './testing.ts';

let tools: HclTools;
beforeAll(async () => {
  tools = await hclTools();
});

const DESIGN = `# The web tier: nginx with a log shipper.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  finalizers: [example.com/keep]
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
        - name: shipper
          image: fluent/fluent-bit:3.1
          restartPolicy: Always
      containers:
        - name: app
          image: nginx:1.27
          command: [sh, -c, 'echo \${HOME}']
          resizePolicy:
            - resourceName: cpu
              restartPolicy: NotRequired
      ephemeralContainers: []
      volumes:
        - name: config
          configMap:
            name: web
            defaultMode: 420
status:
  replicas: 2
---
apiVersion: v1
kind: Secret
metadata:
  name: token
stringData:
  token: abc
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  updateStrategy:
    type: OnDelete
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
        - name: agent
          image: busybox:1.36
`;

describe('exportTerraform, typed', () => {
  const out = exportTerraform(DESIGN, 'typed');

  it('declares the provider version native sidecars need', () => {
    expect(
      out.text.startsWith(
        'terraform {\n  required_providers {\n    kubernetes = {\n      source  = "hashicorp/kubernetes"\n      version = ">= 3.0.0"\n    }\n  }\n}\n',
      ),
    ).toBe(true);
  });

  it('writes the _v1 resources in the provider’s names and shapes', () => {
    expect(out.text).toContain('resource "kubernetes_deployment_v1" "web" {');
    expect(out.text).toContain(
      '      init_container {\n          name           = "shipper"\n          image          = "fluent/fluent-bit:3.1"\n          restart_policy = "Always"\n        }',
    );
    expect(out.text).toContain('command = ["sh", "-c", "echo $${HOME}"]');
    expect(out.text).toContain('default_mode = "0644"');
    expect(out.text).toContain('resource "kubernetes_daemon_set_v1" "agent" {');
    expect(out.text).toContain('    strategy {\n      type = "OnDelete"\n    }');
  });

  it('names every field it cannot carry, and nothing else', () => {
    expect(out.drops.map((d) => [d.resource, d.message])).toEqual([
      [
        'kubernetes_deployment_v1.web',
        'metadata.finalizers: kubernetes_deployment_v1 has no field for it',
      ],
      [
        'kubernetes_deployment_v1.web',
        'spec.template.spec.containers[0].resizePolicy: kubernetes_deployment_v1 has no field for it',
      ],
      [
        'kubernetes_deployment_v1.web',
        'spec.template.spec.ephemeralContainers: kubernetes_deployment_v1 has no field for it',
      ],
      ['kubernetes_deployment_v1.web', 'status: kubernetes_deployment_v1 has no field for it'],
    ]);
    expect(out.drops[1]).toMatchObject({
      document: 0,
      path: ['spec', 'template', 'spec', 'containers', 0, 'resizePolicy'],
    });
  });

  it('writes kinds without a typed resource as kubernetes_manifest, and says so', () => {
    expect(out.text).toContain('resource "kubernetes_manifest" "secret_token" {');
    expect(out.notes).toEqual([
      'Secret token: the provider has no typed resource for v1 Secret, so it is written as kubernetes_manifest.',
    ]);
  });

  it('keeps the comment above the document above its resource', () => {
    expect(out.text).toContain(
      '\n# The web tier: nginx with a log shipper.\nresource "kubernetes_deployment_v1" "web" {',
    );
  });

  it('is canonical HCL', async () => {
    expect(await tools.format(out.text)).toBe(out.text);
  });
});

describe('exportTerraform, values in a shape the provider cannot hold', () => {
  const odd = `apiVersion: v1
kind: Pod
metadata:
  name: odd
  labels: {app: {nested: true}}
spec:
  containers: oops
  volumes: []
  securityContext: {runAsUser: 1000, fsGroup: null}
---
just a string
`;

  it('names each as dropped, with what the resource holds there', () => {
    const out = exportTerraform(odd, 'typed');
    expect(out.drops.map((d) => d.message)).toEqual([
      'metadata.labels: kubernetes_pod_v1 holds a map of values here',
      'spec.containers: kubernetes_pod_v1 holds a list of objects here',
      'spec.volumes: an empty list is no block at all in Terraform, so it reads back as unset',
    ]);
    expect(out.text).toContain('    security_context {\n      run_as_user = 1000\n    }');
    expect(out.notes).toEqual(['Document 2 is not an object: left out.']);
  });
});

describe('exportTerraform, manifest', () => {
  it('carries every field, keys quoted where they must be', async () => {
    const out = exportTerraform(DESIGN, 'manifest');
    expect(out.drops).toEqual([]);
    expect(out.notes).toEqual([]);
    expect(out.text).toContain(
      'resource "kubernetes_manifest" "deployment_web" {\n  manifest = {\n',
    );
    expect(out.text).toContain('finalizers = ["example.com/keep"]');
    expect(out.text).toContain('ephemeralContainers = []');
    expect(await tools.format(out.text)).toBe(out.text);
    const labelled = exportTerraform(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    app.kubernetes.io/name: a\n',
      'manifest',
    );
    expect(labelled.text).toContain('"app.kubernetes.io/name" = "a"');
  });

  it('makes resource names identifiers, unique per type', () => {
    const twice = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web.v1\n';
    const out = exportTerraform(
      `${twice}---\n${twice}---\n${twice.replace('ConfigMap', 'Secret')}`,
      'manifest',
    );
    expect(out.text.match(/resource "kubernetes_manifest" "[^"]+"/g)).toEqual([
      'resource "kubernetes_manifest" "configmap_web_v1"',
      'resource "kubernetes_manifest" "configmap_web_v1_2"',
      'resource "kubernetes_manifest" "secret_web_v1"',
    ]);
    const typed = exportTerraform(`${twice}---\n${twice}`, 'typed');
    expect(typed.text.match(/resource "\w+" "[^"]+"/g)).toEqual([
      'resource "kubernetes_config_map_v1" "web_v1"',
      'resource "kubernetes_config_map_v1" "web_v1_2"',
    ]);
  });

  it('refuses a design that does not parse, and says why', () => {
    expect(() => exportTerraform('a: [', 'manifest')).toThrow(/does not parse/);
  });
});
