import { describe, expect, it } from 'vitest';
import { duplicateContainer } from './arrange.ts';
import { setField } from './fields.ts';

// Prettier writes flow collections padded (`{ name: db }`); an edit inside one keeps the padding
// instead of rewriting it as `{name: db}`, and keeps an unpadded file unpadded.

const pod = (item: string) => `kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      env:
        - ${item}
`;
const NEW = ['spec', 'containers', 0, 'env', 0, 'valueFrom', 'secretKeyRef', 'optional'];

describe('edits inside flow collections', () => {
  it('keep the padding the file uses', () => {
    const padded = pod('{ name: PASS, valueFrom: { secretKeyRef: { name: db, key: password } } }');
    expect(setField(padded, { document: 0, path: NEW, value: true })).toBe(
      padded.replace('key: password }', 'key: password, optional: true }'),
    );
    const tight = pod('{name: PASS, valueFrom: {secretKeyRef: {name: db, key: password}}}');
    expect(setField(tight, { document: 0, path: NEW, value: true })).toBe(
      tight.replace('key: password}', 'key: password, optional: true}'),
    );
  });

  it('keep a quoted key when its value is written anew', () => {
    const text =
      "kind: Pod\nmetadata: {name: web}\nspec:\n  'containers': [{name: app, image: x}]\n";
    expect(duplicateContainer(text, { document: 0, list: 'containers', index: 0 })).toBe(
      text.replace('x}]', 'x}, {name: app-2, image: x}]'),
    );
  });
});
