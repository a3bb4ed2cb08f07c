import { describe, expect, it } from 'vitest';
import {
  validateConfigMap,
  validateDataSource,
  validatePersistentVolumeClaimSpec,
  validateSecret,
} from './config-objects.ts';
import { decodeBase64, goJsonSyntaxError, unmarshalObjectError, utf8Bytes } from './go-decode.ts';
import {
  persistentVolumeClaimSpecWarnings,
  persistentVolumeClaimWarnings,
} from './pvc-warnings.ts';
import { lint } from './testing.ts';

const IDS = ['configmap-invalid', 'secret-invalid', 'pvc-invalid'];
const details = (errs: { path: readonly (string | number)[]; detail: string }[]) =>
  errs.map((e) => `${e.path.join('/')}: ${e.detail}`);

const KEY_REGEX =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

describe('Go decoders', () => {
  it("decodeBase64: StdEncoding with padding, newlines skipped, Go's error offsets", () => {
    expect(decodeBase64('aGVsbG8=')).toEqual({ bytes: utf8Bytes('hello') });
    expect(decodeBase64('aGVs\nbG8=')).toEqual({ bytes: utf8Bytes('hello') });
    expect(decodeBase64('hello world')).toEqual({ error: 'illegal base64 data at input byte 5' });
    expect(decodeBase64('aGVsbG8')).toEqual({ error: 'illegal base64 data at input byte 4' });
    expect(decodeBase64('a===')).toEqual({ error: 'illegal base64 data at input byte 1' });
  });

  it("goJsonSyntaxError: encoding/json's scanner messages", () => {
    const err = (s: string) => goJsonSyntaxError(utf8Bytes(s));
    expect(err('{"a": [1, 2.5e3, true, null, "x\\n"]}')).toBeUndefined();
    expect(err('')).toBe('unexpected end of JSON input');
    expect(err('bad')).toBe("invalid character 'b' looking for beginning of value");
    expect(err('{"a" 1}')).toBe("invalid character '1' after object key");
    expect(err('{"a":1 "b":2}')).toBe("invalid character '\"' after object key:value pair");
    expect(err('[1 2]')).toBe("invalid character '2' after array element");
    expect(err('{} x')).toBe("invalid character 'x' after top-level value");
    expect(err('tru')).toBe("invalid character ' ' in literal true (expecting 'e')");
    expect(err('1.')).toBe("invalid character ' ' after decimal point in numeric literal");
    expect(err('{a:1}')).toBe("invalid character 'a' looking for beginning of object key string");
    expect(err('"a\tb"')).toBe("invalid character '\\t' in string literal");
  });

  it('unmarshalObjectError: a JSON object or null', () => {
    expect(unmarshalObjectError(utf8Bytes('{"auths":{}}'))).toBeUndefined();
    expect(unmarshalObjectError(utf8Bytes('null'))).toBeUndefined();
    expect(unmarshalObjectError(utf8Bytes('[]'))).toBe(
      'json: cannot unmarshal array into Go value of type map[string]interface {}',
    );
  });
});

describe('ConfigMap', () => {
  it('validateConfigMap: keys, duplicates across data and binaryData, size', () => {
    expect(validateConfigMap({ data: { a: 'x' }, binaryData: { b: 'eA==' } })).toEqual([]);
    expect(
      details(validateConfigMap({ data: { 'a b': 'x', k: 'v' }, binaryData: { k: 'eA==' } })),
    ).toEqual([
      `data/a b: Invalid value: "a b": ${KEY_REGEX}`,
      'data/k: Invalid value: "k": duplicate of key present in binaryData',
    ]);
    expect(details(validateConfigMap({ data: { big: 'é'.repeat(524289) } }))).toEqual([
      ': Too long: may not be more than 1048576 bytes',
    ]);
  });

  it("refuses binaryData that is not base64, as the API's decoder does", () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nbinaryData:\n  logo.png: not base64\n';
    expect(lint(text, IDS)).toEqual([
      'error configmap-invalid binaryData["logo.png"]: ConfigMap in version "v1" cannot be handled as a ConfigMap: illegal base64 data at input byte 3',
    ]);
  });
});

describe('Secret', () => {
  const secret = (type: string, data: string, more = '') =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n${more}type: ${type}\n${data}`;

  it('validateSecret: keys from data and stringData, where each is written', () => {
    expect(
      details(validateSecret({ data: { 'a b': 'eA==' }, stringData: { 'c d': 'x' } })),
    ).toEqual([
      `data/a b: Invalid value: "a b": ${KEY_REGEX}`,
      `stringData/c d: Invalid value: "c d": ${KEY_REGEX}`,
    ]);
    expect(validateSecret({ data: { a: 'eA==' }, stringData: { b: 'x' } })).toEqual([]);
    expect(details(validateSecret({ stringData: { big: 'x'.repeat(1048577) } }))).toEqual([
      'data: Too long: may not be more than 1048576 bytes',
    ]);
  });

  it('type-specific keys (tls, basic-auth, ssh-auth, service-account-token)', () => {
    expect(lint(secret('kubernetes.io/tls', 'stringData:\n  tls.crt: x\n'), IDS)).toEqual([
      'error secret-invalid data["tls.key"]: Required value',
    ]);
    expect(lint(secret('kubernetes.io/basic-auth', 'stringData:\n  password: ""\n'), IDS)).toEqual(
      [],
    );
    expect(
      lint(secret('kubernetes.io/ssh-auth', 'stringData:\n  ssh-privatekey: ""\n'), IDS),
    ).toEqual(['error secret-invalid data.ssh-privatekey: Required value']);
    expect(lint(secret('kubernetes.io/service-account-token', ''), IDS)).toEqual([
      'error secret-invalid metadata.annotations["kubernetes.io/service-account.name"]: Required value',
    ]);
  });

  it('a docker config must be a JSON object, its content never printed', () => {
    expect(
      lint(
        secret(
          'kubernetes.io/dockerconfigjson',
          'stringData:\n  .dockerconfigjson: "{auths: {}}"\n',
        ),
        IDS,
      ),
    ).toEqual([
      'error secret-invalid stringData[".dockerconfigjson"]: Invalid value: "<secret contents redacted>": invalid character \'a\' looking for beginning of object key string',
    ]);
    expect(
      lint(
        secret(
          'kubernetes.io/dockerconfigjson',
          'stringData:\n  .dockerconfigjson: \'{"auths": {}}\'\n',
        ),
        IDS,
      ),
    ).toEqual([]);
  });

  it('refuses data that is not base64 (plain text written under data)', () => {
    expect(lint(secret('Opaque', 'data:\n  password: hunter22!\n'), IDS)).toEqual([
      'error secret-invalid data.password: Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 8',
    ]);
  });
});

describe('PersistentVolumeClaim', () => {
  const spec = (s: object) => validatePersistentVolumeClaimSpec(s as never, ['spec'], '1.34');
  const base = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };

  it('validatePersistentVolumeClaimSpec: access modes, storage, class name', () => {
    expect(spec(base)).toEqual([]);
    expect(details(spec({}))).toEqual([
      'spec/accessModes: Required value: at least 1 access mode is required',
      'spec/resources/requests/storage: Required value',
    ]);
    expect(details(spec({ ...base, accessModes: ['ReadWriteOncePod', 'ReadOnlyMany'] }))).toEqual([
      'spec/accessModes: Forbidden: may not use ReadWriteOncePod with other access modes',
    ]);
    expect(details(spec({ ...base, resources: { requests: { storage: '0Gi' } } }))).toEqual([
      'spec/resources/requests/storage: Invalid value: "0": must be greater than zero',
    ]);
    expect(details(spec({ ...base, storageClassName: 'Fast' }))[0]).toMatch(
      /^spec\/storageClassName: Invalid value: "Fast": a lowercase RFC 1123 subdomain/,
    );
  });

  it('data sources as the create strategy leaves them', () => {
    const pvc = { kind: 'PersistentVolumeClaim', name: 'a' };
    expect(
      details(spec({ ...base, dataSource: pvc, dataSourceRef: { ...pvc, name: 'b' } })),
    ).toEqual(['spec: Invalid value: {}: must match dataSourceRef']);
    // A lone dataSource of another kind is dropped before validation.
    expect(spec({ ...base, dataSource: { kind: 'Pod', name: 'p' } })).toEqual([]);
    expect(details(spec({ ...base, dataSourceRef: { kind: 'Pod', name: 'p' } }))).toEqual([
      'spec/dataSourceRef: Invalid value: "Pod": must be \'PersistentVolumeClaim\' when referencing the default apiGroup',
    ]);
    // A namespaced dataSourceRef is dropped while CrossNamespaceVolumeDataSource is off.
    expect(spec({ ...base, dataSourceRef: { kind: 'X', name: 'p', namespace: 'Bad_NS' } })).toEqual(
      [],
    );
  });

  it('validateDataSource: name, kind, apiGroup and (for a ref) namespace', () => {
    expect(
      details(validateDataSource({ apiGroup: 'Snap_Shots', namespace: 'Bad_NS' }, ['r'], true)),
    ).toEqual([
      'r/name: Required value',
      'r/kind: Required value',
      expect.stringMatching(
        /^r\/apiGroup: Invalid value: "Snap_Shots": a lowercase RFC 1123 subdomain/,
      ),
      expect.stringMatching(/^r\/namespace: Invalid value: "Bad_NS": a lowercase RFC 1123 label/),
    ]);
    expect(validateDataSource({ kind: 'PersistentVolumeClaim', name: 'a' }, ['r'], true)).toEqual(
      [],
    );
  });

  it('volumeAttributesClassName is checked once its gate is on by default (1.34)', () => {
    const s = { ...base, volumeAttributesClassName: '-gold-' };
    expect(validatePersistentVolumeClaimSpec(s, ['spec'], '1.33')).toEqual([]);
    expect(details(validatePersistentVolumeClaimSpec(s, ['spec'], '1.34'))[0]).toMatch(
      /^spec\/volumeAttributesClassName: Invalid value: "-gold-"/,
    );
  });

  it('warnings: the beta storage-class annotation (1.28+) and fractional sizes', () => {
    const pvc = {
      metadata: { annotations: { 'volume.beta.kubernetes.io/storage-class': 'fast' } },
      spec: { resources: { requests: { storage: '1500m' }, limits: { storage: '2Gi' } } },
    };
    expect(details(persistentVolumeClaimWarnings(pvc, '1.34'))).toEqual([
      'metadata/annotations/volume.beta.kubernetes.io/storage-class: deprecated since v1.8; use "storageClassName" attribute instead',
      'spec/resources/requests/storage: fractional byte value "1500m" is invalid, must be an integer',
    ]);
    expect(persistentVolumeClaimWarnings(pvc, '1.27')).toHaveLength(1);
    expect(
      persistentVolumeClaimSpecWarnings({ resources: { requests: { storage: '1Gi' } } }, ['s']),
    ).toEqual([]);
  });

  it('reports claim errors and warnings in a manifest', () => {
    const text = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 100m
`;
    expect(lint(text, IDS)).toEqual([
      'warning pvc-invalid spec.resources.requests.storage: fractional byte value "100m" is invalid, must be an integer',
    ]);
  });
});
