import { describe, expect, it } from 'vitest';
import { insertItem, removeItem, setField } from './fields.ts';

// Found by the fuzz properties (seed 155181757): a comment left at the end of a map, indented as
// its entries (what removing the last label leaves behind), belongs to the last entry of the map
// around it. An entry added after that one went between the entry and its comment, so the comment
// landed inside the new list, and removing the list again took the comment with it.

const POD = `kind: Pod
metadata:
  name: web
  labels:
    app: shop
    # keep this
spec:
  containers:
  - name: app
    image: nginx:1.27
    # the last comment
`;

describe('comments indented under the last entry of a collection', () => {
  it('stay with that entry when a list is added after it, and its removal gives the text back', () => {
    const finalizers = { document: 0, path: ['metadata', 'finalizers'] };
    const added = insertItem(POD, { ...finalizers, value: 'example.com/keep' });
    expect(added).toContain(`    app: shop
    # keep this
  finalizers:
  - example.com/keep
spec:`);
    expect(removeItem(added, { ...finalizers, index: 0 })).toBe(POD);
  });

  it('stay with the last list item when an item is appended', () => {
    const containers = { document: 0, path: ['spec', 'containers'] };
    const added = insertItem(POD, { ...containers, value: { name: 'log', image: 'busybox' } });
    expect(added).toContain(`    image: nginx:1.27
    # the last comment
  - name: log
    image: busybox
`);
    expect(removeItem(added, { ...containers, index: 1 })).toBe(POD);
  });

  it('stay above a new field after blank lines, while a comment at the entries’ own column does not', () => {
    const spaced = POD.replace('    # keep this', '\n    # keep this\n  # about spec');
    const added = setField(spaced, { document: 0, path: ['metadata', 'namespace'], value: 'x' });
    expect(added).toContain(`    app: shop

    # keep this
  namespace: x
  # about spec
spec:`);
  });
});
