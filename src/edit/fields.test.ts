import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../templates/starter.ts';
import { insertItem, removeItem, setField, setFields } from './fields.ts';

const c0 = ['spec', 'template', 'spec', 'containers', 0];

describe('setField', () => {
  it('sets a field with a one-line splice', () => {
    const out = setField(STARTER_YAML, {
      document: 0,
      path: [...c0, 'image'],
      value: 'nginx:1.28',
    });
    expect(out).toBe(STARTER_YAML.replace('image: nginx:1.27', 'image: nginx:1.28'));
  });

  it('returns the same text when nothing changes', () => {
    expect(
      setField(STARTER_YAML, { document: 0, path: [...c0, 'image'], value: 'nginx:1.27' }),
    ).toBe(STARTER_YAML);
    expect(
      setField(STARTER_YAML, { document: 0, path: [...c0, 'workingDir'], value: undefined }),
    ).toBe(STARTER_YAML);
  });

  it('removes a field and the parents it leaves empty, down to keepDepth', () => {
    const out = setField(STARTER_YAML, {
      document: 0,
      path: [...c0, 'resources', 'limits', 'memory'],
      value: undefined,
      keepDepth: c0.length,
    });
    expect(out).not.toContain('limits:');
    expect(out).toContain('requests:');
    const none = setFields(out, [
      {
        document: 0,
        path: [...c0, 'resources', 'requests', 'cpu'],
        value: undefined,
        keepDepth: c0.length,
      },
      {
        document: 0,
        path: [...c0, 'resources', 'requests', 'memory'],
        value: undefined,
        keepDepth: c0.length,
      },
    ]);
    expect(none).not.toContain('resources');
  });

  it('writes a multi-line value as a block scalar in place, its comment on the header line', () => {
    const pinned = STARTER_YAML.replace('image: nginx:1.27', 'image: nginx:1.27 # pinned');
    const out = setField(pinned, { document: 0, path: [...c0, 'image'], value: 'a\nb' });
    expect(out).toBe(
      pinned.replace(
        'image: nginx:1.27 # pinned',
        'image: |- # pinned\n            a\n            b',
      ),
    );
    const flush = 'spec:\r\n    policy: x # keep\r\n    list:\r\n    -   one\r\n';
    expect(setField(flush, { document: 0, path: ['spec', 'policy'], value: 'two\nlines' })).toBe(
      'spec:\r\n    policy: |- # keep\r\n        two\r\n        lines\r\n    list:\r\n    -   one\r\n',
    );
    // Found by fuzzing: a quoted value kept its quotes over two lines, and its comment was lost.
    const quoted = pinned.replace('image: nginx:1.27 # pinned', "image: 'nginx:1.27' # pinned");
    expect(setField(quoted, { document: 0, path: [...c0, 'image'], value: 'a\nb' })).toBe(out);
  });

  it('quotes strings Kubernetes would read as booleans or numbers (YAML 1.1)', () => {
    const labels = ['metadata', 'labels'];
    let out = STARTER_YAML;
    for (const [key, value] of [
      ['a', 'yes'],
      ['b', 'off'],
      ['c', 'Y'],
      ['d', '1_000'],
      ['n', 'plain'],
    ])
      out = setField(out, { document: 0, path: [...labels, key!], value });
    expect(out).toContain(
      '    app.kubernetes.io/name: web\n    a: "yes"\n    b: "off"\n    c: "Y"\n    d: "1_000"\n    "n": plain\n',
    );
  });

  it('adds nested fields where they are missing', () => {
    const out = setField(STARTER_YAML, {
      document: 0,
      path: [...c0, 'securityContext', 'runAsNonRoot'],
      value: true,
    });
    expect(out).toContain(
      '              memory: 128Mi\n          securityContext:\n            runAsNonRoot: true\n',
    );
  });
});

describe('insertItem and removeItem', () => {
  const ports = [...c0, 'ports'];
  it('appends to an existing list, keeping the rest of the text', () => {
    const out = insertItem(STARTER_YAML, {
      document: 0,
      path: ports,
      value: { name: 'metrics', containerPort: 9090 },
    });
    expect(out).toContain('- name: metrics\n              containerPort: 9090');
    expect(out.replace(/\n\s*- name: metrics\n\s*containerPort: 9090/, '')).toBe(STARTER_YAML);
  });

  it('creates a missing list', () => {
    const out = insertItem(STARTER_YAML, { document: 0, path: [...c0, 'args'], value: '-g' });
    expect(out).toContain('args:');
    expect(out).toContain('- -g');
  });

  it('removes one item, and the list with its last item', () => {
    const two = insertItem(STARTER_YAML, {
      document: 0,
      path: ports,
      value: { containerPort: 9090 },
    });
    const one = removeItem(two, { document: 0, path: ports, index: 1 });
    expect(one).toBe(STARTER_YAML);
    const none = removeItem(one, { document: 0, path: ports, index: 0 });
    expect(none).not.toContain('ports:');
    expect(none).toContain('image: nginx:1.27');
  });

  it('ignores an index out of range', () => {
    expect(removeItem(STARTER_YAML, { document: 0, path: ports, index: 5 })).toBe(STARTER_YAML);
  });
});

describe('where a new field goes', () => {
  it('puts a new setting above the template and container lists, as people write them', () => {
    const out = setField(STARTER_YAML, { document: 0, path: ['spec', 'paused'], value: true });
    expect(out).toContain('  paused: true\n  template:');
    const spec = ['spec', 'template', 'spec'];
    const pid = setField(STARTER_YAML, {
      document: 0,
      path: [...spec, 'shareProcessNamespace'],
      value: true,
    });
    expect(pid).toContain('      shareProcessNamespace: true\n      containers:');
  });

  it('appends a new field where the parent has no such list, and objects always', () => {
    const out = setField(STARTER_YAML, { document: 0, path: [...c0, 'workingDir'], value: '/app' });
    expect(out.trimEnd().endsWith('workingDir: /app')).toBe(true);
  });
});
