import type { Path } from '../../yaml/path.ts';
import { formatPath } from '../../yaml/path.ts';
import { objOf, isObj } from '../context.ts';
import type { ErrorList, FieldError } from '../field.ts';
import { getWarningsForCIDR, getWarningsForIP } from '../ip.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { clusterIPsPath } from './service-cluster-ips.ts';
import type { ServiceView } from './service-spec.ts';

// GetWarningsForService of pkg/api/service/warnings.go, the warnings `kubectl apply` prints for a
// Service, as vendored at Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e), with its
// history: 1.27 had neither the externalName nor the externalIPs warning (added in 1.28); 1.33
// moved the IP and CIDR warnings to apimachinery (new words, and the ambiguous-CIDR warning); 1.34
// added the headless-Service warnings. The 1.34.0/1.34.1 SessionAffinity warning fired for every
// headless Service (SessionAffinity is defaulted to None; kubernetes/kubernetes#134040), fixed in
// later 1.34 patches (#134133) to fire only when it is not None: the fixed behaviour is ported.
// Each warning is placed on the field it names; its words follow the field's path.

/**
 * A warning `upstream` placed at `path`: the path it starts with (upstream writes
 * `spec.SessionAffinity` for `spec.sessionAffinity`) is left to the finding's own.
 */
function at(path: Path, upstream: string): FieldError {
  const where = formatPath(path).toLowerCase();
  const head = upstream.slice(0, where.length).toLowerCase();
  const sep = upstream.slice(where.length, where.length + 2);
  if (head !== where) return { path, detail: upstream };
  if (sep === ': ') return { path, detail: upstream.slice(where.length + 2) };
  if (sep.startsWith(' ')) return { path, detail: upstream.slice(where.length + 1) };
  return { path, detail: upstream };
}

/** `GetWarningsForService` on create. */
export function serviceWarnings(s: ServiceView): ErrorList {
  const { spec, k8s } = s;
  const out: ErrorList = [];
  const since133 = validationChanged('apimachineryCIDRWarnings', k8s);
  const annotations = objOf(s.value, 'metadata').annotations;
  const hints = 'service.kubernetes.io/topology-aware-hints';
  if (isObj(annotations) && Object.hasOwn(annotations, hints))
    out.push(
      at(
        ['metadata', 'annotations', hints],
        `annotation ${hints} is deprecated, please use service.kubernetes.io/topology-mode instead`,
      ),
    );

  // helper.IsServiceIPSet: cluster IPs given, and not "None".
  const ips = s.clusterIPs;
  if (ips.length && ips[0] !== 'None' && ips[0] !== '') {
    const written = Array.isArray(spec.clusterIPs) && spec.clusterIPs.length > 0;
    ips.forEach((ip, i) => {
      if (typeof ip !== 'string') return;
      const path: Path = written ? ['spec', 'clusterIPs', i] : clusterIPsPath(spec);
      const upstream = ['spec', 'clusterIPs', i];
      for (const w of getWarningsForIP(upstream, ip, since133))
        out.push(at(path, retarget(w, upstream, path)));
    });
  }

  const headless = s.type === 'ClusterIP' && spec.clusterIP === 'None';
  const externalIPs = Array.isArray(spec.externalIPs) ? spec.externalIPs : [];
  if (headless && validationChanged('headlessServiceWarnings', k8s)) {
    if (typeof spec.loadBalancerIP === 'string' && spec.loadBalancerIP !== '')
      out.push(
        at(['spec', 'loadBalancerIP'], 'spec.loadBalancerIP is ignored for headless services'),
      );
    if (externalIPs.length)
      out.push(at(['spec', 'externalIPs'], 'spec.externalIPs is ignored for headless services'));
    if (typeof spec.sessionAffinity === 'string' && !['', 'None'].includes(spec.sessionAffinity))
      out.push(
        at(['spec', 'sessionAffinity'], 'spec.SessionAffinity is ignored for headless services'),
      );
  }

  externalIPs.forEach((ip, i) => {
    if (typeof ip === 'string')
      for (const w of getWarningsForIP(['spec', 'externalIPs', i], ip, since133))
        out.push(at(['spec', 'externalIPs', i], w));
  });
  if (typeof spec.loadBalancerIP === 'string' && spec.loadBalancerIP !== '')
    for (const w of getWarningsForIP(['spec', 'loadBalancerIP'], spec.loadBalancerIP, since133))
      out.push(at(['spec', 'loadBalancerIP'], w));
  const ranges = Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges : [];
  ranges.forEach((cidr, i) => {
    if (typeof cidr === 'string')
      for (const w of getWarningsForCIDR(['spec', 'loadBalancerSourceRanges', i], cidr, since133))
        out.push(at(['spec', 'loadBalancerSourceRanges', i], w));
  });

  if (validationChanged('serviceExternalWarnings', k8s)) {
    if (s.type === 'ExternalName' && externalIPs.length)
      out.push(
        at(['spec', 'externalIPs'], 'spec.externalIPs is ignored when spec.type is "ExternalName"'),
      );
    if (
      s.type !== 'ExternalName' &&
      typeof spec.externalName === 'string' &&
      spec.externalName !== ''
    )
      out.push(
        at(
          ['spec', 'externalName'],
          'spec.externalName is ignored when spec.type is not "ExternalName"',
        ),
      );
  }
  return out;
}

/** A warning about `from` re-worded for the field it is placed on (`clusterIP` for `clusterIPs[0]`). */
function retarget(warning: string, from: Path, to: Path): string {
  const a = formatPath(from);
  return warning.startsWith(`${a}: `)
    ? `${formatPath(to)}: ${warning.slice(a.length + 2)}`
    : warning;
}
