import { getPath } from '../../pod/view.ts';
import type { Path } from '../../yaml/path.ts';
import { gateOffByDefault } from '../api-gates.ts';
import {
  isObj,
  listOf,
  objOf,
  type Obj,
  type RuleFamily,
  type WorkloadContext,
} from '../context.ts';
import { forbidden, invalid, required, unsupported, type ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { fieldServed } from '../api-fields.ts';
import { isSet, podContainers } from './each.ts';
import { notFound, str, validatePathNoBacksteps } from './volume-sources-files.ts';

// The mount fields ValidateVolumeMounts checks beyond names, paths and subPaths (those are
// rules/mounts.ts'): mountPropagation (validateMountPropagation), recursiveReadOnly
// (validateMountRecursiveReadOnly), mounts that clash with the container's volumeDevices; and
// ValidateVolumeDevices. Ported by structure from pkg/apis/core/validation/validation.go of
// Kubernetes 1.34.1 (vendored unmodified in openshift/openshift-apiserver). Upstream reports
// mountPropagation and recursiveReadOnly at `volumeMounts.mountPropagation`, without the index;
// here they point at the mount's own field.

const PROPAGATION_RULE = 'volume-mount-propagation-invalid';
const DEVICE_RULE = 'volume-device-invalid';

/** `supportedMountPropagations`, sorted as `sets.List` prints them. */
const PROPAGATIONS = ['Bidirectional', 'HostToContainer', 'None'];
/** `supportedRRO`, sorted. */
const RECURSIVE_READ_ONLY = ['Disabled', 'Enabled', 'IfPossible'];

/**
 * `validateMountPropagation` (validation.go): a known mode, and Bidirectional only in a
 * privileged container (every container of a manifest is known, so the check always runs).
 */
export function validateMountPropagation(
  propagation: unknown,
  container: Obj,
  path: Path,
): ErrorList {
  if (typeof propagation !== 'string') return [];
  const errs: ErrorList = [];
  if (!PROPAGATIONS.includes(propagation)) errs.push(unsupported(path, propagation, PROPAGATIONS));
  const privileged = objOf(container, 'securityContext').privileged === true;
  if (propagation === 'Bidirectional' && !privileged)
    errs.push(
      forbidden(path, 'Bidirectional mount propagation is available only to privileged containers'),
    );
  return errs;
}

/**
 * `validateMountRecursiveReadOnly` (validation.go): Enabled and IfPossible need `readOnly: true`
 * and no propagation but None.
 */
export function validateMountRecursiveReadOnly(mount: Obj, path: Path): ErrorList {
  const rro = mount.recursiveReadOnly;
  if (typeof rro !== 'string' || rro === 'Disabled') return [];
  if (!RECURSIVE_READ_ONLY.includes(rro)) return [unsupported(path, rro, RECURSIVE_READ_ONLY)];
  const errs: ErrorList = [];
  if (mount.readOnly !== true)
    errs.push(forbidden(path, 'may only be specified when readOnly is true'));
  const propagation = mount.mountPropagation;
  if (isSet(propagation) && propagation !== 'None')
    errs.push(
      forbidden(path, 'may only be specified when mountPropagation is None or not specified'),
    );
  return errs;
}

/** `GetVolumeMountMap` / `GetVolumeDeviceMap`: name → path, the last entry of a name winning. */
function pathsByName(list: unknown, pathKey: 'mountPath' | 'devicePath'): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of listOf(list))
    if (isObj(e) && typeof e.name === 'string' && typeof e[pathKey] === 'string')
      out.set(e.name, e[pathKey]);
  return out;
}

/**
 * The fields of one container's volumeMounts that ValidateVolumeMounts checks here: mounts that
 * clash with a volumeDevice, mountPropagation, and recursiveReadOnly (from 1.31: the
 * RecursiveReadOnlyMounts gate is off in 1.30, which drops the field, and 1.29 lacks it).
 */
export function validateVolumeMountFields(
  container: Obj,
  at: Path,
  k8s: K8sVersion,
  dropped: ReadonlySet<string> = new Set(),
): ErrorList {
  const errs: ErrorList = [];
  const devices = pathsByName(container.volumeDevices, 'devicePath');
  const devicePaths = new Set(devices.values());
  listOf(container.volumeMounts).forEach((mount, i) => {
    if (!isObj(mount)) return;
    const name = mount.name;
    if (typeof name === 'string' && dropped.has(name)) return;
    const idx = [...at, i];
    if (typeof name === 'string' && devices.has(name))
      errs.push(invalid([...idx, 'name'], name, 'must not already exist in volumeDevices'));
    const mountPath = mount.mountPath;
    if (typeof mountPath === 'string' && devicePaths.has(mountPath))
      errs.push(
        invalid(
          [...idx, 'mountPath'],
          mountPath,
          'must not already exist as a path in volumeDevices',
        ),
      );
    if (isSet(mount.mountPropagation))
      errs.push(
        ...validateMountPropagation(mount.mountPropagation, container, [
          ...idx,
          'mountPropagation',
        ]),
      );
    if (
      fieldServed('VolumeMount', 'recursiveReadOnly', k8s) &&
      !gateOffByDefault('RecursiveReadOnlyMounts', k8s)
    )
      errs.push(...validateMountRecursiveReadOnly(mount, [...idx, 'recursiveReadOnly']));
  });
  return errs;
}

/** What a volumeDevice may name: the pod's volumes, and whether each is a claim. */
export type BlockSources = ReadonlyMap<string, { claim: boolean }>;

/**
 * `ValidateVolumeDevices` (validation.go): each device names a persistentVolumeClaim or
 * ephemeral volume of the pod, once, at a path without `..` that no other device and no mount
 * of the container uses. An empty name is only `Required` (upstream adds `Not found: ""`).
 */
export function validateVolumeDevices(container: Obj, at: Path, volumes: BlockSources): ErrorList {
  const errs: ErrorList = [];
  const mounts = pathsByName(container.volumeMounts, 'mountPath');
  const mountPaths = new Set(mounts.values());
  const names = new Set<string>();
  const paths = new Set<string>();
  listOf(container.volumeDevices).forEach((dev, i) => {
    if (!isObj(dev)) return;
    const idx = [...at, i];
    const name = str(dev, 'name');
    const devPath = str(dev, 'devicePath');
    if (name !== undefined) {
      const volume = volumes.get(name);
      if (name === '') errs.push(required([...idx, 'name']));
      if (names.has(name)) errs.push(invalid([...idx, 'name'], name, 'must be unique'));
      if (volume && !volume.claim)
        errs.push(
          invalid(
            [...idx, 'name'],
            name,
            'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode',
          ),
        );
      if (!volume && name !== '') errs.push(notFound([...idx, 'name'], name));
    }
    if (devPath !== undefined) {
      if (devPath === '') errs.push(required([...idx, 'devicePath']));
      if (paths.has(devPath)) errs.push(invalid([...idx, 'devicePath'], devPath, 'must be unique'));
      if (devPath && validatePathNoBacksteps(devPath, [...idx, 'devicePath']).length)
        errs.push(invalid([...idx, 'devicePath'], devPath, "can not contain backsteps ('..')"));
      else paths.add(devPath);
    }
    if (name !== undefined && mounts.has(name))
      errs.push(invalid([...idx, 'name'], name, 'must not already exist in volumeMounts'));
    if (devPath !== undefined && mountPaths.has(devPath))
      errs.push(
        invalid(
          [...idx, 'devicePath'],
          devPath,
          'must not already exist as a path in volumeMounts',
        ),
      );
    if (name) names.add(name);
  });
  return errs;
}

/** The pod's volumes by name (first wins), a StatefulSet's claim templates counting as claims. */
function blockSources(ctx: WorkloadContext): Map<string, { claim: boolean }> {
  const out = new Map<string, { claim: boolean }>();
  for (const v of listOf(ctx.spec.volumes))
    if (isObj(v) && typeof v.name === 'string' && !out.has(v.name))
      out.set(v.name, { claim: isSet(v.persistentVolumeClaim) || isSet(v.ephemeral) });
  if (ctx.pod.kind === 'StatefulSet')
    for (const t of listOf(getPath(ctx.value, ['spec', 'volumeClaimTemplates']))) {
      const name = objOf(t, 'metadata').name;
      if (typeof name === 'string' && !out.has(name)) out.set(name, { claim: true });
    }
  return out;
}

/**
 * Image volumes the API server drops, with their mounts, while the ImageVolume gate is off
 * (dropImageVolumes): their mounts are never validated.
 */
function droppedImageVolumes(ctx: WorkloadContext): Set<string> {
  const out = new Set<string>();
  // Before 1.31 the field is unknown: decoding drops it, and the volume is an emptyDir.
  if (!fieldServed('Volume', 'image', ctx.k8s) || !gateOffByDefault('ImageVolume', ctx.k8s))
    return out;
  for (const v of listOf(ctx.spec.volumes))
    if (isObj(v) && isSet(v.image) && typeof v.name === 'string') out.add(v.name);
  return out;
}

/**
 * Mount propagation and recursiveReadOnly (volume-mount-propagation-invalid), and block devices
 * with the mounts they clash with (volume-device-invalid), in every container.
 */
export const mountFields: RuleFamily = {
  ids: [PROPAGATION_RULE, DEVICE_RULE],
  workload(ctx, report) {
    const { document } = ctx;
    const volumes = blockSources(ctx);
    const dropped = droppedImageVolumes(ctx);
    for (const { view, raw } of podContainers(ctx)) {
      const say = (ruleId: string, errs: ErrorList) => {
        for (const e of errs)
          report({ ruleId, severity: 'error', document, path: e.path, detail: e.detail });
      };
      const fields = validateVolumeMountFields(
        raw,
        [...view.path, 'volumeMounts'],
        ctx.k8s,
        dropped,
      );
      say(
        DEVICE_RULE,
        fields.filter((e) => !isPropagation(e.path)),
      );
      say(
        PROPAGATION_RULE,
        fields.filter((e) => isPropagation(e.path)),
      );
      say(DEVICE_RULE, validateVolumeDevices(raw, [...view.path, 'volumeDevices'], volumes));
    }
  },
};

function isPropagation(path: Path): boolean {
  const last = path[path.length - 1];
  return last === 'mountPropagation' || last === 'recursiveReadOnly';
}
