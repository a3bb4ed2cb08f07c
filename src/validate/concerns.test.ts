import { describe, expect, it } from 'vitest';
import { podView } from '../pod/view.ts';
import { parseDesign } from '../yaml/parse.ts';
import { concerning, containerAt, isInside, volumeAt } from './concerns.ts';
import type { Diagnostic } from './types.ts';

const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
      containers:
        - name: db
          image: postgres:16
      volumes:
        - name: run
          emptyDir: {}
  volumeClaimTemplates:
    - metadata:
        name: data
`;
const SPEC = ['spec', 'template', 'spec'];
const pod = podView(parseDesign(STS).values[0], 0)!;

function diagnostic(document: number, path: Diagnostic['path']): Diagnostic {
  return {
    ruleId: 'x',
    severity: 'warning',
    message: 'm',
    path,
    document,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
  };
}

describe('concerns', () => {
  it('isInside matches a path by its prefix, not by a longer index', () => {
    expect(isInside(['a', 1, 'b'], ['a', 1])).toBe(true);
    expect(isInside(['a', 1], ['a', 1])).toBe(true);
    expect(isInside(['a', 10], ['a', 1])).toBe(false);
    expect(isInside(['a'], ['a', 1])).toBe(false);
  });

  it('finds the container or volume (claim templates too) a path lies in', () => {
    expect(containerAt(pod, [...SPEC, 'initContainers', 0, 'image'])?.name).toBe('init');
    expect(containerAt(pod, [...SPEC, 'containers', 0])?.name).toBe('db');
    expect(containerAt(pod, [...SPEC, 'volumes', 0])).toBeUndefined();
    expect(volumeAt(pod, [...SPEC, 'volumes', 0, 'emptyDir'])?.name).toBe('run');
    expect(volumeAt(pod, ['spec', 'volumeClaimTemplates', 0, 'metadata', 'name'])?.name).toBe(
      'data',
    );
    expect(volumeAt(pod, [...SPEC, 'containers', 0])).toBeUndefined();
  });

  it('concerning keeps the diagnostics of one document inside one path', () => {
    const inside = diagnostic(0, [...SPEC, 'containers', 0, 'image']);
    const list = [
      inside,
      diagnostic(1, [...SPEC, 'containers', 0, 'image']),
      diagnostic(0, [...SPEC, 'initContainers', 0]),
      diagnostic(0, SPEC),
    ];
    expect(concerning(list, 0, [...SPEC, 'containers', 0])).toEqual([inside]);
  });
});
