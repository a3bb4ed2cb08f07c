import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyToDocument, type Change } from './change.ts';
import { cloneAlong } from './clone.ts';

const TEXT = `# keep me
apiVersion: apps/v1
kind: Deployment
metadata: &meta
  name: web
spec:
  template:
    metadata: *meta
    spec:
      containers:
        - name: app
          image: nginx:1.27
          ports: [{ containerPort: 80 }]
        - name: log
          image: fluent-bit:3
`;

const CHANGES: Change[] = [
  { type: 'set', path: ['spec', 'template', 'spec', 'containers', 1, 'image'], value: 'x:1' },
  { type: 'delete', path: ['spec', 'template', 'spec', 'containers', 0] },
  {
    type: 'insert',
    path: ['spec', 'template', 'spec', 'containers', 0, 'ports'],
    value: { containerPort: 9 },
  },
  { type: 'set', path: ['spec', 'replicas'], value: 3, before: 'template' },
  {
    type: 'set',
    path: ['spec', 'template', 'spec', 'volumes', 0],
    value: { name: 'v', emptyDir: {} },
  },
  { type: 'set', path: [], value: { kind: 'Pod' } },
];

describe('cloneAlong', () => {
  it.each(CHANGES)(
    'gives what a full clone gives, and leaves the original alone: $type $path',
    (change) => {
      const doc = parseDocument(TEXT);
      const before = { text: doc.toString(), value: doc.toJS() as unknown };
      const full = doc.clone();
      applyToDocument(full, change);
      const copy = cloneAlong(doc, change.path);
      applyToDocument(copy, change);
      expect(copy.toJS()).toEqual(full.toJS());
      expect(copy.toString()).toBe(full.toString());
      expect(doc.toString()).toBe(before.text);
      expect(doc.toJS()).toEqual(before.value);
    },
  );

  it('shares what the change does not reach', () => {
    const doc = parseDocument(TEXT);
    const copy = cloneAlong(doc, ['spec', 'template', 'spec', 'containers', 1, 'image']);
    expect(copy.getIn(['metadata'], true)).toBe(doc.getIn(['metadata'], true));
    expect(copy.getIn(['spec', 'template', 'spec', 'containers', 0], true)).toBe(
      doc.getIn(['spec', 'template', 'spec', 'containers', 0], true),
    );
    expect(copy.getIn(['spec'], true)).not.toBe(doc.getIn(['spec'], true));
  });
});
