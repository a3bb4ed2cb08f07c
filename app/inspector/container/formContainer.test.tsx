// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { ContainerView } from '../../../src/pod/types.ts';
import { useFormContainer, type FormContainer } from './formContainer.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const APP: ContainerView = {
  name: 'app',
  image: 'nginx:1.27',
  role: 'main',
  list: 'containers',
  index: 0,
  path: ['spec', 'containers', 0],
  ports: [],
  mounts: [],
};

/** What the hook returns for each container given, in turn. */
function seen(containers: ContainerView[]): FormContainer[] {
  const out: FormContainer[] = [];
  function Probe({ c }: { c: ContainerView }) {
    out.push(useFormContainer(c));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  for (const c of containers) act(() => root.render(<Probe c={c} />));
  act(() => root.unmount());
  return out;
}

describe('the container the form sections get', () => {
  it('stays the same object while only the image changes', () => {
    const [a, b] = seen([APP, { ...APP, image: 'nginx:1.28' }]);
    expect(b).toBe(a);
    expect(a).not.toHaveProperty('image');
  });

  it('is new when anything the sections read changes', () => {
    const [a, b] = seen([APP, { ...APP, ports: [{ name: 'http', containerPort: 80 }] as never }]);
    expect(b).not.toBe(a);
    expect(b?.ports).toHaveLength(1);
  });
});
