import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { designView } from '../pod/view.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addContainer, removeContainer, renameContainer } from './containers.ts';
import { EditError } from './errors.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const containersOf = (text: string, doc = 0) =>
  designView(parseDesign(text))
    .workloads.find((w) => w.document === doc)!
    .containers.map((c) => `${c.name}:${c.role}`);

/** The lines of `before` that an edit replaced, and the lines that replaced them (common leading/trailing lines removed). */
function changedRegion(before: string, after: string) {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { removed: a.slice(p, a.length - s).join(''), added: b.slice(p, b.length - s).join('') };
}

describe('addContainer', () => {
  it('adds a native sidecar as an init container with restartPolicy Always, before containers', () => {
    const out = addContainer(STARTER_YAML, {
      document: 0,
      role: 'native-sidecar',
      container: { name: 'envoy', image: 'envoyproxy/envoy:v1.31.0' },
    });
    const spec = parseDocument(out).toJS().spec.template.spec;
    expect(spec.initContainers).toEqual([
      {
        name: 'envoy',
        image: 'envoyproxy/envoy:v1.31.0',
        restartPolicy: 'Always',
        command: ['sh', '-c', 'sleep infinity'],
      },
    ]);
    expect(Object.keys(spec)).toEqual(['initContainers', 'containers']);
    expect(containersOf(out)).toEqual(['envoy:native-sidecar', 'nginx:main']);
    // Only new lines were added; every original line is still there, in order.
    const { removed } = changedRegion(STARTER_YAML, out);
    expect(removed).toBe('');
  });

  it('adds each role where Kubernetes expects it', () => {
    let t = STARTER_YAML;
    t = addContainer(t, { document: 0, role: 'sidecar' });
    t = addContainer(t, { document: 0, role: 'init' });
    t = addContainer(t, { document: 0, role: 'native-sidecar' });
    t = addContainer(t, { document: 0, role: 'init', index: 0, container: { name: 'migrate' } });
    expect(containersOf(t)).toEqual([
      'migrate:init',
      'init:init',
      'sidecar-2:native-sidecar',
      'nginx:main',
      'sidecar:sidecar',
    ]);
    const init = parseDocument(t).toJS().spec.template.spec.initContainers;
    expect(init[0]).not.toHaveProperty('restartPolicy');
  });

  it('picks free names across containers and initContainers', () => {
    let t = STARTER_YAML;
    t = addContainer(t, { document: 0, role: 'sidecar', container: { name: 'nginx' } });
    t = addContainer(t, { document: 0, role: 'native-sidecar', container: { name: 'nginx' } });
    expect(containersOf(t)).toEqual(['nginx-3:native-sidecar', 'nginx:main', 'nginx-2:sidecar']);
  });

  it('makes a new main container the default container when it cannot be first', () => {
    const t = addContainer(STARTER_YAML, {
      document: 0,
      role: 'main',
      index: 1,
      container: { name: 'api' },
    });
    expect(containersOf(t)).toEqual(['nginx:sidecar', 'api:main']);
    expect(parseDocument(t).toJS().spec.template.metadata.annotations).toEqual({
      'kubectl.kubernetes.io/default-container': 'api',
    });
  });

  it('puts a new main container first when nothing was marked', () => {
    const t = addContainer(STARTER_YAML, { document: 0, role: 'main', container: { name: 'api' } });
    expect(containersOf(t)).toEqual(['api:main', 'nginx:sidecar']);
    expect(t).not.toContain('default-container');
  });

  it('creates the containers list in an empty pod spec', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Never\n';
    const t = addContainer(pod, { document: 0, role: 'main' });
    expect(t).toBe(pod + '  containers:\n    - name: app\n      image: nginx:1.27\n');
  });

  it('edits the right document of a multi-document file and keeps everything else byte for byte', () => {
    const src = fixture('commented-anchored.yaml');
    const out = addContainer(src, {
      document: 1,
      role: 'native-sidecar',
      index: 0,
      container: { name: 'mesh', image: 'istio/proxyv2:1.23.0' },
    });
    const { removed, added } = changedRegion(src, out);
    expect(removed).toBe('');
    // The file lists sequences without indentation; the new entry follows that style.
    expect(added).toBe(
      '      initContainers:\n      - name: mesh\n        image: istio/proxyv2:1.23.0\n        restartPolicy: Always\n        command:\n        - sh\n        - -c\n        - sleep infinity\n',
    );
    // Inserted before the comment that belongs to `containers`.
    expect(out).toContain(
      'restartPolicy: Always\n        command:\n        - sh\n        - -c\n        - sleep infinity\n      # The app and its log shipper',
    );
  });
});

describe('removeContainer', () => {
  it('removes exactly the container lines', () => {
    const src = fixture('commented-anchored.yaml');
    const out = removeContainer(src, { document: 1, list: 'containers', index: 1 });
    const { removed, added } = changedRegion(src, out);
    expect(added).toBe('');
    expect(removed).toBe(
      '      - name: shipper\n        image: fluent/fluent-bit:3.1\n        resources: *res\n        futureField: {enabled: true}\n',
    );
    expect(containersOf(out, 1)).toEqual(['web:main']);
  });

  it('drops initContainers when its last entry goes', () => {
    let t = addContainer(STARTER_YAML, { document: 0, role: 'init' });
    t = removeContainer(t, { document: 0, list: 'initContainers', index: 0 });
    expect(t).toBe(STARTER_YAML);
  });

  it('drops the default-container annotation that named the removed container', () => {
    let t = addContainer(STARTER_YAML, {
      document: 0,
      role: 'main',
      index: 1,
      container: { name: 'api' },
    });
    t = removeContainer(t, { document: 0, list: 'containers', index: 1 });
    expect(t).toBe(STARTER_YAML);
  });

  it('refuses a container that is not there', () => {
    expect(() =>
      removeContainer(STARTER_YAML, { document: 0, list: 'initContainers', index: 0 }),
    ).toThrow(EditError);
  });
});

describe('renameContainer', () => {
  it('replaces only the name, keeping its quotes and trailing comment', () => {
    const src = fixture('commented-anchored.yaml');
    const out = renameContainer(src, {
      document: 1,
      list: 'containers',
      index: 0,
      name: 'frontend',
    });
    expect(changedRegion(src, out)).toEqual({
      removed: '      - name: web          # main container\n',
      added: '      - name: frontend          # main container\n',
    });
    const quoted = renameContainer(fixture('four-space.yaml'), {
      document: 0,
      list: 'initContainers',
      index: 0,
      name: 'download',
    });
    expect(quoted).toContain('-   name: download\n');
  });

  it('keeps the default-container annotation pointing at the main container', () => {
    let t = addContainer(STARTER_YAML, {
      document: 0,
      role: 'main',
      index: 1,
      container: { name: 'api' },
    });
    t = renameContainer(t, { document: 0, list: 'containers', index: 1, name: 'backend' });
    expect(containersOf(t)).toEqual(['nginx:sidecar', 'backend:main']);
  });

  it('refuses empty and taken names', () => {
    expect(() =>
      renameContainer(STARTER_YAML, { document: 0, list: 'containers', index: 0, name: ' ' }),
    ).toThrow('needs a name');
    const t = addContainer(STARTER_YAML, {
      document: 0,
      role: 'sidecar',
      container: { name: 'log' },
    });
    expect(() =>
      renameContainer(t, { document: 0, list: 'containers', index: 1, name: 'nginx' }),
    ).toThrow('already a container named "nginx"');
  });
});

describe('edits refuse what they cannot do safely', () => {
  it('refuses text that does not parse', () => {
    expect(() => addContainer('kind: Pod\nspec: [\n', { document: 0, role: 'sidecar' })).toThrow(
      /error at line \d+/,
    );
  });

  it('refuses documents that are not workloads', () => {
    expect(() =>
      addContainer(fixture('commented-anchored.yaml'), { document: 0, role: 'sidecar' }),
    ).toThrow('not a Pod or workload');
  });
});

describe('four-space files', () => {
  it('inserts in the file’s own indentation', () => {
    const src = fixture('four-space.yaml');
    const out = addContainer(src, {
      document: 0,
      role: 'sidecar',
      container: { name: 'uploader', image: 'example/upload:1', command: undefined },
    });
    const { removed, added } = changedRegion(src, out);
    expect(removed).toBe('');
    expect(added).toBe(
      '                        -   name: uploader\n                            image: example/upload:1\n',
    );
    expect(containersOf(out)).toEqual(['fetch:init', 'report:main', 'uploader:sidecar']);
  });
});
