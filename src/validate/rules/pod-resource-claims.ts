import type { Path } from '../../yaml/path.ts';
import { isDNS1123Label, isDNS1123Subdomain } from '../apimachinery.ts';
import { goString, isObj, listOf, type Obj } from '../context.ts';
import { duplicate, invalid, required, type ErrorList } from '../field.ts';
import { isSet } from './each.ts';

// Dynamic resource allocation claims of a pod spec, ported by structure from
// pkg/apis/core/validation/validation.go of Kubernetes 1.34.1 (openshift/openshift-apiserver@
// 56aa2d96e, vendor/k8s.io/kubernetes): `validatePodResourceClaims`. The family that runs it is
// podSpecFields (pod-spec-fields.ts); the containers' claims (`validateResourceClaimNames`) are
// container-resources.ts's.

/** A claim or claim template name (`NameIsDNSSubdomain`), even when empty. */
function subdomainErrors(value: unknown, path: Path): ErrorList {
  if (typeof value !== 'string') return [];
  return isDNS1123Subdomain(value).map((m) => invalid(path, value, m));
}

/** The claim as the API prints it (the internal struct, as JSON). */
function claimValue(claim: Obj): unknown {
  const ptr = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    Name: typeof claim.name === 'string' ? claim.name : '',
    ResourceClaimName: ptr(claim.resourceClaimName),
    ResourceClaimTemplateName: ptr(claim.resourceClaimTemplateName),
  };
}

/** `validatePodResourceClaims` / `validatePodResourceClaim`. */
export function validatePodResourceClaims(claims: unknown, path: Path): ErrorList {
  const names = new Set<string>();
  return listOf(claims).flatMap((claim, i) => {
    if (!isObj(claim)) return [];
    const errs: ErrorList = [];
    const at = [...path, i];
    const name = goString(claim.name);
    if (name === '') errs.push(required([...at, 'name']));
    else if (name !== undefined && names.has(name)) errs.push(duplicate([...at, 'name'], name));
    else if (name !== undefined) {
      errs.push(...isDNS1123Label(name).map((m) => invalid([...at, 'name'], name, m)));
      names.add(name);
    }
    const byName = typeof claim.resourceClaimName === 'string';
    const byTemplate = typeof claim.resourceClaimTemplateName === 'string';
    if (byName && byTemplate)
      errs.push(
        invalid(
          at,
          claimValue(claim),
          'at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified',
        ),
      );
    if (!isSet(claim.resourceClaimName) && !isSet(claim.resourceClaimTemplateName))
      errs.push(
        invalid(
          at,
          claimValue(claim),
          'must specify one of: `resourceClaimName`, `resourceClaimTemplateName`',
        ),
      );
    errs.push(...subdomainErrors(claim.resourceClaimName, [...at, 'resourceClaimName']));
    errs.push(
      ...subdomainErrors(claim.resourceClaimTemplateName, [...at, 'resourceClaimTemplateName']),
    );
    return errs;
  });
}
