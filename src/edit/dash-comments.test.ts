import { describe, expect, it } from 'vitest';
import { duplicateContainer, moveContainer } from './arrange.ts';
import { removeContainer } from './containers.ts';
import { setField } from './fields.ts';
import { stepContainer } from './place.ts';

// Found by the fuzz properties: a comment right after an item's dash (`- # the app`, what yaml
// itself writes for a comment before an item's first key) hid the dash from the splicer, so a
// move re-rendered the list and lost the comment.

const POD = `kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: migrate
    image: busybox:1.36
  - # the app
    name: app
    image: nginx:1.27
  -   # padded
      name: log
      image: busybox:1.36
`;
const APP = { document: 0, list: 'containers', index: 1 } as const;

describe('an item with a comment on its dash line', () => {
  it('moves with its comment, and the rest of the list stays byte for byte', () => {
    const stepped = stepContainer(POD, APP, -1);
    expect(stepped).toContain(`  containers:
  - # the app
    name: app
    image: nginx:1.27
  - name: migrate
    image: busybox:1.36
  -   # padded`);
    const moved = moveContainer(POD, {
      document: 0,
      from: { ...APP, index: 2 },
      to: { role: 'sidecar', index: 0 },
    });
    expect(moved).toContain(`  - # the app
    name: app
    image: nginx:1.27
`);
    expect(moved).toContain(`  -   # padded
      name: log
      image: busybox:1.36
  - name: migrate`);
  });

  it('takes its comment along into a list it starts', () => {
    const moved = moveContainer(POD, { document: 0, from: APP, to: { role: 'init' } });
    expect(moved).toContain(`spec:
  initContainers:
  # the app
  - name: app
    image: nginx:1.27
  containers:
  - name: migrate`);
  });

  it('is removed whole, dash line and all, and the others keep theirs', () => {
    expect(removeContainer(POD, APP)).toBe(POD.replace(/ {2}- # the app\n(?: {4}.*\n){2}/, ''));
  });

  it('keeps its comment when duplicated or when one of its fields changes', () => {
    // Comments above a container stay with the original, as for any duplicate.
    const copied = duplicateContainer(POD, APP);
    expect(copied).toContain(
      '  - # the app\n    name: app\n    image: nginx:1.27\n  - name: app-2',
    );
    expect(
      setField(POD, { document: 0, path: ['spec', 'containers', 1, 'image'], value: 'x' }),
    ).toBe(POD.replace('image: nginx:1.27', 'image: x'));
  });
});
