import { describe, expect, it } from 'vitest';
import { addContainer } from '../../src/edit/containers.ts';
import { designView } from '../../src/pod/view.ts';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { parseDesign } from '../../src/yaml/parse.ts';
import { describePlace, ordinal } from './useArrange.ts';

describe('describePlace', () => {
  it('says where a container is, in the words of the notices', () => {
    let t = addContainer(STARTER_YAML, { document: 0, role: 'init', container: { name: 'a' } });
    t = addContainer(t, { document: 0, role: 'native-sidecar', container: { name: 'b' } });
    t = addContainer(t, { document: 0, role: 'sidecar', container: { name: 'c' } });
    const pod = designView(parseDesign(t)).workloads[0]!;
    const say = (name: string) =>
      describePlace(
        pod,
        pod.containers.find((c) => c.name === name)!,
      );
    expect(say('a')).toBe('an init container, starting 1st of 2');
    expect(say('b')).toBe('a native sidecar, starting 2nd of 2');
    expect(say('c')).toBe('a classic sidecar');
    expect(say('nginx')).toBe('the main container');
  });

  it('writes ordinals in English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
