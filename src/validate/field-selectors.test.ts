import { describe, expect, it } from 'vitest';
import { DOWNWARD_FIELD_PATHS } from '../volume/sources.ts';
import { formatPath } from '../yaml/path.ts';
import { isQualifiedName } from './apimachinery.ts';
import type { ErrorList } from './field.ts';
import {
  convertDownwardAPIFieldLabel,
  RESOURCE_FIELD_PATHS,
  RESOURCE_FIELD_PREFIXES,
  validateContainerResourceDivisor,
  validateContainerResourceFieldSelector,
  validateObjectFieldSelector,
} from './field-selectors.ts';

/** Errors as kubectl prints them. */
const text = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const VOLUME_PATHS = [...DOWNWARD_FIELD_PATHS].sort();
const ENV_PATHS = ['metadata.name', 'spec.nodeName'];

describe('validateObjectFieldSelector', () => {
  it('checks the field paths it is given, subscripts as qualified names', () => {
    const check = (fs: unknown) => text(validateObjectFieldSelector(fs, VOLUME_PATHS, ['f']));
    expect(check({ fieldPath: 'status.podIP' })).toEqual([
      'f.fieldPath: Unsupported value: "status.podIP": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"',
    ]);
    expect(check({ fieldPath: 'metadata.whoops' })).toEqual([
      'f.fieldPath: Invalid value: "metadata.whoops": error converting fieldPath: field label not supported: metadata.whoops',
    ]);
    expect(check({ fieldPath: "metadata.name['x']" })).toEqual([
      `f.fieldPath: Invalid value: "metadata.name['x']": error converting fieldPath: field label does not support subscript: metadata.name['x']`,
    ]);
    expect(check({ apiVersion: 'v2', fieldPath: 'a' })).toEqual([
      'f.fieldPath: Invalid value: "a": error converting fieldPath: unsupported pod version: v2',
    ]);
    expect(check({ fieldPath: '' })).toEqual(['f.fieldPath: Required value']);
    // The key is reported at the fieldRef itself, as upstream does.
    const [bad] = check({ fieldPath: "metadata.labels['a~b']" });
    expect(bad).toMatch(/^f: Invalid value: "a~b": name part must consist of alphanumeric /);
    for (const fieldPath of [
      'metadata.labels',
      "metadata.annotations['TEST.EXAMPLE.COM/key']",
      "metadata.labels['test.example.com/key']",
      'metadata.uid',
    ])
      expect(
        validateObjectFieldSelector({ apiVersion: 'v1', fieldPath }, VOLUME_PATHS, ['f']),
      ).toEqual([]);
  });

  it('wants a qualified label key, and a qualified annotation key once lowercased', () => {
    const check = (fieldPath: string) =>
      text(validateObjectFieldSelector({ apiVersion: 'v1', fieldPath }, ENV_PATHS, ['f']));
    expect(check("metadata.labels['app']")).toEqual([]);
    expect(check("metadata.annotations['Key']")).toEqual([]);
    expect(check('metadata.name')).toEqual([]);
    expect(check("metadata.labels['Www.k8s.io/test']")).toEqual(
      isQualifiedName('Www.k8s.io/test').map((m) => `f: Invalid value: "Www.k8s.io/test": ${m}`),
    );
    expect(check("metadata.annotations['invalid~key']")).toEqual(
      isQualifiedName('invalid~key').map((m) => `f: Invalid value: "invalid~key": ${m}`),
    );
  });

  it('reads spec.host as spec.nodeName (ConvertDownwardAPIFieldLabel)', () => {
    expect(convertDownwardAPIFieldLabel('v1', 'spec.host')).toEqual({ label: 'spec.nodeName' });
    expect(validateObjectFieldSelector({ fieldPath: 'spec.host' }, ENV_PATHS, ['f'])).toEqual([]);
    expect(
      text(validateObjectFieldSelector({ fieldPath: 'spec.host' }, VOLUME_PATHS, ['f'])),
    ).toEqual([
      'f.fieldPath: Unsupported value: "spec.nodeName": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"',
    ]);
  });
});

describe('validateContainerResourceFieldSelector', () => {
  const check = (fs: unknown, volume: boolean) =>
    text(
      validateContainerResourceFieldSelector(
        fs,
        RESOURCE_FIELD_PATHS,
        RESOURCE_FIELD_PREFIXES,
        ['r'],
        volume,
      ),
    );

  it('in a volume file: containerName first, then the resource', () => {
    expect(check({ resource: 'limits.cpu' }, true)).toEqual(['r.containerName: Required value']);
    expect(check({ containerName: 'c' }, true)).toEqual(['r.resource: Required value']);
    expect(check({ containerName: 'c', resource: 'cpu' }, true)).toEqual([
      'r.resource: Unsupported value: "cpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"',
    ]);
    expect(check({ containerName: 'c', resource: 'requests.hugepages-2Mi' }, true)).toEqual([]);
  });

  it('in an env var: no containerName needed, the divisor checked too', () => {
    expect(check({ resource: 'limits.cpu' }, false)).toEqual([]);
    expect(check({}, false)).toEqual(['r.resource: Required value']);
    expect(check({ resource: 'limits.cpu', divisor: '2m' }, false)).toEqual([
      `r.divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`,
    ]);
  });
});

describe('validateContainerResourceDivisor', () => {
  it('allows 1m and 1 for cpu, byte units for memory, storage and hugepages', () => {
    const check = (resource: string, divisor: unknown) =>
      text(validateContainerResourceDivisor(resource, divisor, ['r']));
    expect(check('limits.cpu', '1m')).toEqual([]);
    expect(check('limits.cpu', '1000m')).toEqual([]);
    expect(check('requests.memory', '1Mi')).toEqual([]);
    expect(check('limits.memory', 1000)).toEqual([]);
    expect(check('limits.memory', 0)).toEqual([]);
    expect(check('limits.cpu', '0')).toEqual([]);
    expect(check('limits.cpu', '10m')).toEqual([
      `r.divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`,
    ]);
    expect(check('requests.memory', '3Mi')).toEqual([
      `r.divisor: Invalid value: "requests.memory": only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource`,
    ]);
    expect(check('limits.ephemeral-storage', '2Gi')).toEqual([
      `r.divisor: Invalid value: "limits.ephemeral-storage": only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the local ephemeral storage resource`,
    ]);
    expect(check('requests.hugepages-2Mi', '3')).toEqual([
      `r.divisor: Invalid value: "requests.hugepages-2Mi": only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the hugepages resource`,
    ]);
  });
});
