import { parseQuantity } from '../../pod/quantity.ts';
import {
  canonicalQuantity,
  compareValues,
  quantityValue,
  ZERO_VALUE,
} from '../../pod/quantity-api.ts';
import { utf8Length } from '../../yaml/limits.ts';
import type { Path } from '../../yaml/path.ts';
import {
  isConfigMapKey,
  isDNS1123Label,
  isDNS1123Subdomain,
  validateLabelSelector,
} from '../apimachinery.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { isObj, listOf, objOf, type Obj, type RuleFamily } from '../context.ts';
import { forbidden, invalid, reportErrors, required, tooLong, type ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { fieldServed } from '../api-fields.ts';
import { isSet } from './each.ts';
import { decodeBase64, unmarshalObjectError, utf8Bytes } from './go-decode.ts';
import { persistentVolumeClaimWarnings } from './pvc-warnings.ts';

// ConfigMaps, Secrets and PersistentVolumeClaims, ported by structure from
// pkg/apis/core/validation/validation.go (ValidateConfigMap, ValidateSecret,
// ValidatePersistentVolumeClaim[Spec], validateDataSource[Ref]) and the PVC create strategy's
// pkg/api/persistentvolumeclaim/util.go (DropDisabledFields, EnforceDataSourceBackwardsCompatibility,
// NormalizeDataSources) of Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e,
// vendor/k8s.io/kubernetes). The metadata of all three is meta.ts's.

/** `core.MaxSecretSize`: 1 MiB of data, for a Secret and for a ConfigMap. */
export const MAX_SECRET_SIZE = 1024 * 1024;

/**
 * The decoded bytes of a base64 map (Secret `data`, ConfigMap `binaryData`), or the decoding
 * failure that makes the API refuse the whole object (only the first, as its JSON decoder stops).
 */
function decodeMap(map: unknown, path: Path, kind: string): Map<string, Uint8Array> | ErrorList {
  const out = new Map<string, Uint8Array>();
  for (const [key, value] of Object.entries(isObj(map) ? map : {})) {
    if (typeof value !== 'string') continue;
    const decoded = decodeBase64(value);
    if ('error' in decoded)
      return [
        {
          path: [...path, key],
          detail: `${kind} in version "v1" cannot be handled as a ${kind}: ${decoded.error}`,
        },
      ];
    out.set(key, decoded.bytes);
  }
  return out;
}

/** `ValidateConfigMap` (without the metadata): keys, no key in both maps, 1 MiB in all. */
export function validateConfigMap(cm: Obj): ErrorList {
  const binary = decodeMap(cm.binaryData, ['binaryData'], 'ConfigMap');
  if (Array.isArray(binary)) return binary;
  const errs: ErrorList = [];
  let total = 0;
  for (const [key, value] of Object.entries(objOf(cm, 'data'))) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(['data', key], key, msg));
    if (binary.has(key))
      errs.push(invalid(['data', key], key, 'duplicate of key present in binaryData'));
    if (typeof value === 'string') total += utf8Length(value);
  }
  for (const [key, bytes] of binary) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(['binaryData', key], key, msg));
    total += bytes.length;
  }
  // Upstream reports this at the empty path: the whole object.
  if (total > MAX_SECRET_SIZE) errs.push(tooLong([], MAX_SECRET_SIZE));
  return errs;
}

/** Secret types and the data keys each requires. */
const SECRET_KEYS = {
  dockercfg: '.dockercfg',
  dockerconfigjson: '.dockerconfigjson',
  username: 'username',
  password: 'password',
  ssh: 'ssh-privatekey',
  cert: 'tls.crt',
  key: 'tls.key',
};

/**
 * `ValidateSecret` (without the metadata). The API merges `stringData` into `data` before it
 * validates, so a key from `stringData` is reported where it is written.
 */
export function validateSecret(secret: Obj): ErrorList {
  const decoded = decodeMap(secret.data, ['data'], 'Secret');
  if (Array.isArray(decoded)) return decoded;
  const data = new Map<string, { bytes: Uint8Array; path: Path }>();
  for (const [key, bytes] of decoded) data.set(key, { bytes, path: ['data', key] });
  for (const [key, value] of Object.entries(objOf(secret, 'stringData')))
    if (typeof value === 'string')
      data.set(key, { bytes: utf8Bytes(value), path: ['stringData', key] });

  const errs: ErrorList = [];
  let total = 0;
  for (const [key, { bytes, path }] of data) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(path, key, msg));
    total += bytes.length;
  }
  if (total > MAX_SECRET_SIZE) errs.push(tooLong(['data'], MAX_SECRET_SIZE));

  const need = (key: string) => errs.push(required(['data', key]));
  const json = (key: string) => {
    const entry = data.get(key);
    if (!entry) return need(key);
    const problem = unmarshalObjectError(entry.bytes);
    if (problem) errs.push(invalid(entry.path, '<secret contents redacted>', problem));
  };
  switch (secret.type) {
    case 'kubernetes.io/service-account-token': {
      const name = objOf(objOf(secret, 'metadata'), 'annotations')[
        'kubernetes.io/service-account.name'
      ];
      if (typeof name !== 'string' || name === '')
        errs.push(required(['metadata', 'annotations', 'kubernetes.io/service-account.name']));
      break;
    }
    case 'kubernetes.io/dockercfg':
      json(SECRET_KEYS.dockercfg);
      break;
    case 'kubernetes.io/dockerconfigjson':
      json(SECRET_KEYS.dockerconfigjson);
      break;
    case 'kubernetes.io/basic-auth':
      // Either may be empty, but one of them must be there.
      if (!data.has(SECRET_KEYS.username) && !data.has(SECRET_KEYS.password)) {
        need(SECRET_KEYS.username);
        need(SECRET_KEYS.password);
      }
      break;
    case 'kubernetes.io/ssh-auth':
      if (!data.get(SECRET_KEYS.ssh)?.bytes.length) need(SECRET_KEYS.ssh);
      break;
    case 'kubernetes.io/tls':
      if (!data.has(SECRET_KEYS.cert)) need(SECRET_KEYS.cert);
      if (!data.has(SECRET_KEYS.key)) need(SECRET_KEYS.key);
      break;
  }
  return errs;
}

/** A typed reference's string field as Go reads it (missing is `""`). */
const str = (ref: Obj, field: string) =>
  typeof ref[field] === 'string' ? (ref[field] as string) : '';

/** `validateDataSource` / `validateDataSourceRef` (with `namespaced`): name, kind, apiGroup, namespace. */
export function validateDataSource(ref: Obj, path: Path, namespaced: boolean): ErrorList {
  const errs: ErrorList = [];
  if (str(ref, 'name') === '') errs.push(required([...path, 'name']));
  const kind = str(ref, 'kind');
  if (kind === '') errs.push(required([...path, 'kind']));
  const apiGroup = str(ref, 'apiGroup');
  if (apiGroup === '' && kind !== 'PersistentVolumeClaim')
    errs.push(
      invalid(path, kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup"),
    );
  if (apiGroup !== '')
    for (const msg of isDNS1123Subdomain(apiGroup))
      errs.push(invalid([...path, 'apiGroup'], apiGroup, msg));
  const namespace = str(ref, 'namespace');
  if (namespaced && namespace !== '')
    for (const msg of isDNS1123Label(namespace))
      errs.push(invalid([...path, 'namespace'], namespace, msg));
  return errs;
}

/** `dataSourceIsPvcOrSnapshot`: the sources the dataSource field has always taken. */
function isPvcOrSnapshot(ref: Obj): boolean {
  const group = str(ref, 'apiGroup');
  return (
    (ref.kind === 'PersistentVolumeClaim' && group === '') ||
    (ref.kind === 'VolumeSnapshot' && group === 'snapshot.storage.k8s.io')
  );
}

/** `reflect.DeepEqual` of two `*string` apiGroups: both unset, or both the same string. */
const sameGroup = (a: unknown, b: unknown) =>
  (a === undefined || a === null) && (b === undefined || b === null) ? true : a === b;

/**
 * The data sources as the API validates them on create: a dataSourceRef naming a namespace is
 * dropped while CrossNamespaceVolumeDataSource is off; a lone dataSource that is neither a PVC nor
 * a VolumeSnapshot is dropped (EnforceDataSourceBackwardsCompatibility); the one left alone is
 * then copied into the other (NormalizeDataSources), which cannot fail on its own, so only the
 * fields written are checked.
 */
function dataSources(spec: Obj, k8s: K8sVersion): { source?: Obj; ref?: Obj } {
  let ref = isObj(spec.dataSourceRef) ? spec.dataSourceRef : undefined;
  if (ref && str(ref, 'namespace') && gateOffByDefault('CrossNamespaceVolumeDataSource', k8s))
    ref = undefined;
  let source = isObj(spec.dataSource) ? spec.dataSource : undefined;
  if (source && !ref && !isPvcOrSnapshot(source)) source = undefined;
  return { source, ref };
}

/** `ValidatePersistentVolumeClaimSpec`, for a claim being created (`path` is the spec's). */
export function validatePersistentVolumeClaimSpec(
  spec: Obj,
  path: Path,
  k8s: K8sVersion,
): ErrorList {
  const errs: ErrorList = [];
  const modes = listOf(spec.accessModes);
  // Missing, null or empty (another type is the schema's).
  const noModes = Array.isArray(spec.accessModes) ? !modes.length : !isSet(spec.accessModes);
  if (noModes) errs.push(required([...path, 'accessModes'], 'at least 1 access mode is required'));
  if (spec.selector !== undefined)
    errs.push(...validateLabelSelector(spec.selector, [...path, 'selector']));
  // Modes outside the enum are the schema's (Unsupported value, at each entry).
  const known = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany'];
  if (modes.includes('ReadWriteOncePod') && modes.some((m) => known.includes(m as string)))
    errs.push(
      forbidden([...path, 'accessModes'], 'may not use ReadWriteOncePod with other access modes'),
    );

  const requests = objOf(objOf(spec, 'resources'), 'requests');
  const storagePath = [...path, 'resources', 'requests', 'storage'];
  if (!Object.hasOwn(requests, 'storage')) errs.push(required(storagePath));
  else {
    const q = parseQuantity(requests.storage);
    // A value that is no quantity is resources.ts's (resource-quantity-invalid).
    if (q && compareValues(quantityValue(q), ZERO_VALUE) <= 0)
      errs.push(
        invalid(storagePath, canonicalQuantity(requests.storage), 'must be greater than zero'),
      );
  }

  const className = spec.storageClassName;
  if (typeof className === 'string' && className !== '')
    for (const msg of isDNS1123Subdomain(className))
      errs.push(invalid([...path, 'storageClassName'], className, msg));
  // volumeMode outside its enum is the schema's.

  const { source, ref } = dataSources(spec, k8s);
  if (source) errs.push(...validateDataSource(source, [...path, 'dataSource'], false));
  if (ref) errs.push(...validateDataSource(ref, [...path, 'dataSourceRef'], true));
  if (ref && str(ref, 'namespace')) {
    if (source)
      errs.push(
        invalid(path, {}, 'may not be specified when dataSourceRef.namespace is specified'),
      );
  } else if (source && ref) {
    const same =
      sameGroup(source.apiGroup, ref.apiGroup) &&
      str(source, 'kind') === str(ref, 'kind') &&
      str(source, 'name') === str(ref, 'name');
    if (!same) errs.push(invalid(path, {}, 'must match dataSourceRef'));
  }

  const vac = spec.volumeAttributesClassName;
  if (
    typeof vac === 'string' &&
    vac !== '' &&
    fieldServed('PersistentVolumeClaimSpec', 'volumeAttributesClassName', k8s) &&
    !gateOffByDefault('VolumeAttributesClass', k8s)
  )
    for (const msg of isDNS1123Subdomain(vac))
      errs.push(invalid([...path, 'volumeAttributesClassName'], vac, msg));
  return errs;
}

/**
 * ConfigMap, Secret and PersistentVolumeClaim contents (their metadata is meta.ts's); a PVC's
 * API warnings (a deprecated annotation, fractional bytes) too.
 */
export const configObjects: RuleFamily = {
  ids: ['configmap-invalid', 'secret-invalid', 'pvc-invalid'],
  object(ctx, report) {
    if (ctx.apiVersion !== 'v1') return;
    const { document, value, k8s } = ctx;
    const error = (ruleId: string, errs: ErrorList) =>
      reportErrors(report, { ruleId, severity: 'error', document }, errs);
    if (ctx.kind === 'ConfigMap') error('configmap-invalid', validateConfigMap(value));
    else if (ctx.kind === 'Secret') error('secret-invalid', validateSecret(value));
    else if (ctx.kind === 'PersistentVolumeClaim') {
      error('pvc-invalid', validatePersistentVolumeClaimSpec(objOf(value, 'spec'), ['spec'], k8s));
      reportErrors(
        report,
        { ruleId: 'pvc-invalid', severity: 'warning', document },
        persistentVolumeClaimWarnings(value, k8s),
      );
    }
  },
};
