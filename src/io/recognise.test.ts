import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognise, type TextFormat } from './recognise.ts';
import { withLineEnding } from './text-shape.ts';

// Texts users paste or open, each with the format recognise must name (null: Kubernetes YAML,
// which Podsmith reads as it is). In __fixtures__/recognise/, the seed documents' own snippets
// (each file says which seed and lines it comes from) and Kubernetes manifests that must not be
// taken for another format (near-miss-*.yaml, each saying why).

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'recognise');
const fixture = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
/** Kubernetes manifests, the seeds' and near misses of each format (each says why in its header). */
const KUBERNETES_FIXTURES = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('helm-'));
const HOLDS_TEMPLATE = 'near-miss-configmap-holds-template-and-hcl.yaml';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          resources:
            requests: { cpu: 100m }
`;

const HELM_DEFAULT_VALUES = `# Default values for web.
replicaCount: 1

image:
  repository: nginx
  pullPolicy: IfNotPresent
  tag: ""

imagePullSecrets: []
nameOverride: ""
serviceAccount:
  create: true
  name: ""
podAnnotations: {}
service:
  type: ClusterIP
  port: 80
resources: {}
nodeSelector: {}
tolerations: []
affinity: {}
`;

const HELM_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
`;

const TERRAFORM_NO_KUBERNETES = `terraform {
  required_version = ">= 1.5"
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  name = "web"
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}
`;

const TERRAFORM_MANIFEST = `resource "kubernetes_manifest" "web" {
  manifest = yamldecode(<<-EOT
apiVersion: v1
kind: ConfigMap
metadata:
  name: web
EOT
  )
}
`;

const TERRAFORM_MANY = ['config_map_v1', 'service_v1', 'secret', 'stateful_set_v1']
  .map((t, i) => `resource "kubernetes_${t}" "r${i}" {\n  metadata {\n    name = "r${i}"\n  }\n}\n`)
  .join('\n');

const TERRAFORM_INNER = `metadata {
  name = "django"
}
spec {
  replicas = 2
  template {
    spec {
      container {
        name  = "django"
        image = "django:latest"
      }
    }
  }
}
`;

const KUSTOMIZATION = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: web
    newTag: "1.2"
`;

const KUSTOMIZATION_BARE = `namePrefix: staging-
commonLabels:
  env: staging
resources:
- ../../base
patches:
- path: replicas.yaml
`;

const COMPOSE = `version: "3.9"
services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
  worker:
    build: ./worker
    depends_on: [web]
volumes:
  data: {}
`;

const GO_TEMPLATE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
{{- if $expose }}
  type: LoadBalancer
{{- end }}
`;

const crlf = (text: string) => withLineEnding(text, '\r\n');
const json = (v: unknown) => JSON.stringify(v, null, 2);
const POD = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [] } };

const CASES: [string, string, TextFormat | null, number?][] = [
  // Terraform
  [
    'the seed Terraform deployment',
    fixture('terraform-deployment-cron-sidecar.tf'),
    'terraform',
    3,
  ],
  ['Terraform without kubernetes_* resources', TERRAFORM_NO_KUBERNETES, 'terraform', 1],
  ['Terraform with a YAML heredoc', TERRAFORM_MANIFEST, 'terraform', 1],
  ['Terraform with several resources', TERRAFORM_MANY, 'terraform', 1],
  ['the inside of a Terraform resource', TERRAFORM_INNER, 'terraform', 1],
  // Helm
  [
    'the seed Helm values (a subchart)',
    fixture('helm-values-pingdirectory-utility-sidecar.yaml'),
    'helm-values',
    4,
  ],
  ['helm create values', HELM_DEFAULT_VALUES, 'helm-values', 2],
  ['a Helm template', HELM_TEMPLATE, 'helm-template', 4],
  [
    'a Helm template opening with an action',
    `{{- if .Values.enabled }}\n${DEPLOYMENT}{{- end }}\n`,
    'helm-template',
    1,
  ],
  [
    'a Helm template that parses',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "{{ .Release.Name }}"\n',
    'helm-template',
    4,
  ],
  ['a template whose actions only open lines', GO_TEMPLATE, 'helm-template', 6],
  // Kustomize, Compose
  ['a kustomization', KUSTOMIZATION, 'kustomization', 2],
  ['a kustomization without apiVersion', KUSTOMIZATION_BARE, 'kustomization', 1],
  ['a Compose file', COMPOSE, 'docker-compose', 2],
  ['a Compose file without version', COMPOSE.replace('version: "3.9"\n', ''), 'docker-compose', 1],
  // JSON
  ['a Pod in JSON', json(POD), 'json-kubernetes', 1],
  ['a List in JSON', json({ apiVersion: 'v1', kind: 'List', items: [POD] }), 'json-kubernetes', 1],
  ['JSON after a BOM and blank lines', `\uFEFF\n\n${json(POD)}`, 'json-kubernetes', 3],
  ['JSON that is not Kubernetes', json({ name: 'web', version: '1.0.0' }), 'json', 1],
  ['a JSON array of objects', json([POD, POD]), 'json', 1],
  ['values after a byte order mark', `\uFEFF${HELM_DEFAULT_VALUES}`, 'helm-values', 2],
  ['a kustomization after a byte order mark', `\uFEFF${KUSTOMIZATION}`, 'kustomization', 2],
  ['Terraform with CRLF', crlf(fixture('terraform-deployment-cron-sidecar.tf')), 'terraform', 3],
  [
    'values with CRLF',
    crlf(fixture('helm-values-pingdirectory-utility-sidecar.yaml')),
    'helm-values',
    4,
  ],
  ['a Helm template with CRLF', crlf(HELM_TEMPLATE), 'helm-template', 4],
  // Kubernetes YAML, and what only looks foreign
  ['a manifest with CRLF', crlf(fixture(HOLDS_TEMPLATE)), null],
  ['empty text', '', null],
  ['blank lines and a comment', '\n  \n# nothing yet\n', null],
  ['a Deployment', DEPLOYMENT, null],
  ['a manifest with a foreign document', `${DEPLOYMENT}---\n${HELM_DEFAULT_VALUES}`, null],
  ['a manifest with a syntax error', DEPLOYMENT.replace('name: web', 'name: "web'), null],
  ['a manifest with bad indentation', DEPLOYMENT.replace('  replicas: 2', '   replicas: 2'), null],
  ['Kubernetes in flow style', '{apiVersion: v1, kind: Pod, metadata: {name: web}}\n', null],
  ['broken Kubernetes JSON', json(POD).replace('"v1",', '"v1"'), null],
  ['broken values', `${HELM_DEFAULT_VALUES}nodeSelector: [\n`, null],
  ['a single values-like key', 'replicaCount: 3\nowner: team-a\n', null],
  ['a pod spec', 'nodeSelector: {}\ntolerations: []\naffinity: {}\nvolumes: []\n', null],
  [
    'a container',
    'name: app\nimage: nginx\nresources: {}\nports: []\nenv: []\nvolumeMounts: []\n',
    null,
  ],
  ['a GitHub workflow', 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n', null],
  [
    'a GitLab CI file',
    'image: node:20\nservices:\n  - postgres:16\ntest:\n  script: [npm test]\n',
    null,
  ],
  ['a Prometheus config', 'global:\n  scrape_interval: 15s\nscrape_configs: []\n', null],
];

describe('recognise', () => {
  it.each(CASES)('%s', (_name, text, format, line) => {
    const r = recognise(text);
    expect(r?.format ?? null).toBe(format);
    if (r && line !== undefined) expect(r.line).toBe(line);
    if (r) {
      expect(r.readable).toBe(format === 'json-kubernetes');
      expect(r.message.split(/(?<=\.) /).length).toBeLessThanOrEqual(2);
    }
  });

  it.each(KUBERNETES_FIXTURES)('reads %s as Kubernetes YAML', (file) => {
    expect(recognise(fixture(file))).toBeNull();
  });

  it('finds every Kubernetes fixture: the seeds and the near misses', () => {
    expect(KUBERNETES_FIXTURES).toHaveLength(10);
  });

  it('names the Terraform resources and that Podsmith converts them', () => {
    expect(recognise(fixture('terraform-deployment-cron-sidecar.tf'))).toEqual({
      format: 'terraform',
      title: 'Terraform (HCL)',
      message:
        'This looks like Terraform (HCL) with kubernetes_deployment "django": Podsmith converts it into Kubernetes YAML ("Convert to YAML" in the app, `podsmith import` on the command line).',
      line: 3,
      readable: false,
    });
    expect(recognise(TERRAFORM_NO_KUBERNETES)?.message).toBe(
      'This looks like Terraform (HCL), with no kubernetes_* resources in it: Podsmith reads Kubernetes YAML manifests.',
    );
    expect(recognise(TERRAFORM_MANIFEST)?.message).toMatch(
      /^This looks like Terraform \(HCL\) with kubernetes_manifest "\w+": Podsmith converts it/,
    );
    expect(recognise(TERRAFORM_MANY)?.message).toMatch(
      /^This looks like Terraform \(HCL\) with kubernetes_config_map_v1 "r0", kubernetes_service_v1 "r1", kubernetes_secret "r2" and 1 more: Podsmith converts it/,
    );
  });

  it('says what to run for each format', () => {
    const message = (text: string) => recognise(text)?.message ?? '';
    expect(message(HELM_TEMPLATE)).toContain('`helm template <release> <chart>`');
    expect(message(HELM_DEFAULT_VALUES)).toContain(
      '`helm template <release> <chart> -f values.yaml`',
    );
    expect(message(KUSTOMIZATION)).toContain('`kubectl kustomize <dir>`');
    expect(message(COMPOSE)).toContain('`kompose convert -f <file> --stdout`');
    expect(recognise(COMPOSE)?.title).toBe('Docker Compose');
  });

  it('tells Kubernetes JSON, a List in JSON and other JSON apart', () => {
    expect(recognise(json(POD))).toMatchObject({
      title: 'Kubernetes JSON',
      message: expect.stringMatching(
        /^This is a Kubernetes object in JSON, which Podsmith reads as YAML/,
      ),
    });
    expect(recognise(json({ apiVersion: 'v1', kind: 'List', items: [] }))?.message).toContain(
      "the canvas does not show a List's items",
    );
    expect(recognise(json({ kind: 'PodList', items: [] }))?.message).toMatch(/Kubernetes PodList/);
    expect(recognise(json({ a: 1 }))?.message).toMatch(
      /^This is JSON, but not a Kubernetes object/,
    );
    expect(recognise(json([POD]))?.message).toContain('"kind": "List"');
    expect(recognise('[1, 2]')?.message).toMatch(/^This is a JSON array, not a Kubernetes object/);
  });

  it('never throws, and points at a line of the text', () => {
    const pieces = fc.constantFrom(
      ...['\n', ' ', '  ', '- ', ': ', '|', '{{', '}}', '{', '}', '[', '"', '=', '<<EOT', 'EOT'],
      ...['---', '#', 'resource "kubernetes_pod" "p" {', '.Values.x', 'apiVersion', 'kind'],
      ...['services', 'image', 'repository', 'replicaCount', 'resources', 'x'],
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const r = recognise(text);
        if (r) {
          expect(r.line).toBeGreaterThanOrEqual(1);
          expect(r.line).toBeLessThanOrEqual(text.split('\n').length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
