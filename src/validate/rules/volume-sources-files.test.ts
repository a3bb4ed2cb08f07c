import { describe, expect, it } from 'vitest';
import type { ErrorList } from '../field.ts';
import {
  validateConfigMapVolumeSource,
  validateDownwardAPIVolumeFile,
  validateDownwardAPIVolumeSource,
  validateKeyToPath,
  validateLocalDescendingPath,
  validateLocalNonReservedPath,
  validatePathNoBacksteps,
  validateSecretVolumeSource,
  type VolumeOptions,
} from './volume-sources-files.ts';
import { formatPath } from '../../yaml/path.ts';

const opts: VolumeOptions = { resourceIsPod: true, k8s: '1.34' };
/** Errors as kubectl prints them. */
const text = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const MODE = 'must be a number between 0 and 0777 (octal), both inclusive';

describe('path checks', () => {
  it('validatePathNoBacksteps refuses a `..` element, once', () => {
    expect(text(validatePathNoBacksteps('../../etc', ['p']))).toEqual([
      `p: Invalid value: "../../etc": must not contain '..'`,
    ]);
    expect(validatePathNoBacksteps('a/..b/c..', ['p'])).toEqual([]);
  });

  it('validateLocalDescendingPath refuses absolute paths', () => {
    expect(text(validateLocalDescendingPath('/abs', ['p']))).toEqual([
      'p: Invalid value: "/abs": must be a relative path',
    ]);
    expect(validateLocalDescendingPath('.', ['p'])).toEqual([]);
    expect(validateLocalDescendingPath('profiles/a.json', ['p'])).toEqual([]);
    expect(text(validateLocalDescendingPath('/abs/../x', ['p']))).toEqual([
      'p: Invalid value: "/abs/../x": must be a relative path',
      `p: Invalid value: "/abs/../x": must not contain '..'`,
    ]);
  });

  it('validateLocalNonReservedPath refuses a leading `..` name', () => {
    expect(text(validateLocalNonReservedPath('..data', ['p']))).toEqual([
      `p: Invalid value: "..data": must not start with '..'`,
    ]);
    // `../x` is already a backstep: one error, not two.
    expect(text(validateLocalNonReservedPath('../x', ['p']))).toEqual([
      `p: Invalid value: "../x": must not contain '..'`,
    ]);
    expect(validateLocalNonReservedPath('p/..p/p../p..p', ['p'])).toEqual([]);
  });
});

describe('validateKeyToPath', () => {
  it('requires key and path, a local path and a mode up to 0777', () => {
    expect(text(validateKeyToPath({ key: '', path: '' }, ['i'], opts))).toEqual([
      'i.key: Required value',
      'i.path: Required value',
    ]);
    expect(text(validateKeyToPath({ key: 'k', path: 'p', mode: 512 }, ['i'], opts))).toEqual([
      `i.mode: Invalid value: 512: ${MODE}`,
    ]);
    expect(text(validateKeyToPath({ key: 'k', path: 'p', mode: -1 }, ['i'], opts))).toEqual([
      `i.mode: Invalid value: -1: ${MODE}`,
    ]);
    expect(validateKeyToPath({ key: 'k', path: 'p/p', mode: 0o644 }, ['i'], opts)).toEqual([]);
  });

  it('reads a mode through the options (YAML 1.1 octal)', () => {
    const octal: VolumeOptions = { ...opts, mode: (v) => (v === 644 ? 0o644 : Number(v)) };
    expect(validateKeyToPath({ key: 'k', path: 'p', mode: 644 }, ['i'], octal)).toEqual([]);
    expect(validateKeyToPath({ key: 'k', path: 'p', mode: 644 }, ['i'], opts)).toHaveLength(1);
  });
});

describe('secret and configMap volumes', () => {
  it('validateSecretVolumeSource: name, defaultMode, items', () => {
    const s = { secretName: '', defaultMode: 0o1000, items: [{ key: 'k', path: '/etc' }] };
    expect(text(validateSecretVolumeSource(s, ['secret'], opts))).toEqual([
      'secret.secretName: Required value',
      `secret.defaultMode: Invalid value: 512: ${MODE}`,
      'secret.items[0].path: Invalid value: "/etc": must be a relative path',
    ]);
    expect(
      validateSecretVolumeSource({ secretName: 's', defaultMode: 0o400 }, ['s'], opts),
    ).toEqual([]);
  });

  it('validateConfigMapVolumeSource: name, defaultMode, items', () => {
    const c = { name: '', items: [{ key: '', path: 'a' }] };
    expect(text(validateConfigMapVolumeSource(c, ['configMap'], opts))).toEqual([
      'configMap.name: Required value',
      'configMap.items[0].key: Required value',
    ]);
    expect(validateConfigMapVolumeSource({ name: 'c', defaultMode: 0o777 }, ['c'], opts)).toEqual(
      [],
    );
  });
});

describe('downward API', () => {
  it('validateDownwardAPIVolumeFile: path, one of the two refs, mode', () => {
    const both = {
      path: 'x',
      fieldRef: { fieldPath: 'metadata.name' },
      resourceFieldRef: { containerName: 'c', resource: 'limits.cpu' },
    };
    expect(text(validateDownwardAPIVolumeFile(both, ['i'], opts))).toEqual([
      'i: Invalid value: "resource": fieldRef and resourceFieldRef can not be specified simultaneously',
    ]);
    expect(text(validateDownwardAPIVolumeFile({ path: '' }, ['i'], opts))).toEqual([
      'i.path: Required value',
      'i: Required value: one of fieldRef and resourceFieldRef is required',
    ]);
    expect(
      validateDownwardAPIVolumeFile(
        { path: 'n', fieldRef: { fieldPath: 'metadata.name' } },
        ['i'],
        opts,
      ),
    ).toEqual([]);
  });

  it('validateDownwardAPIVolumeSource: defaultMode and every item', () => {
    const s = {
      defaultMode: -1,
      items: [{ path: '..x', fieldRef: { fieldPath: 'metadata.name' } }],
    };
    expect(text(validateDownwardAPIVolumeSource(s, ['d'], opts))).toEqual([
      `d.defaultMode: Invalid value: -1: ${MODE}`,
      `d.items[0].path: Invalid value: "..x": must not start with '..'`,
    ]);
    expect(validateDownwardAPIVolumeSource({ defaultMode: 0o644 }, ['d'], opts)).toEqual([]);
  });
});
