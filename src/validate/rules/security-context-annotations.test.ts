import { describe, expect, it } from 'vitest';
import { lint } from './testing.ts';
import {
  appArmorFieldForAnnotation,
  validateAppArmorAnnotationsAndFieldsMatchOnCreate,
  validateAppArmorPodAnnotations,
  validateAppArmorProfileFormat,
  validateSeccompAnnotationsAndFields,
  validateSeccompAnnotationsAndFieldsMatch,
  validateSeccompPodAnnotations,
  validateSeccompProfile,
} from './security-context-annotations.ts';

const IDS = ['seccomp-invalid', 'apparmor-invalid'];
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CTR = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CTR = 'container.apparmor.security.beta.kubernetes.io/';
const details = (errs: { path: readonly (string | number)[]; detail: string }[]) =>
  errs.map((e) => `${e.path.join('.')}: ${e.detail}`);

const deployment = (annotations: string, spec: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
      annotations:
${annotations}    spec:
${spec}`;

describe('seccomp annotations', () => {
  it('validateSeccompProfile', () => {
    for (const ok of ['runtime/default', 'docker/default', 'unconfined', 'localhost/foo'])
      expect(validateSeccompProfile(ok, ['a'])).toEqual([]);
    expect(details(validateSeccompProfile('foo', ['a']))).toEqual([
      'a: Invalid value: "foo": must be a valid seccomp profile',
    ]);
    expect(details(validateSeccompProfile('localhost/../foo', ['a']))).toEqual([
      `a: Invalid value: "../foo": must not contain '..'`,
    ]);
  });

  it('validateSeccompPodAnnotations: accepts the known profiles', () => {
    const annotations = {
      [SECCOMP_POD]: 'runtime/default',
      [`${SECCOMP_CTR}ctr`]: 'localhost/a.json',
    };
    expect(validateSeccompPodAnnotations(annotations, ['metadata', 'annotations'])).toEqual([]);
  });

  it('validateSeccompPodAnnotations: the pod key and every container key', () => {
    const errs = validateSeccompPodAnnotations(
      { [SECCOMP_POD]: 'localhost//foo', [`${SECCOMP_CTR}ctr`]: '', other: 'x' },
      ['metadata', 'annotations'],
    );
    expect(errs.map((e) => e.detail)).toEqual([
      'Invalid value: "/foo": must be a relative path',
      'Invalid value: "": must be a valid seccomp profile',
    ]);
  });

  it('validateSeccompAnnotationsAndFieldsMatch', () => {
    const m = (a: string, p: object) => validateSeccompAnnotationsAndFieldsMatch(a, p, ['s']);
    expect(m('runtime/default', { type: 'RuntimeDefault' })).toBeUndefined();
    expect(m('docker/default', { type: 'RuntimeDefault' })).toBeUndefined();
    expect(
      m('localhost/test.json', { type: 'Localhost', localhostProfile: 'test.json' }),
    ).toBeUndefined();
    expect(m('localhost/test.json', { type: 'Localhost' })?.detail).toBe(
      'Forbidden: seccomp profile in annotation and field must match',
    );
    expect(m('localhost/test.json', { type: 'Unconfined' })?.path).toEqual(['s', 'type']);
    expect(m('whatever', { type: 'Abc' })).toBeUndefined();
  });

  it('validateSeccompAnnotationsAndFields on a template: init containers too', () => {
    const text = deployment(
      `        ${SECCOMP_CTR}init-test: unconfined\n`,
      '      initContainers:\n        - name: init-test\n          image: busybox:1.36\n          securityContext:\n            seccompProfile:\n              type: RuntimeDefault\n      containers:\n        - name: web\n          image: nginx:1.27.3\n',
    );
    expect(lint(text, IDS)).toEqual([
      'error seccomp-invalid spec.template.spec.initContainers[0].securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match',
    ]);
    expect(
      validateSeccompAnnotationsAndFields(
        {},
        { securityContext: { seccompProfile: { type: 'Unconfined' } } },
        [],
      ),
    ).toEqual([]);
  });
});

describe('AppArmor annotations', () => {
  it('validateAppArmorProfileFormat', () => {
    for (const ok of ['', 'runtime/default', 'unconfined', 'localhost/foo-bar'])
      expect(validateAppArmorProfileFormat(ok)).toBeUndefined();
    expect(validateAppArmorProfileFormat('runtime/foo')).toBe(
      'invalid AppArmor profile name: "runtime/foo"',
    );
  });

  it('validateAppArmorPodAnnotations: a known container and a valid profile', () => {
    const spec = { initContainers: [{ name: 'init-ctr' }], containers: [{ name: 'ctr' }] };
    expect(
      validateAppArmorPodAnnotations({ [`${APPARMOR_CTR}ctr`]: 'localhost/k8s-ctr' }, spec, ['a']),
    ).toEqual([]);
    const errs = validateAppArmorPodAnnotations(
      { [`${APPARMOR_CTR}init-ctr`]: 'runtime/default', [`${APPARMOR_CTR}fake-ctr`]: 'bad-name' },
      spec,
      ['metadata', 'annotations'],
    );
    expect(errs.map((e) => e.detail)).toEqual([
      'Invalid value: "fake-ctr": container not found',
      'Invalid value: "bad-name": invalid AppArmor profile name: "bad-name"',
    ]);
  });

  it('appArmorFieldForAnnotation', () => {
    expect(appArmorFieldForAnnotation('localhost/foo')).toEqual({
      type: 'Localhost',
      localhostProfile: 'foo',
    });
    expect(appArmorFieldForAnnotation('localhost/')).toBeUndefined();
    expect(appArmorFieldForAnnotation('bogus')).toBeUndefined();
  });

  it('validateAppArmorAnnotationsAndFieldsMatchOnCreate: a template takes the pod profile as is', () => {
    const annotations = { [`${APPARMOR_CTR}ctr`]: 'runtime/default' };
    const spec = {
      securityContext: { appArmorProfile: { type: 'Unconfined' } },
      containers: [{ name: 'ctr' }],
    };
    expect(
      details(
        validateAppArmorAnnotationsAndFieldsMatchOnCreate(annotations, spec, ['spec'], false),
      ),
    ).toEqual([
      'spec.containers.0.securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match',
    ]);
    // A bare Pod gets the annotation copied into the container first.
    expect(
      validateAppArmorAnnotationsAndFieldsMatchOnCreate(annotations, spec, ['spec'], true),
    ).toEqual([]);
    // Windows pods are not compared.
    expect(
      validateAppArmorAnnotationsAndFieldsMatchOnCreate(
        annotations,
        { ...spec, os: { name: 'windows' } },
        ['spec'],
        false,
      ),
    ).toEqual([]);
  });

  it('reports a container field that disagrees with its annotation', () => {
    const text = deployment(
      `        ${APPARMOR_CTR}web: localhost/foo\n`,
      '      containers:\n        - name: web\n          image: nginx:1.27.3\n          securityContext:\n            appArmorProfile:\n              type: Localhost\n              localhostProfile: bar\n',
    );
    expect(lint(text, IDS)).toEqual([
      'error apparmor-invalid spec.template.spec.containers[0].securityContext.appArmorProfile.localhostProfile: Forbidden: apparmor profile in annotation and field must match',
    ]);
    expect(lint(text, IDS, '1.29')).toEqual([]);
  });

  it('keeps annotation errors as errors on a StatefulSet, whose API checks them', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
      annotations:
        ${APPARMOR_CTR}nope: runtime/default
    spec:
      containers:
        - name: db
          image: postgres:16
`;
    expect(lint(text, IDS)).toEqual([
      'error apparmor-invalid spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/nope"]: Invalid value: "nope": container not found',
    ]);
  });
});
