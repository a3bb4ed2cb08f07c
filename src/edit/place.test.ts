import { describe, expect, it } from 'vitest';
import { designView } from '../pod/view.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addContainer } from './containers.ts';
import { EditError } from './errors.ts';
import { placeContainer, stepContainer } from './place.ts';

const roles = (text: string) =>
  designView(parseDesign(text)).workloads[0]!.containers.map((c) => `${c.name}:${c.role}`);

// migrate (init), mesh (native), wait (init) | nginx (main), log (sidecar)
const pod = (() => {
  let t = STARTER_YAML;
  t = addContainer(t, { document: 0, role: 'sidecar', container: { name: 'log' } });
  t = addContainer(t, { document: 0, role: 'init', container: { name: 'migrate' } });
  t = addContainer(t, { document: 0, role: 'native-sidecar', container: { name: 'mesh' } });
  t = addContainer(t, { document: 0, role: 'init', container: { name: 'wait' } });
  return t;
})();
const init = (index: number) => ({ document: 0, list: 'initContainers' as const, index });
const main = (index: number) => ({ document: 0, list: 'containers' as const, index });

describe('placeContainer', () => {
  it('drops an init container before another one, counting without itself', () => {
    const out = placeContainer(pod, { document: 0, from: init(0), role: 'init', before: init(2) });
    expect(roles(out).slice(0, 3)).toEqual(['mesh:native-sidecar', 'migrate:init', 'wait:init']);
    const up = placeContainer(pod, { document: 0, from: init(2), role: 'init', before: init(0) });
    expect(roles(up).slice(0, 3)).toEqual(['wait:init', 'migrate:init', 'mesh:native-sidecar']);
  });

  it('leaves the text alone when a card is dropped where it already is', () => {
    expect(
      placeContainer(pod, { document: 0, from: init(1), role: 'native-sidecar', before: init(1) }),
    ).toBe(pod);
    expect(
      placeContainer(pod, { document: 0, from: init(1), role: 'native-sidecar', before: init(2) }),
    ).toBe(pod);
    expect(placeContainer(pod, { document: 0, from: init(2), role: 'init', before: 'end' })).toBe(
      pod,
    );
  });

  it('turns a classic sidecar into a native one at the drop position', () => {
    const out = placeContainer(pod, {
      document: 0,
      from: main(1),
      role: 'native-sidecar',
      before: init(1),
    });
    expect(roles(out).slice(0, 4)).toEqual([
      'migrate:init',
      'log:native-sidecar',
      'mesh:native-sidecar',
      'wait:init',
    ]);
    expect(out).toMatch(/- name: log\n\s+image: busybox:1.36\n\s+restartPolicy: Always/);
  });

  it('switches role in place when no position is given', () => {
    const out = placeContainer(pod, { document: 0, from: init(1), role: 'init' });
    expect(roles(out).slice(0, 3)).toEqual(['migrate:init', 'mesh:init', 'wait:init']);
    expect(out).not.toContain('restartPolicy');
  });

  it('marks a classic sidecar as main with the annotation, keeping the list order', () => {
    const out = placeContainer(pod, { document: 0, from: main(1), role: 'main' });
    expect(roles(out).slice(3)).toEqual(['nginx:sidecar', 'log:main']);
    expect(out).toContain('kubectl.kubernetes.io/default-container: log');
    expect(placeContainer(out, { document: 0, from: main(1), role: 'main' })).toBe(out);
  });

  it('makes a native sidecar the main container by moving it into containers', () => {
    const out = placeContainer(pod, { document: 0, from: init(1), role: 'main' });
    expect(roles(out)).toEqual([
      'migrate:init',
      'wait:init',
      'mesh:main',
      'nginx:sidecar',
      'log:sidecar',
    ]);
  });

  it('refuses to make the only entry of containers a sidecar', () => {
    expect(() =>
      placeContainer(STARTER_YAML, { document: 0, from: main(0), role: 'sidecar' }),
    ).toThrow(EditError);
  });

  it('refuses a position in the other list', () => {
    expect(() =>
      placeContainer(pod, { document: 0, from: init(0), role: 'sidecar', before: init(1) }),
    ).toThrow(EditError);
  });
});

describe('stepContainer', () => {
  it('moves a container one place up or down in start order, keeping its role', () => {
    const down = stepContainer(pod, init(0), 1);
    expect(roles(down).slice(0, 3)).toEqual(['mesh:native-sidecar', 'migrate:init', 'wait:init']);
    const up = stepContainer(pod, init(2), -1);
    expect(roles(up).slice(0, 3)).toEqual(['migrate:init', 'wait:init', 'mesh:native-sidecar']);
  });

  it('does nothing at either end', () => {
    expect(stepContainer(pod, init(0), -1)).toBe(pod);
    expect(stepContainer(pod, init(2), 1)).toBe(pod);
  });
});
