// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../testing/render.tsx';
import { useApp } from '../../store/context.tsx';
import { createAppStore } from '../../store/index.ts';
import { selectWorkload } from '../../store/selectors.ts';
import { AddMount } from '../container/AddMount.tsx';
import { MountInto } from './MountInto.tsx';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: example/app:1
      volumeMounts:
        - name: shared
          mountPath: /tmp
    - name: tools
      image: busybox:1.36
  volumes:
    - name: shared
      emptyDir: {}
`;

/** "Mount into" of the volume, and "Add a mount" of the second container. */
function Forms() {
  const pod = useApp(selectWorkload)!;
  return (
    <>
      <MountInto pod={pod} volume={pod.volumes[0]!} />
      <AddMount container={pod.containers[1]!} volumes={pod.volumes} />
    </>
  );
}

function mount(): HTMLElement {
  const store = createAppStore({ text: POD });
  const el = renderWithStore(store, <Forms />);
  return el;
}

const pathIn = (scope: Element) =>
  [...scope.querySelectorAll('label')]
    .filter((l) => l.textContent === 'Mount path')
    .map((l) => scope.querySelector<HTMLInputElement>(`#${CSS.escape(l.htmlFor)}`)!.value);

describe('a second mount of a volume', () => {
  it('is proposed at the path the first container uses', () => {
    const el = mount();
    const mountInto = el.querySelector('[aria-label="Mount into a container"]')!;
    expect(pathIn(mountInto)).toEqual(['/tmp']);

    const add = el.querySelector('fieldset')!;
    const volume = add.querySelector('select')!;
    act(() => {
      volume.value = 'shared';
      volume.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(pathIn(add)).toEqual(['/tmp']);
  });
});
