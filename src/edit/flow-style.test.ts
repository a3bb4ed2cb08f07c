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

  it('keep the comments at the top of a document once when it is written anew', () => {
    // Found by fuzzing: a multi-line value in a flow map makes the edit write the whole
    // document, and the comments above its first key came out twice.
    const text = '# top\n# keep this\nkind: Pod\nspec:\n  securityContext: { fsGroup: 2000 }\n';
    const path = ['spec', 'securityContext', 'fsGroup'];
    const out = setField(text, { document: 0, path, value: 'two\nlines' });
    expect(out.startsWith('# top\n# keep this\nkind: Pod\n')).toBe(true);
    expect(out.match(/# top/g)).toHaveLength(1);
  });
});

describe('a value set inside a flow collection', () => {
  // Found by fuzzing: a value of several lines was written as a block scalar (`|-`), which a flow
  // collection cannot hold, so the whole document was written anew and the comment after the
  // old value was lost.
  const text = `kind: Pod
spec:
  containers:
    [
      {
        name: app, # the app
        image: nginx:1.27 # TODO: check
      }
    ]
`;
  const path = ['spec', 'containers', 0, 'image'];

  it('is written on its line, keeping the comment after it, when it has several lines', () => {
    expect(setField(text, { document: 0, path, value: 'two\nlines' })).toBe(
      text.replace('nginx:1.27', '"two\\nlines"'),
    );
  });

  it('is quoted when it holds what would end a flow entry', () => {
    expect(setField(text, { document: 0, path, value: 'a, b' })).toBe(
      text.replace('nginx:1.27', '"a, b"'),
    );
  });
});
