import { isScalar } from 'yaml';
import { parseQuantity } from '../../pod/quantity.ts';
import { getPath } from '../../pod/view.ts';
import { HOST_PATH_TYPES, VOLUME_SOURCE_KEYS } from '../../volume/sources.ts';
import { nodeAt } from '../../yaml/locate.ts';
import type { Path } from '../../yaml/path.ts';
import { isDNS1123Subdomain, validateLabels } from '../apimachinery.ts';
import { gateOffByDefault } from '../api-gates.ts';
import {
  entryOf,
  isObj,
  listOf,
  objOf,
  type Obj,
  type RuleFamily,
  type WorkloadContext,
} from '../context.ts';
import { forbidden, invalid, required, unsupported, type ErrorList } from '../field.ts';
import { fieldServed } from '../api-fields.ts';
import { isSet } from './each.ts';
import { validatePersistentVolumeClaimSpec } from './config-objects.ts';
import { validateAnnotations } from './meta-object.ts';
import { DISK_SOURCES } from './volume-sources-disks.ts';
import {
  str,
  validateConfigMapVolumeSource,
  validateDownwardAPIVolumeSource,
  validateLocalDescendingPath,
  validatePathNoBacksteps,
  validateSecretVolumeSource,
  type VolumeOptions,
} from './volume-sources-files.ts';
import { validateProjectedVolumeSource } from './volume-sources-projected.ts';
import { PROJECTED_REQUIRED, REQUIRED_SOURCE_FIELDS } from './volumes.ts';

// The pod's volumes as ValidateVolumes and validateVolumeSource check them
// (pkg/apis/core/validation/validation.go, Kubernetes 1.34.1, vendored unmodified in
// openshift/openshift-apiserver): each source's own fields. Left to other rules: one source per
// volume and the fields rules/volumes.ts already requires (volume-multiple-sources,
// volume-source-required-fields), volume names (rules/names.ts), quantities that do not decode
// (rules/resources.ts). A volume with no source at all is no error: the v1 defaults make it an
// emptyDir (SetDefaults_Volume).

const SOURCE_RULE = 'volume-source-invalid';
const ITEMS_RULE = 'volume-items-invalid';
const PROJECTION_RULE = 'volume-projection-invalid';

/** `supportedHostPathTypes`, sorted as `sets.List` prints them ('' is HostPathUnset). */
const SUPPORTED_HOST_PATH_TYPES = ['', ...[...HOST_PATH_TYPES].sort()];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** `validateHostPathVolumeSource` (validation.go). */
export function validateHostPathVolumeSource(hostPath: Obj, at: Path): ErrorList {
  const path = str(hostPath, 'path');
  if (path === '') return [required([...at, 'path'])];
  const errs = path === undefined ? [] : validatePathNoBacksteps(path, [...at, 'path']);
  // validateHostPathType: a type that is set must be a known one.
  const type = hostPath.type;
  if (typeof type === 'string' && !SUPPORTED_HOST_PATH_TYPES.includes(type))
    errs.push(unsupported([...at, 'type'], type, SUPPORTED_HOST_PATH_TYPES));
  return errs;
}

/** The emptyDir branch of validateVolumeSource: a sizeLimit may not be negative. */
export function validateEmptyDirVolumeSource(emptyDir: Obj, at: Path): ErrorList {
  const q = parseQuantity(emptyDir.sizeLimit);
  return q && q.number.startsWith('-') && /[1-9]/.test(q.number)
    ? [forbidden([...at, 'sizeLimit'], 'SizeLimit field must be a valid resource quantity')]
    : [];
}

/** `validateGitRepoVolumeSource` (validation.go). */
export function validateGitRepoVolumeSource(gitRepo: Obj, at: Path): ErrorList {
  const errs: ErrorList = [];
  if (str(gitRepo, 'repository') === '') errs.push(required([...at, 'repository']));
  const directory = str(gitRepo, 'directory');
  if (directory !== undefined)
    errs.push(...validateLocalDescendingPath(directory, [...at, 'directory']));
  return errs;
}

/**
 * `validateImageVolumeSource` (validation.go): a reference on a bare Pod (templates may leave it
 * to be filled in), and a known pullPolicy. An empty pullPolicy is defaulted (SetDefaults_Volume).
 */
export function validateImageVolumeSource(image: Obj, at: Path, opts: VolumeOptions): ErrorList {
  const errs: ErrorList = [];
  if (opts.resourceIsPod && str(image, 'reference') === '')
    errs.push(required([...at, 'reference']));
  const policy = str(image, 'pullPolicy');
  if (policy && !PULL_POLICIES.includes(policy))
    errs.push(unsupported([...at, 'pullPolicy'], policy, PULL_POLICIES));
  return errs;
}

/**
 * ObjectMeta fields a claim template may not set (everything but labels and annotations), by
 * their JSON names (upstream lower-cases the Go name's first letter, so it says `uID`).
 */
const TEMPLATE_META_FORBIDDEN = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
  'finalizers',
  'managedFields',
];

/**
 * `ValidateTemplateObjectMeta` (validation.go): labels and annotations, and nothing else. Empty
 * values (`creationTimestamp: null`, `finalizers: []`) count as unset.
 */
export function validateTemplateObjectMeta(meta: unknown, at: Path): ErrorList {
  if (!isObj(meta)) return [];
  const errs = [
    ...validateAnnotations(meta.annotations, [...at, 'annotations']),
    ...validateLabels(meta.labels, [...at, 'labels']),
  ];
  for (const key of TEMPLATE_META_FORBIDDEN) {
    const v = meta[key];
    const zero =
      v === undefined || v === null || v === '' || v === 0 || (Array.isArray(v) && !v.length);
    if (!zero) errs.push(forbidden([...at, key], 'cannot be set'));
  }
  return errs;
}

/**
 * `validateEphemeralVolumeSource` (validation.go): a volumeClaimTemplate
 * (`ValidatePersistentVolumeClaimTemplate`), whose metadata holds only labels and annotations and
 * whose spec is a claim's (`ValidatePersistentVolumeClaimSpec`, ported in config-objects.ts).
 */
export function validateEphemeralVolumeSource(
  ephemeral: Obj,
  at: Path,
  opts: VolumeOptions,
): ErrorList {
  const template = ephemeral.volumeClaimTemplate;
  const templatePath = [...at, 'volumeClaimTemplate'];
  if (!isSet(template)) return [required(templatePath)];
  if (!isObj(template)) return [];
  return [
    ...validateTemplateObjectMeta(template.metadata, [...templatePath, 'metadata']),
    ...validatePersistentVolumeClaimSpec(
      objOf(template, 'spec'),
      [...templatePath, 'spec'],
      opts.k8s,
    ),
  ];
}

/**
 * True when a source key reaches validation in the target version. The `image` source is dropped
 * (volume and mounts) while the ImageVolume gate is off (dropImageVolumes), and unknown before 1.31.
 */
function sourceServed(source: string, opts: VolumeOptions): boolean {
  if (source !== 'image') return true;
  return fieldServed('Volume', 'image', opts.k8s) && !gateOffByDefault('ImageVolume', opts.k8s);
}

/**
 * `validateVolumeSource` (validation.go) for one volume: the first source set is validated (later
 * ones are volume-multiple-sources'), and an iSCSI volume with an initiator name keeps
 * `<volume name>:<targetPortal>` within 64 characters. `podName` is a bare Pod's name (the PVC an
 * ephemeral volume creates is named after it).
 */
export function validateVolumeSource(
  volume: Obj,
  at: Path,
  podName: string,
  opts: VolumeOptions,
): ErrorList {
  const errs: ErrorList = [];
  const volName = typeof volume.name === 'string' ? volume.name : '';
  const source = VOLUME_SOURCE_KEYS.find((s) => isSet(volume[s]));
  const value = source ? volume[source] : undefined;
  if (source && isObj(value) && sourceServed(source, opts)) {
    const sourcePath = [...at, source];
    const disk = Object.hasOwn(DISK_SOURCES, source) ? DISK_SOURCES[source] : undefined;
    if (disk) errs.push(...disk(value, sourcePath));
    else if (source === 'emptyDir') errs.push(...validateEmptyDirVolumeSource(value, sourcePath));
    else if (source === 'hostPath') errs.push(...validateHostPathVolumeSource(value, sourcePath));
    else if (source === 'gitRepo') errs.push(...validateGitRepoVolumeSource(value, sourcePath));
    else if (source === 'secret') errs.push(...validateSecretVolumeSource(value, sourcePath, opts));
    else if (source === 'configMap')
      errs.push(...validateConfigMapVolumeSource(value, sourcePath, opts));
    else if (source === 'downwardAPI')
      errs.push(...validateDownwardAPIVolumeSource(value, sourcePath, opts));
    else if (source === 'projected')
      errs.push(...validateProjectedVolumeSource(value, sourcePath, opts));
    else if (source === 'persistentVolumeClaim') {
      if (str(value, 'claimName') === '') errs.push(required([...sourcePath, 'claimName']));
    } else if (source === 'image') errs.push(...validateImageVolumeSource(value, sourcePath, opts));
    else if (source === 'ephemeral') {
      errs.push(...validateEphemeralVolumeSource(value, sourcePath, opts));
      if (podName && volName) {
        const pvcName = `${podName}-${volName}`;
        for (const m of isDNS1123Subdomain(pvcName))
          errs.push(invalid([...at, 'name'], volName, `PVC name "${pvcName}": ${m}`));
      }
    }
  }
  const iscsi = volume.iscsi;
  if (isObj(iscsi) && typeof iscsi.initiatorName === 'string') {
    const portal = str(iscsi, 'targetPortal') ?? '';
    if (`${volName}:${portal}`.length > 64)
      errs.push(
        invalid(
          [...at, 'name'],
          volName,
          'Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if iscsi.initiatorName is specified.',
        ),
      );
  }
  return errs;
}

/**
 * `ValidateVolumes` (validation.go), less names (rules/names.ts): every volume's source, and no
 * persistentVolumeClaim naming the PVC an ephemeral volume of the same bare Pod creates.
 */
export function validateVolumes(
  volumes: unknown,
  at: Path,
  podName: string,
  opts: VolumeOptions,
): ErrorList {
  const errs: ErrorList = [];
  const created = new Set<string>();
  if (podName)
    for (const v of listOf(volumes))
      if (isObj(v) && isSet(v.ephemeral))
        created.add(`${podName}-${typeof v.name === 'string' ? v.name : ''}`);
  listOf(volumes).forEach((v, i) => {
    if (!isObj(v)) return;
    const volPath = [...at, i];
    errs.push(...validateVolumeSource(v, volPath, podName, opts));
    const claimName = objOf(v, 'persistentVolumeClaim').claimName;
    if (typeof claimName === 'string' && created.has(claimName))
      errs.push(
        invalid(
          [...volPath, 'persistentVolumeClaim', 'claimName'],
          claimName,
          'must not reference a PVC that gets created for an ephemeral volume',
        ),
      );
  });
  return errs;
}

/**
 * The file mode the API server reads at `path`: YAML 1.1 (what kubectl reads) takes a plain
 * `0644` as octal, where the parsed YAML 1.2 value is 644.
 */
function modeReader(ctx: WorkloadContext) {
  return (value: unknown, path: Path): number | undefined => {
    if (typeof value !== 'number') return undefined;
    const node = nodeAt(ctx.design.parsed, ctx.document, path);
    if (!isScalar(node) || !node.range || node.type !== 'PLAIN') return value;
    const text = ctx.design.parsed.text.slice(node.range[0], node.range[1]).trim();
    const octal = /^([-+]?)0([0-7]+)$/.exec(text);
    if (!octal) return value;
    const n = parseInt(octal[2]!, 8);
    return octal[1] === '-' ? -n : n;
  };
}

/** Which of the three ids an error belongs to, by where it is in its volume. */
function ruleOf(path: Path, volumesPath: Path): string {
  const inVolume = path.slice(volumesPath.length + 1);
  if (inVolume[0] === 'projected') return PROJECTION_RULE;
  return inVolume[1] === 'items' ? ITEMS_RULE : SOURCE_RULE;
}

/** True for a `Required value` that volume-source-required-fields already reports. */
function reportedElsewhere(path: Path, detail: string, volumesPath: Path): boolean {
  if (detail !== 'Required value') return false;
  const inVolume = path.slice(volumesPath.length + 1);
  const [source, field] = inVolume;
  if (inVolume.length === 2 && typeof source === 'string')
    return entryOf(REQUIRED_SOURCE_FIELDS, source)?.includes(String(field)) ?? false;
  // projected.sources[j].secret.name / .configMap.name
  return (
    inVolume.length === 5 &&
    source === 'projected' &&
    (PROJECTED_REQUIRED as readonly unknown[]).includes(inVolume[3]) &&
    inVolume[4] === 'name'
  );
}

/**
 * Volume sources as the API server validates them: every source's own fields
 * (volume-source-invalid), the items of secret, configMap and downwardAPI volumes
 * (volume-items-invalid), and projected volumes (volume-projection-invalid).
 */
export const volumeSources: RuleFamily = {
  ids: [SOURCE_RULE, ITEMS_RULE, PROJECTION_RULE],
  workload(ctx, report) {
    const { pod, document } = ctx;
    const isPod = pod.kind === 'Pod';
    const name = getPath(ctx.value, ['metadata', 'name']);
    const podName = isPod && typeof name === 'string' ? name : '';
    const opts: VolumeOptions = { resourceIsPod: isPod, k8s: ctx.k8s, mode: modeReader(ctx) };
    const at = [...pod.specPath, 'volumes'];
    for (const e of validateVolumes(ctx.spec.volumes, at, podName, opts)) {
      if (reportedElsewhere(e.path, e.detail, at)) continue;
      report({
        ruleId: ruleOf(e.path, at),
        severity: 'error',
        document,
        path: e.path,
        detail: e.detail,
      });
    }
  },
};
