import { describe, expect, it } from 'vitest';
import {
  dataKeyProblem,
  envFromKind,
  envNameProblem,
  envSource,
  fieldPathKeyProblem,
  freeEnvName,
  parseFieldPath,
  subscriptFieldPath,
  withEnvFromKind,
  withEnvSource,
} from './env.ts';

describe('envNameProblem', () => {
  it('accepts any printable name without "="', () => {
    for (const name of ['PATH', 'db.password', 'my-var', '1ST', 'a b']) {
      expect(envNameProblem(name)).toBeUndefined();
    }
  });
  it('refuses an empty name or one holding "="', () => {
    expect(envNameProblem('')).toMatch(/needs a name/);
    expect(envNameProblem('A=B')).toMatch(/"="/);
  });
});

describe('envSource', () => {
  it('tells where a value comes from', () => {
    expect(envSource({ name: 'A', value: 'x' })).toBe('value');
    expect(envSource({ name: 'A' })).toBe('value');
    expect(envSource({ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } })).toBe(
      'secretKeyRef',
    );
    expect(envSource({ name: 'A', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } })).toBe(
      'configMapKeyRef',
    );
    expect(envSource({ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } })).toBe(
      'fieldRef',
    );
  });
  it('calls sources the form does not edit "other"', () => {
    expect(
      envSource({ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } }),
    ).toBe('other');
    expect(envSource({ name: 'A', valueFrom: {} })).toBe('other');
  });
});

describe('withEnvSource', () => {
  const secret = {
    name: 'TOKEN',
    valueFrom: { secretKeyRef: { name: 'api', key: 'token', optional: true } },
  };

  it('keeps the name and drops the old source', () => {
    expect(withEnvSource(secret, 'value')).toEqual({ name: 'TOKEN' });
    expect(withEnvSource({ name: 'A', value: 'x' }, 'fieldRef')).toEqual({
      name: 'A',
      valueFrom: { fieldRef: { fieldPath: 'metadata.name' } },
    });
  });

  it('starts a key reference with an empty name and key', () => {
    expect(withEnvSource({ name: 'A', value: 'x' }, 'secretKeyRef')).toEqual({
      name: 'A',
      valueFrom: { secretKeyRef: { name: '', key: '' } },
    });
  });

  it('carries name, key and optional between Secret and ConfigMap references', () => {
    expect(withEnvSource(secret, 'configMapKeyRef')).toEqual({
      name: 'TOKEN',
      valueFrom: { configMapKeyRef: { name: 'api', key: 'token', optional: true } },
    });
  });

  it('keeps what is there when the source does not change', () => {
    expect(withEnvSource(secret, 'secretKeyRef')).toEqual(secret);
    expect(withEnvSource({ name: 'A', value: 'x' }, 'value')).toEqual({ name: 'A', value: 'x' });
  });
});

describe('parseFieldPath', () => {
  it('splits known paths, labels, annotations and the rest', () => {
    expect(parseFieldPath('status.podIP')).toEqual({ kind: 'path', path: 'status.podIP' });
    expect(parseFieldPath("metadata.labels['app.kubernetes.io/name']")).toEqual({
      kind: 'labels',
      key: 'app.kubernetes.io/name',
    });
    expect(parseFieldPath("metadata.annotations['note']")).toEqual({
      kind: 'annotations',
      key: 'note',
    });
    expect(parseFieldPath('spec.unknown')).toEqual({ kind: 'other', path: 'spec.unknown' });
    expect(parseFieldPath(undefined)).toEqual({ kind: 'other', path: '' });
  });

  it('round-trips with subscriptFieldPath', () => {
    const path = subscriptFieldPath('labels', 'tier');
    expect(path).toBe("metadata.labels['tier']");
    expect(parseFieldPath(path)).toEqual({ kind: 'labels', key: 'tier' });
  });
});

describe('fieldPathKeyProblem', () => {
  it('accepts qualified names', () => {
    expect(fieldPathKeyProblem('labels', 'app.kubernetes.io/name')).toBeUndefined();
    expect(fieldPathKeyProblem('annotations', 'Example.COM/Note')).toBeUndefined();
  });
  it('refuses what the API would', () => {
    expect(fieldPathKeyProblem('labels', '')).toBeDefined();
    expect(fieldPathKeyProblem('labels', "it's")).toBeDefined();
    expect(fieldPathKeyProblem('labels', 'Example.COM/x')).toBeDefined();
  });
});

describe('freeEnvName', () => {
  it('picks a name no entry has', () => {
    expect(freeEnvName([])).toBe('NEW_VAR');
    expect(freeEnvName(['NEW_VAR'])).toBe('NEW_VAR_2');
    expect(freeEnvName(['NEW_VAR', 'NEW_VAR_2', undefined])).toBe('NEW_VAR_3');
  });
});

describe('dataKeyProblem', () => {
  it('accepts ConfigMap and Secret keys', () => {
    for (const key of ['password', 'tls.crt', 'app_config-1', '.hidden']) {
      expect(dataKeyProblem(key)).toBeUndefined();
    }
  });
  it('refuses what the API would', () => {
    for (const key of ['', '.', '..', '..x', 'a/b', 'a b', 'x'.repeat(254)]) {
      expect(dataKeyProblem(key)).toBeDefined();
    }
  });
});

describe('envFrom entries', () => {
  it('tells which kind of object an entry imports', () => {
    expect(envFromKind({ configMapRef: { name: 'a' } })).toBe('configMapRef');
    expect(envFromKind({ secretRef: { name: 'a' }, prefix: 'X_' })).toBe('secretRef');
    expect(envFromKind({ prefix: 'X_' })).toBeUndefined();
  });
  it('switches kind keeping prefix, name and optional', () => {
    expect(
      withEnvFromKind({ prefix: 'DB_', configMapRef: { name: 'db', optional: true } }, 'secretRef'),
    ).toEqual({ prefix: 'DB_', secretRef: { name: 'db', optional: true } });
    expect(withEnvFromKind({}, 'configMapRef')).toEqual({ configMapRef: { name: '' } });
  });
});
