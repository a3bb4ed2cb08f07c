import { parseQuantity } from '../../pod/quantity.ts';
import { canonicalQuantity, isWholeQuantity } from '../../pod/quantity-api.ts';
import type { Path } from '../../yaml/path.ts';
import { objOf, type Obj } from '../context.ts';
import type { ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';

// The API's warnings about a claim, ported from GetWarningsForPersistentVolumeClaim[Spec] in
// pkg/api/persistentvolumeclaim/util.go of Kubernetes 1.34.1 (openshift/openshift-apiserver@
// 56aa2d96e, vendor/k8s.io/kubernetes). The storage-class annotation warning is there from 1.28
// (kubeedge/kubeedge@6a27e2ab9, k8s.io/kubernetes 1.28.6), not in 1.27 (kubeedge@7c02a3f52, 1.27.7).

const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';

/** `GetWarningsForPersistentVolumeClaimSpec`: a storage request or limit that is not whole bytes. */
export function persistentVolumeClaimSpecWarnings(spec: unknown, path: Path): ErrorList {
  const out: ErrorList = [];
  const resources = objOf(spec, 'resources');
  for (const group of ['requests', 'limits']) {
    const raw = objOf(resources, group).storage;
    const q = parseQuantity(raw);
    if (q && !isWholeQuantity(q))
      out.push({
        path: [...path, 'resources', group, 'storage'],
        detail: `fractional byte value ${JSON.stringify(canonicalQuantity(raw))} is invalid, must be an integer`,
      });
  }
  return out;
}

/** `GetWarningsForPersistentVolumeClaim`: the beta storage-class annotation (1.28+), and the spec's. */
export function persistentVolumeClaimWarnings(pvc: Obj, k8s: K8sVersion): ErrorList {
  const out: ErrorList = [];
  const annotations = objOf(objOf(pvc, 'metadata'), 'annotations');
  if (
    validationChanged('betaStorageClassWarning', k8s) &&
    Object.hasOwn(annotations, BETA_STORAGE_CLASS)
  )
    out.push({
      path: ['metadata', 'annotations', BETA_STORAGE_CLASS],
      detail: 'deprecated since v1.8; use "storageClassName" attribute instead',
    });
  out.push(...persistentVolumeClaimSpecWarnings(pvc.spec, ['spec']));
  return out;
}
