import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { parseDesign } from '../../yaml/parse.ts';
import { exportCorpus } from '../corpus-testing.ts';
import { isKubernetesObject } from './names.ts';
import { designToKustomize, type KustomizeBase } from './export.ts';

const corpus = exportCorpus();

function base(text: string, images = false): KustomizeBase {
  const result = designToKustomize(text, { images });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const kustomization = (b: KustomizeBase) => parse(b.files[0]!.text) as Record<string, any>;
/** The design's Kubernetes objects: a base holds those (other documents are named in its notes). */
const objectsOf = (text: string) => parseDesign(text).values.filter(isKubernetesObject);

const DESIGN = `# The web tier.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web # the name users see
spec:
  template:
    spec:
      containers:
        - name: app
          image: &img registry.example.com:5000/team/web:2.1
        - name: proxy
          image: envoyproxy/envoy@sha256:0123abcd
      initContainers:
        - name: copy
          image: *img
---
# Its Service, quoted as it was written.
apiVersion: v1
kind: Service
metadata:
  name: 'web'
spec:
  ports: [{ port: 80 }]
`;

describe('Kustomize base', () => {
  it('lists one file per object and keeps each document byte for byte', () => {
    const b = base(DESIGN);
    expect(b.files.map((f) => f.path)).toEqual([
      'kustomization.yaml',
      'deployment-web.yaml',
      'service-web.yaml',
    ]);
    const k = kustomization(b);
    expect(k).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['deployment-web.yaml', 'service-web.yaml'],
    });
    const [first, second] = DESIGN.split(/^---\n/m);
    expect(b.files[1]!.text).toBe(first);
    expect(b.files[2]!.text).toBe(second);
    expect(b.notes).toEqual([]);
  });

  it.each(corpus.map((d) => [d.name, d.text] as const))(
    '%s: the files re-read give the design’s objects',
    (_name, text) => {
      const b = base(text, true);
      const listed = kustomization(b).resources as string[];
      expect(listed).toEqual(b.files.slice(1).map((f) => f.path));
      expect(new Set(listed.map((f) => f.toLowerCase())).size).toBe(listed.length);
      expect(b.files.slice(1).map((f) => parse(f.text))).toEqual(objectsOf(text));
    },
  );

  it('leaves out empty documents and non-objects, and says so', () => {
    const b = base('---\n# nothing here\n---\n- a list\n---\napiVersion: v1\nkind: ConfigMap\n');
    expect(b.files.map((f) => f.path)).toEqual(['kustomization.yaml', 'configmap.yaml']);
    expect(b.notes).toEqual([
      'Document 1 is empty: it is left out.',
      'Document 2 is not a Kubernetes object (no apiVersion or kind): it is left out.',
    ]);
  });

  it('gives unique, safe file names', () => {
    const doc = (kind: string, name: string, ns: string) =>
      `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${JSON.stringify(name)}\n  namespace: ${ns}\n`;
    const text = [
      doc('ConfigMap', 'web', 'a'),
      doc('ConfigMap', 'web', 'b'),
      doc('ConfigMap', 'WEB', 'c'),
      doc('Secret', '../../etc/passwd', 'a'),
      doc('ConfigMap', 'café config', 'a'),
    ].join('---\n');
    expect(base(text).files.map((f) => f.path)).toEqual([
      'kustomization.yaml',
      'configmap-web.yaml',
      'configmap-web-2.yaml',
      'configmap-web-3.yaml',
      'secret-etc-passwd.yaml',
      'configmap-caf-config.yaml',
    ]);
  });

  it('writes documents out again when directives tie them together', () => {
    const text = '%YAML 1.2\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a # kept\n';
    const b = base(text);
    expect(b.files[1]!.text).toContain('# kept');
    expect(parse(b.files[1]!.text)).toEqual(objectsOf(text)[0]);
  });

  it('refuses text that does not parse', () => {
    expect(designToKustomize('a: [1')).toMatchObject({ ok: false });
  });

  it('adds an images entry per image name, split as Kustomize splits it', () => {
    expect(kustomization(base(DESIGN, true)).images).toEqual([
      {
        name: 'registry.example.com:5000/team/web',
        newName: 'registry.example.com:5000/team/web',
        newTag: '2.1',
      },
      { name: 'envoyproxy/envoy', newName: 'envoyproxy/envoy', digest: 'sha256:0123abcd' },
    ]);
    expect(base(DESIGN, true).files[0]!.text).toContain('newTag: "2.1"');
  });

  it('sets no tag for a name the design runs at two versions, and says so', () => {
    const text = DESIGN.replace('@sha256:0123abcd', '').replace('*img', 'envoyproxy/envoy:v1.31');
    const b = base(text, true);
    expect(kustomization(b).images[1]).toEqual({
      name: 'envoyproxy/envoy',
      newName: 'envoyproxy/envoy',
    });
    expect(b.notes).toEqual([
      'The images entry envoyproxy/envoy sets no tag: the design runs it as (untagged), v1.31, and one entry retags them all alike.',
    ]);
  });
});

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const noKubectl = kubectl.status !== 0;

/** kind/namespace/name: how Kustomize tells objects apart (it reorders them by kind). */
const id = (o: any) => `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
const byId = (objects: any[]) => [...objects].sort((a, b) => id(a).localeCompare(id(b)));

describe('kubectl kustomize', () => {
  it.skipIf(noKubectl)(
    `builds every base, images entries included, to the design's objects${noKubectl ? ' (skipped: kubectl is not on PATH, so Kustomize cannot run here)' : ''}`,
    () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-kustomize-'));
      try {
        const twoVersions = DESIGN.replace('@sha256:0123abcd', '').replace(
          '*img',
          'envoyproxy/envoy:v1.31',
        );
        const designs = [
          ...corpus,
          { name: 'registry port, digest and alias', text: DESIGN },
          { name: 'one image name at two versions', text: twoVersions },
        ];
        designs.forEach((design, i) => {
          const dir = path.join(root, String(i));
          fs.mkdirSync(dir);
          for (const f of base(design.text, true).files) {
            fs.writeFileSync(path.join(dir, f.path), f.text);
          }
          const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
          expect(run.status, `${design.name}: ${run.stderr}`).toBe(0);
          const built = parseAllDocuments(run.stdout).map((d) => d.toJS());
          expect(byId(built), design.name).toEqual(byId(objectsOf(design.text)));
        });
        // An overlay retags through the base's entry names.
        const overlay = path.join(root, 'overlay');
        fs.mkdirSync(overlay);
        fs.writeFileSync(
          path.join(overlay, 'kustomization.yaml'),
          `resources: [../${designs.length - 2}]\nimages:\n  - name: registry.example.com:5000/team/web\n    newTag: "2.2"\n`,
        );
        const run = spawnSync('kubectl', ['kustomize', overlay], { encoding: 'utf8' });
        const images = parseAllDocuments(run.stdout)
          .map((d) => d.toJS())
          .flatMap((o) => [
            ...(o.spec.template?.spec.initContainers ?? []),
            ...(o.spec.template?.spec.containers ?? []),
          ])
          .map((c: any) => c.image);
        expect(images).toEqual([
          'registry.example.com:5000/team/web:2.2',
          'registry.example.com:5000/team/web:2.2',
          'envoyproxy/envoy@sha256:0123abcd',
        ]);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
