import type { Path } from '../../yaml/path.ts';
import { inclusiveRangeError, isDNS1123Label, isDNS1123Subdomain } from '../apimachinery.ts';
import { isObj, listOf, type Obj } from '../context.ts';
import { invalid, required, tooLong, unsupported, type ErrorList } from '../field.ts';
import { isSet } from './each.ts';
import { num, str } from './volume-sources-files.ts';

// The network and cloud disk volume sources (NFS, iSCSI, FC, RBD, CephFS, the cloud disks, CSI, …),
// ported by structure from pkg/apis/core/validation/validation.go of Kubernetes 1.34.1
// (vendor/k8s.io/kubernetes in openshift/openshift-apiserver). Most of these plugins no longer
// work in current clusters (warnings.go says so), but the API still validates them, so a manifest
// that uses one still gets these errors. Each takes the source's plain value and its path.

type Check = (source: Obj, at: Path) => ErrorList;

/** `pdPartitionErrorMsg`. */
const PD_PARTITION_MESSAGE = inclusiveRangeError(1, 255);

const IQN = /iqn\.\d{4}-\d{2}\.([A-Za-z0-9-.]+)(:[^,;*&$|\s]+)$/;
const EUI = /^eui.[A-Za-z0-9]{16}$/;
const NAA = /^naa.[A-Za-z0-9]{32}$/;

/** Required when the string field is empty. */
function requireText(o: Obj, key: string, at: Path): ErrorList {
  return str(o, key) === '' ? [required([...at, key])] : [];
}

/** Required when the list field is empty. */
function requireList(o: Obj, key: string, at: Path): ErrorList {
  const v = o[key];
  if (Array.isArray(v)) return v.length ? [] : [required([...at, key])];
  return isSet(v) ? [] : [required([...at, key])];
}

/** A partition outside 0 … 255 (gcePersistentDisk, awsElasticBlockStore). */
function partition(o: Obj, at: Path): ErrorList {
  const p = num(o, 'partition');
  return p !== undefined && (p < 0 || p > 255)
    ? [invalid([...at, 'partition'], p, PD_PARTITION_MESSAGE)]
    : [];
}

/** The IQN / initiator name forms iSCSI accepts (iqn…, eui…, naa…). */
function iscsiNameErrors(value: string, path: Path, prefixDetail: string): ErrorList {
  const errs: ErrorList = [];
  if (!/^(iqn|eui|naa)/.test(value)) errs.push(invalid(path, value, prefixDetail));
  if (
    (value.startsWith('iqn') && !IQN.test(value)) ||
    (value.startsWith('eui') && !EUI.test(value)) ||
    (value.startsWith('naa') && !NAA.test(value))
  )
    errs.push(invalid(path, value, 'must be valid format'));
  return errs;
}

/** `validateISCSIVolumeSource`. */
export const validateISCSIVolumeSource: Check = (iscsi, at) => {
  const errs = requireText(iscsi, 'targetPortal', at);
  const iqn = str(iscsi, 'iqn');
  if (iqn === '') errs.push(required([...at, 'iqn']));
  else if (iqn !== undefined)
    errs.push(
      ...iscsiNameErrors(
        iqn,
        [...at, 'iqn'],
        'must be valid format starting with iqn, eui, or naa',
      ),
    );
  const lun = num(iscsi, 'lun');
  if (lun !== undefined && (lun < 0 || lun > 255))
    errs.push(invalid([...at, 'lun'], lun, inclusiveRangeError(0, 255)));
  if (
    (iscsi.chapAuthDiscovery === true || iscsi.chapAuthSession === true) &&
    !isSet(iscsi.secretRef)
  )
    errs.push(required([...at, 'secretRef']));
  const initiator = iscsi.initiatorName;
  if (typeof initiator === 'string')
    // Upstream names the field `initiatorname`; the manifest's is `initiatorName`.
    errs.push(
      ...iscsiNameErrors(
        initiator,
        [...at, 'initiatorName'],
        'must be valid format starting with iqn, eui, or naa',
      ),
    );
  return errs;
};

/** `validateFCVolumeSource`. */
export const validateFCVolumeSource: Check = (fc, at) => {
  const errs: ErrorList = [];
  const wwns = listOf(fc.targetWWNs);
  const wwids = listOf(fc.wwids);
  if (!wwns.length && !wwids.length)
    errs.push(
      required([...at, 'targetWWNs'], 'must specify either targetWWNs or wwids, but not both'),
    );
  if (wwns.length && wwids.length)
    errs.push(
      invalid(
        [...at, 'targetWWNs'],
        wwns,
        'targetWWNs and wwids can not be specified simultaneously',
      ),
    );
  if (wwns.length) {
    const lun = fc.lun;
    if (!isSet(lun))
      errs.push(required([...at, 'lun'], 'lun is required if targetWWNs is specified'));
    else if (typeof lun === 'number' && (lun < 0 || lun > 255))
      errs.push(invalid([...at, 'lun'], lun, inclusiveRangeError(0, 255)));
  }
  return errs;
};

/** `validateFlockerVolumeSource`. */
export const validateFlockerVolumeSource: Check = (flocker, at) => {
  const errs: ErrorList = [];
  const name = str(flocker, 'datasetName') ?? '';
  const uuid = str(flocker, 'datasetUUID') ?? '';
  if (!name && !uuid) errs.push(required(at, 'one of datasetName and datasetUUID is required'));
  if (name && uuid)
    errs.push(
      invalid(at, 'resource', 'datasetName and datasetUUID can not be specified simultaneously'),
    );
  if (name.includes('/')) errs.push(invalid([...at, 'datasetName'], name, "must not contain '/'"));
  return errs;
};

/** `validateQuobyteVolumeSource`: registry as host:port pairs, tenant at most 64 characters. */
export const validateQuobyteVolumeSource: Check = (quobyte, at) => {
  const errs: ErrorList = [];
  const registry = str(quobyte, 'registry');
  const tenant = str(quobyte, 'tenant') ?? '';
  const hostPort = 'must be a host:port pair or multiple pairs separated by commas';
  if (registry === '') errs.push(required([...at, 'registry'], hostPort));
  else if (tenant.length >= 65)
    errs.push(
      required([...at, 'tenant'], 'must be a UUID and may not exceed a length of 64 characters'),
    );
  else if (registry !== undefined)
    for (const pair of registry.split(','))
      if (!splitsHostPort(pair)) errs.push(invalid([...at, 'registry'], registry, hostPort));
  errs.push(...requireText(quobyte, 'volume', at));
  return errs;
};

/** Whether Go's `net.SplitHostPort` accepts `hostport` (`host:port`, `[v6]:port`). */
function splitsHostPort(hostport: string): boolean {
  if (hostport.startsWith('[')) return /^\[[^\]]*\]:[^:]*$/.test(hostport);
  const colon = hostport.lastIndexOf(':');
  return colon !== -1 && !hostport.slice(0, colon).includes(':') && !/[[\]]/.test(hostport);
}

/** `validateFlexVolumeSource`: a driver, and no option in the kubernetes.io / k8s.io namespaces. */
export const validateFlexVolumeSource: Check = (fv, at) => {
  const errs = requireText(fv, 'driver', at);
  if (isObj(fv.options))
    for (const k of Object.keys(fv.options)) {
      const namespace = k.includes('/') ? k.slice(0, k.indexOf('/')) : k;
      const normalized = `.${namespace.toLowerCase()}`;
      if (normalized.endsWith('.kubernetes.io') || normalized.endsWith('.k8s.io'))
        errs.push(
          invalid([...at, 'options', k], k, 'kubernetes.io and k8s.io namespaces are reserved'),
        );
    }
  return errs;
};

const CACHING_MODES = ['None', 'ReadOnly', 'ReadWrite'];
const DISK_KINDS = ['Dedicated', 'Managed', 'Shared'];

/** `validateAzureDisk`; kind defaults to Shared (the v1 defaults), which wants an https blob URI. */
export const validateAzureDisk: Check = (azure, at) => {
  const errs = [...requireText(azure, 'diskName', at)];
  const uri = str(azure, 'diskURI');
  if (uri === '') errs.push(required([...at, 'diskURI']));
  const caching = azure.cachingMode;
  if (typeof caching === 'string' && !CACHING_MODES.includes(caching))
    errs.push(unsupported([...at, 'cachingMode'], caching, CACHING_MODES));
  const kind = isSet(azure.kind) ? azure.kind : 'Shared';
  if (typeof kind !== 'string' || uri === undefined) return errs;
  if (!DISK_KINDS.includes(kind)) errs.push(unsupported([...at, 'kind'], kind, DISK_KINDS));
  if (kind === 'Managed' && !uri.startsWith('/subscriptions/'))
    errs.push(
      unsupported([...at, 'diskURI'], uri, [
        '/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}',
      ]),
    );
  if (kind !== 'Managed' && !uri.startsWith('https://'))
    errs.push(
      unsupported([...at, 'diskURI'], uri, [
        'https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd',
      ]),
    );
  return errs;
};

/** `validateStorageOSVolumeSource`: volume names are DNS labels. */
export const validateStorageOSVolumeSource: Check = (s, at) => {
  const errs: ErrorList = [];
  const name = str(s, 'volumeName');
  if (name === '') errs.push(required([...at, 'volumeName']));
  else if (name !== undefined)
    errs.push(...isDNS1123Label(name).map((m) => invalid([...at, 'volumeName'], name, m)));
  const ns = str(s, 'volumeNamespace');
  if (ns) errs.push(...isDNS1123Label(ns).map((m) => invalid([...at, 'volumeNamespace'], ns, m)));
  errs.push(...secretRefName(s, at));
  return errs;
};

/** A `secretRef` that is set must name its secret (cinder, storageos). */
function secretRefName(o: Obj, at: Path): ErrorList {
  const ref = o.secretRef;
  return isObj(ref) && str(ref, 'name') === '' ? [required([...at, 'secretRef', 'name'])] : [];
}

/** `ValidateCSIDriverName`: a DNS subdomain (case-insensitive) of at most 63 characters. */
export function validateCSIDriverName(driver: string, path: Path): ErrorList {
  const errs: ErrorList = [];
  if (driver === '') errs.push(required(path));
  if (driver.length > 63) errs.push(tooLong(path, 63));
  errs.push(...isDNS1123Subdomain(driver.toLowerCase()).map((m) => invalid(path, driver, m)));
  return errs;
}

/**
 * `validateCSIVolumeSource`. Upstream reports a malformed nodePublishSecretRef name at `csi.name`,
 * a field the manifest does not have; here it is the reference's own `name`.
 */
export const validateCSIVolumeSource: Check = (csi, at) => {
  const errs: ErrorList = [];
  const driver = str(csi, 'driver');
  if (driver !== undefined) errs.push(...validateCSIDriverName(driver, [...at, 'driver']));
  const ref = csi.nodePublishSecretRef;
  if (isObj(ref)) {
    const name = str(ref, 'name');
    const path = [...at, 'nodePublishSecretRef', 'name'];
    if (name === '') errs.push(required(path));
    else if (name !== undefined)
      errs.push(...isDNS1123Subdomain(name).map((m) => invalid(path, name, m)));
  }
  return errs;
};

/**
 * The checks of each disk source, by its key in the manifest. nfs.server and nfs.path being
 * required is volume-source-required-fields' (rules/volumes.ts); the absolute-path check is here.
 */
export const DISK_SOURCES: Readonly<Record<string, Check>> = {
  // Upstream passes `persistentDisk` as the path; the manifest's key is gcePersistentDisk.
  gcePersistentDisk: (pd, at) => [...requireText(pd, 'pdName', at), ...partition(pd, at)],
  awsElasticBlockStore: (pd, at) => [...requireText(pd, 'volumeID', at), ...partition(pd, at)],
  nfs: (nfs, at) => {
    const errs = [...requireText(nfs, 'server', at), ...requireText(nfs, 'path', at)];
    const path = str(nfs, 'path');
    if (path !== undefined && !path.startsWith('/'))
      errs.push(invalid([...at, 'path'], path, 'must be an absolute path'));
    return errs;
  },
  iscsi: validateISCSIVolumeSource,
  glusterfs: (g, at) => [...requireText(g, 'endpoints', at), ...requireText(g, 'path', at)],
  flocker: validateFlockerVolumeSource,
  rbd: (rbd, at) => [...requireList(rbd, 'monitors', at), ...requireText(rbd, 'image', at)],
  cinder: (cd, at) => [...requireText(cd, 'volumeID', at), ...secretRefName(cd, at)],
  cephfs: (cephfs, at) => requireList(cephfs, 'monitors', at),
  quobyte: validateQuobyteVolumeSource,
  fc: validateFCVolumeSource,
  flexVolume: validateFlexVolumeSource,
  azureFile: (a, at) => [...requireText(a, 'secretName', at), ...requireText(a, 'shareName', at)],
  vsphereVolume: (v, at) => requireText(v, 'volumePath', at),
  photonPersistentDisk: (p, at) => requireText(p, 'pdID', at),
  portworxVolume: (p, at) => requireText(p, 'volumeID', at),
  azureDisk: validateAzureDisk,
  storageos: validateStorageOSVolumeSource,
  scaleIO: (s, at) => [
    ...requireText(s, 'gateway', at),
    ...requireText(s, 'system', at),
    ...requireText(s, 'volumeName', at),
  ],
  csi: validateCSIVolumeSource,
};
