import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { designView } from '../pod/view.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { duplicateContainer, moveContainer, setMainContainer } from './arrange.ts';
import { addContainer, removeContainer } from './containers.ts';
import { EditError } from './errors.ts';

const fixture = readFileSync(
  new URL('./__fixtures__/commented-anchored.yaml', import.meta.url),
  'utf8',
);
const roles = (text: string, doc = 0) =>
  designView(parseDesign(text))
    .workloads.find((w) => w.document === doc)!
    .containers.map((c) => `${c.name}:${c.role}`);
const spec = (text: string, doc = 0) =>
  (parseDocument(text.split('\n---\n')[doc]!).toJS() as any).spec.template.spec;

const withSidecars = (() => {
  let t = STARTER_YAML;
  t = addContainer(t, { document: 0, role: 'sidecar', container: { name: 'log' } });
  t = addContainer(t, { document: 0, role: 'init', container: { name: 'migrate' } });
  t = addContainer(t, { document: 0, role: 'native-sidecar', container: { name: 'mesh' } });
  return t;
})();

describe('moveContainer', () => {
  it('turns a classic sidecar into a native sidecar', () => {
    const out = moveContainer(withSidecars, {
      document: 0,
      from: { document: 0, list: 'containers', index: 1 },
      to: { role: 'native-sidecar', index: 0 },
    });
    expect(roles(out)).toEqual([
      'log:native-sidecar',
      'migrate:init',
      'mesh:native-sidecar',
      'nginx:main',
    ]);
    expect(spec(out).initContainers[0]).toEqual({
      name: 'log',
      image: 'busybox:1.36',
      restartPolicy: 'Always',
      command: ['sh', '-c', 'sleep infinity'],
    });
  });

  it('turns a native sidecar back into a classic one without restartPolicy', () => {
    const out = moveContainer(withSidecars, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 1 },
      to: { role: 'sidecar' },
    });
    expect(roles(out)).toEqual(['migrate:init', 'nginx:main', 'log:sidecar', 'mesh:sidecar']);
    expect(spec(out).containers[2]).not.toHaveProperty('restartPolicy');
  });

  it('reorders init containers, since they start in list order', () => {
    const out = moveContainer(withSidecars, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 1 },
      to: { role: 'native-sidecar', index: 0 },
    });
    expect(roles(out)).toEqual([
      'mesh:native-sidecar',
      'migrate:init',
      'nginx:main',
      'log:sidecar',
    ]);
  });

  it('turns an init container into a native sidecar in place', () => {
    const out = moveContainer(withSidecars, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 0 },
      to: { role: 'native-sidecar', index: 0 },
    });
    expect(roles(out)).toEqual([
      'migrate:native-sidecar',
      'mesh:native-sidecar',
      'nginx:main',
      'log:sidecar',
    ]);
  });

  it('removes initContainers when its last entry moves out', () => {
    const one = addContainer(STARTER_YAML, {
      document: 0,
      role: 'native-sidecar',
      container: { name: 'mesh' },
    });
    const out = moveContainer(one, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 0 },
      to: { role: 'sidecar' },
    });
    expect(spec(out)).not.toHaveProperty('initContainers');
  });

  it('makes a sidecar main through the default-container annotation', () => {
    const out = moveContainer(withSidecars, {
      document: 0,
      from: { document: 0, list: 'containers', index: 1 },
      to: { role: 'main', index: 1 },
    });
    expect(roles(out)).toEqual([
      'migrate:init',
      'mesh:native-sidecar',
      'nginx:sidecar',
      'log:main',
    ]);
    expect(out).toContain('kubectl.kubernetes.io/default-container: log');
  });

  it('keeps the main container main when a sidecar is dropped before it', () => {
    const out = moveContainer(withSidecars, {
      document: 0,
      from: { document: 0, list: 'containers', index: 1 },
      to: { role: 'sidecar', index: 0 },
    });
    expect(roles(out)).toEqual([
      'migrate:init',
      'mesh:native-sidecar',
      'log:sidecar',
      'nginx:main',
    ]);
  });

  it('leaves a comment after a container where it is when the container starts a new list', () => {
    // Found by fuzzing: the comment stayed behind and came along too, so it was there twice.
    const text = STARTER_YAML.replace(
      '            limits:\n              memory: 128Mi\n',
      '            limits:\n              memory: 128Mi\n          # tuned by hand\n',
    ).replace(
      '      containers:\n',
      '      containers:\n        - name: log\n          image: busybox:1.36\n',
    );
    const out = moveContainer(text, {
      document: 0,
      from: { document: 0, list: 'containers', index: 1 },
      to: { role: 'init' },
    });
    expect(out.match(/# tuned by hand/g)).toHaveLength(1);
    expect(roles(out)).toEqual(['nginx:init', 'log:main']);
  });

  it('refuses to empty containers', () => {
    expect(() =>
      moveContainer(STARTER_YAML, {
        document: 0,
        from: { document: 0, list: 'containers', index: 0 },
        to: { role: 'init' },
      }),
    ).toThrow(EditError);
  });

  it('moves a container with its comments and anchors', () => {
    const out = moveContainer(fixture, {
      document: 1,
      from: { document: 1, list: 'containers', index: 0 },
      to: { role: 'sidecar' },
    });
    expect(roles(out, 1)).toEqual(['shipper:main', 'web:sidecar']);
    expect(out).toContain('- name: web          # main container');
    expect(spec(out, 1).containers.map((c: any) => c.resources)).toEqual([
      { requests: { cpu: '100m', memory: '128Mi' } },
      { requests: { cpu: '100m', memory: '128Mi' } },
    ]);
  });

  it('takes the comment lines above a container along, so moving back restores the text', () => {
    const commented = withSidecars.replace(
      '        - name: log\n',
      '        # ships logs\n        - name: log\n',
    );
    const out = moveContainer(commented, {
      document: 0,
      from: { document: 0, list: 'containers', index: 1 },
      to: { role: 'native-sidecar', index: 0 },
    });
    expect(out).toContain('      initContainers:\n        # ships logs\n        - name: log\n');
    expect(out.match(/# ships logs/g)).toHaveLength(1);
    const back = moveContainer(out, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 0 },
      to: { role: 'sidecar', index: 1 },
    });
    expect(back).toBe(commented);
  });

  it('keeps the comment lines above a container when the move creates the list', () => {
    const twoContainers = addContainer(STARTER_YAML, {
      document: 0,
      role: 'sidecar',
      container: { name: 'log' },
    }).replace('        - name: nginx\n', '        # serves the site\n        - name: nginx\n');
    const out = moveContainer(twoContainers, {
      document: 0,
      from: { document: 0, list: 'containers', index: 0 },
      to: { role: 'native-sidecar' },
    });
    expect(roles(out)).toEqual(['nginx:native-sidecar', 'log:main']);
    expect(out.match(/# serves the site/g)).toHaveLength(1);
    // Not the first entry: the comment is not copied into the new list either.
    const second = twoContainers.replace(
      '        - name: log\n',
      '        # ships logs\n        - name: log\n',
    );
    const moved = moveContainer(second, {
      document: 0,
      from: { document: 0, list: 'containers', index: 1 },
      to: { role: 'init' },
    });
    expect(roles(moved)).toEqual(['log:init', 'nginx:main']);
    expect(moved.match(/# ships logs/g)).toHaveLength(1);
  });

  it('keeps the comment lines above the only init container when its role changes in place', () => {
    const init = addContainer(STARTER_YAML, {
      document: 0,
      role: 'init',
      container: { name: 'migrate' },
    }).replace('        - name: migrate\n', '        # runs once\n        - name: migrate\n');
    const out = moveContainer(init, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 0 },
      to: { role: 'native-sidecar', index: 0 },
    });
    expect(roles(out)).toEqual(['migrate:native-sidecar', 'nginx:main']);
    expect(out.match(/# runs once/g)).toHaveLength(1);
  });

  it('refuses with an EditError to put an alias before its anchor', () => {
    // shipper's `resources: *res` points at web's `&res`; first place would come before it.
    const move = () =>
      moveContainer(fixture, {
        document: 1,
        from: { document: 1, list: 'containers', index: 1 },
        to: { role: 'main', index: 0 },
      });
    expect(move).toThrow(EditError);
    expect(move).toThrow('*res');
  });

  it('moves an anchored container up as a block: the aliases after it stay aliases', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: migrate
      image: busybox:1.36
    # the mesh proxy
    - name: mesh
      image: envoyproxy/envoy:v1.31.2
      restartPolicy: Always
      resources: &res
        requests:
          cpu: 100m
  containers:
    - name: app
      image: nginx:1.27
    - name: log
      image: fluent/fluent-bit:3.2
      resources: *res
`;
    const mesh = pod.slice(pod.indexOf('    # the mesh proxy'), pod.indexOf('  containers:'));
    const up = moveContainer(pod, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 1 },
      to: { role: 'native-sidecar', index: 0 },
    });
    expect(up).toBe(
      pod.replace(mesh, '').replace('    - name: migrate', mesh + '    - name: migrate'),
    );
    // And back down again: the same text as before.
    const down = moveContainer(up, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 0 },
      to: { role: 'native-sidecar', index: 1 },
    });
    expect(down).toBe(pod);
  });

  it('moves an anchored container down past an alias: that alias gets the value', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: mesh
      image: envoyproxy/envoy:v1.31.2
      resources: &res
        requests:
          cpu: 100m
    - name: migrate
      image: busybox:1.36
      resources: *res
  containers:
    - name: app
      image: nginx:1.27
      resources: *res
`;
    const out = moveContainer(pod, {
      document: 0,
      from: { document: 0, list: 'initContainers', index: 0 },
      to: { role: 'init', index: 1 },
    });
    expect(roles(out)).toEqual(['migrate:init', 'mesh:init', 'app:main']);
    const res = { requests: { cpu: '100m' } };
    const moved = (parseDocument(out).toJS() as any).spec;
    expect(moved.initContainers.map((c: any) => c.resources)).toEqual([res, res]);
    expect(moved.containers[0].resources).toEqual(res);
    expect(out).toContain('      resources: *res\n');
  });
});

describe('setMainContainer and duplicateContainer', () => {
  it('marks the main container, and does nothing when it already is', () => {
    expect(setMainContainer(withSidecars, { document: 0, list: 'containers', index: 0 })).toBe(
      withSidecars,
    );
    const out = setMainContainer(withSidecars, { document: 0, list: 'containers', index: 1 });
    expect(roles(out)).toContain('log:main');
    expect(() =>
      setMainContainer(withSidecars, { document: 0, list: 'initContainers', index: 0 }),
    ).toThrow(EditError);
  });

  it('duplicates right after the original under a free name', () => {
    const out = duplicateContainer(withSidecars, { document: 0, list: 'containers', index: 0 });
    expect(roles(out)).toEqual([
      'migrate:init',
      'mesh:native-sidecar',
      'nginx:main',
      'nginx-2:sidecar',
      'log:sidecar',
    ]);
    expect(spec(out).containers[1].ports).toEqual(spec(out).containers[0].ports);
  });

  it('gives the copy no anchors, so aliases after it keep pointing at the original', () => {
    // web holds `resources: &res`; a second `&res` in the copy would re-point shipper's `*res`.
    const out = duplicateContainer(fixture, { document: 1, list: 'containers', index: 0 });
    expect(out.match(/&res/g)).toHaveLength(1);
    expect(out).toContain('resources: *res');
    expect(spec(out, 1).containers[1].resources).toEqual(spec(out, 1).containers[0].resources);
    expect(removeContainer(out, { document: 1, list: 'containers', index: 1 })).toBe(fixture);
  });
});
