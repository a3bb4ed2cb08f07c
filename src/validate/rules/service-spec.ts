import type { Path } from '../../yaml/path.ts';
import { gateOffByDefault } from '../api-gates.ts';
import {
  isDNS1123Subdomain,
  isQualifiedName,
  isValidPortNum,
  validateLabels,
} from '../apimachinery.ts';
import { isObj, objOf, type Obj, type RuleFamily } from '../context.ts';
import {
  forbidden,
  invalid,
  reportErrors,
  required,
  unsupported,
  type ErrorList,
} from '../field.ts';
import { isValidCIDRForLegacyField, isValidIPForLegacyField, validateEndpointIP } from '../ip.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { fieldServed } from '../api-fields.ts';
import { validateServicePorts } from './service-ports.ts';
import { serviceWarnings } from './service-warnings.ts';
import { clusterIPsPath, validateServiceClusterIPsRelatedFields } from './service-cluster-ips.ts';
import { isInt } from './each.ts';

// ValidateServiceCreate / validateService of pkg/apis/core/validation/validation.go, as vendored at
// Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e), with the differences of 1.27–1.33
// read from the same project's history (v1.27.2 67f83fd35, v1.28.3 fc1b42f4a, v1.29.2 4fceeed95,
// v1.30.3 f52627a35, v1.32.1 7a1cb5583, v1.33.3 354e73c96). The API validates the Service after
// defaulting (SetDefaults_Service: type ClusterIP, sessionAffinity None and its config dropped,
// externalTrafficPolicy Cluster when externally accessible, internalTrafficPolicy Cluster,
// allocateLoadBalancerNodePorts true) and after NormalizeClusterIPs (clusterIPs = [clusterIP]), so
// the "Required" errors of fields those fill in never reach a user. ObjectMeta (the name) is
// objects.ts's; IP and node port allocation (cluster state) is out of reach.

/** The Service as validation sees it: the spec, and the defaulted values read from it. */
export interface ServiceView {
  readonly value: Obj;
  readonly spec: Obj;
  readonly type: unknown;
  readonly clusterIPs: unknown[];
  readonly headless: boolean;
  readonly k8s: K8sVersion;
}

const unset = (v: unknown) => v === undefined || v === null;

/** The Service after SetDefaults_Service and NormalizeClusterIPs. */
export function serviceView(value: Obj, k8s: K8sVersion): ServiceView {
  const spec = objOf(value, 'spec');
  const type = unset(spec.type) || spec.type === '' ? 'ClusterIP' : spec.type;
  const ip = spec.clusterIP;
  let clusterIPs: unknown[] = Array.isArray(spec.clusterIPs) ? spec.clusterIPs : [];
  if (typeof ip === 'string' && ip !== '' && !clusterIPs.length) clusterIPs = [ip];
  const headless = clusterIPs.length === 1 && clusterIPs[0] === 'None';
  return { value, spec, type, clusterIPs, headless, k8s };
}

/** `ExternallyAccessible` (1.29 on; until 1.28 only NodePort and LoadBalancer Services). */
function externallyAccessible(s: ServiceView): boolean {
  if (s.type === 'LoadBalancer' || s.type === 'NodePort') return true;
  const externalIPs = Array.isArray(s.spec.externalIPs) ? s.spec.externalIPs : [];
  return (
    validationChanged('externalIPsExternallyAccessible', s.k8s) &&
    s.type === 'ClusterIP' &&
    externalIPs.length > 0
  );
}

/** `validateClientIPAffinityConfig`: with ClientIP affinity, a timeout in (0, 86400]. */
function validateClientIPAffinityConfig(spec: Obj, path: Path): ErrorList {
  const timeout = objOf(objOf(spec, 'sessionAffinityConfig'), 'clientIP').timeoutSeconds;
  const at = [...path, 'clientIP', 'timeoutSeconds'];
  // A missing config, clientIP or timeout is defaulted to 10800 seconds.
  if (!isInt(timeout) || (timeout > 0 && timeout <= 86400)) return [];
  return [invalid(at, timeout, 'must be greater than 0 and less than 86400')];
}

/** `validateServiceExternalTrafficPolicy`: the policy and healthCheckNodePort by type. */
function validateServiceExternalTrafficPolicy(s: ServiceView): ErrorList {
  const errs: ErrorList = [];
  const policy = s.spec.externalTrafficPolicy;
  const at = ['spec', 'externalTrafficPolicy'];
  if (!externallyAccessible(s)) {
    if (typeof policy === 'string' && policy !== '')
      errs.push(
        invalid(
          at,
          policy,
          validationChanged('externalIPsExternallyAccessible', s.k8s)
            ? 'may only be set for externally-accessible services'
            : "may only be set when `type` is 'NodePort' or 'LoadBalancer'",
        ),
      );
  }
  // A value other than Cluster or Local is the schema's enum error (with its case quick fix).
  const port = s.spec.healthCheckNodePort;
  const needsHealthCheck = s.type === 'LoadBalancer' && policy === 'Local';
  if (!isInt(port)) return errs;
  if (!needsHealthCheck) {
    if (port !== 0)
      errs.push(
        invalid(
          ['spec', 'healthCheckNodePort'],
          port,
          "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
        ),
      );
  } else if (port !== 0)
    // Zero is allocated a port by the API server before it validates.
    errs.push(
      ...isValidPortNum(port).map((m) => invalid(['spec', 'healthCheckNodePort'], port, m)),
    );
  return errs;
}

/** `validateServiceTrafficDistribution`: PreferClose; PreferSameZone and PreferSameNode from 1.34. */
function validateServiceTrafficDistribution(s: ServiceView): ErrorList {
  const value = s.spec.trafficDistribution;
  // Served from 1.30, where its gate is off and the API server drops it.
  if (typeof value !== 'string' || !fieldServed('ServiceSpec', 'trafficDistribution', s.k8s))
    return [];
  if (gateOffByDefault('ServiceTrafficDistribution', s.k8s)) return [];
  // PreferSameTrafficDistribution: alpha (off) in 1.33, beta (on) in 1.34.
  const supported = validationChanged('trafficDistributionPreferSame', s.k8s)
    ? ['PreferClose', 'PreferSameZone', 'PreferSameNode']
    : ['PreferClose'];
  return supported.includes(value)
    ? []
    : [unsupported(['spec', 'trafficDistribution'], value, supported)];
}

/** `validateLoadBalancerClassField` on create: a qualified name, on LoadBalancer Services only. */
function validateLoadBalancerClassField(s: ServiceView): ErrorList {
  const value = s.spec.loadBalancerClass;
  const at = ['spec', 'loadBalancerClass'];
  if (typeof value !== 'string') return [];
  if (s.type !== 'LoadBalancer')
    return [forbidden(at, "may only be used when `type` is 'LoadBalancer'")];
  return isQualifiedName(value).map((m) => invalid(at, value, m));
}

const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';

/**
 * The source ranges: `spec.loadBalancerSourceRanges` (or, without it, the annotation) only on a
 * LoadBalancer Service, each a CIDR (space-padding allowed). Up to 1.29 the whole list was one
 * error. Upstream names the field `spec.LoadBalancerSourceRanges`; it is reported where it is.
 */
function validateSourceRanges(s: ServiceView): ErrorList {
  const errs: ErrorList = [];
  const ranges = Array.isArray(s.spec.loadBalancerSourceRanges)
    ? s.spec.loadBalancerSourceRanges
    : [];
  const annotations = objOf(s.value, 'metadata').annotations;
  const notLB = s.type !== 'LoadBalancer';
  const onlyLB = "may only be used when `type` is 'LoadBalancer'";
  const oldStyle = !validationChanged('sourceRangesPerEntry', s.k8s);
  if (ranges.length) {
    const at = ['spec', 'loadBalancerSourceRanges'];
    if (notLB) errs.push(forbidden(at, onlyLB));
    if (oldStyle) {
      const bad = ranges.some((r) => typeof r === 'string' && isValidCIDR(r.trim()).length);
      if (bad) errs.push(invalid(at, `[${ranges.join(' ')}]`, LIST_MESSAGE));
      return errs;
    }
    ranges.forEach((r, i) => {
      if (typeof r === 'string') errs.push(...isValidCIDR(r.trim(), [...at, i]));
    });
    return errs;
  }
  if (!isObj(annotations) || !Object.hasOwn(annotations, SOURCE_RANGES_ANNOTATION)) return errs;
  const raw = annotations[SOURCE_RANGES_ANNOTATION];
  const at = ['metadata', 'annotations', SOURCE_RANGES_ANNOTATION];
  if (notLB) errs.push(forbidden(at, onlyLB));
  if (typeof raw !== 'string') return errs;
  const val = raw.trim();
  const parts = val === '' ? [] : val.split(',').map((p) => p.trim());
  if (oldStyle) {
    if (parts.some((p) => isValidCIDR(p).length)) errs.push(invalid(at, raw, LIST_MESSAGE));
  } else for (const p of parts) errs.push(...isValidCIDR(p, at));
  return errs;
}

const LIST_MESSAGE = 'must be a list of IP ranges. For example, 10.240.0.0/24,10.250.0.0/24 ';
const isValidCIDR = (value: string, path: Path = []) => isValidCIDRForLegacyField(path, value);

/** `validateService` (create): the whole Service spec, as the API server validates it. */
export function validateService(s: ServiceView): ErrorList {
  const { spec, type } = s;
  const errs: ErrorList = [];
  const annotations = objOf(s.value, 'metadata').annotations;
  const hints = 'service.kubernetes.io/topology-aware-hints';
  const mode = 'service.kubernetes.io/topology-mode';
  if (isObj(annotations) && Object.hasOwn(annotations, hints) && Object.hasOwn(annotations, mode))
    if (annotations[hints] !== annotations[mode] && typeof annotations[mode] === 'string')
      errs.push(
        invalid(
          ['metadata', 'annotations', mode],
          annotations[mode],
          `must match annotations[${hints}] when both are specified`,
        ),
      );

  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  if (!ports.length && !s.headless && type !== 'ExternalName')
    errs.push(required(['spec', 'ports']));
  if ((type === 'LoadBalancer' || type === 'NodePort') && s.headless)
    errs.push(
      invalid(
        [
          ...clusterIPsPath(spec),
          ...(Array.isArray(spec.clusterIPs) && spec.clusterIPs.length ? [0] : []),
        ],
        'None',
        `may not be set to 'None' for ${type} services`,
      ),
    );
  if (type === 'ExternalName') {
    if (s.clusterIPs.length)
      errs.push(forbidden(clusterIPsPath(spec), 'may not be set for ExternalName services'));
    if (Array.isArray(spec.ipFamilies) && spec.ipFamilies.length)
      errs.push(forbidden(['spec', 'ipFamilies'], 'may not be set for ExternalName services'));
    if (!unset(spec.ipFamilyPolicy))
      errs.push(forbidden(['spec', 'ipFamilyPolicy'], 'may not be set for ExternalName services'));
    const name = typeof spec.externalName === 'string' ? spec.externalName : '';
    // The value (a CNAME) may end with a dot, marking it fully qualified.
    const cname = name.endsWith('.') ? name.slice(0, -1) : name;
    if (cname)
      errs.push(
        ...isDNS1123Subdomain(cname).map((m) => invalid(['spec', 'externalName'], cname, m)),
      );
    else if (unset(spec.externalName) || typeof spec.externalName === 'string')
      errs.push(required(['spec', 'externalName']));
  }

  errs.push(...validateServicePorts(spec, type, s.k8s));
  if (isObj(spec.selector)) errs.push(...validateLabels(spec.selector, ['spec', 'selector']));

  // An unknown sessionAffinity, type, internalTrafficPolicy or port protocol is the schema's
  // enum error: the same values as upstream's NotSupported, and a case quick fix.
  if (spec.sessionAffinity === 'ClientIP')
    errs.push(...validateClientIPAffinityConfig(spec, ['spec', 'sessionAffinityConfig']));

  errs.push(...validateServiceClusterIPsRelatedFields(s));

  const externalIPs = Array.isArray(spec.externalIPs) ? spec.externalIPs : [];
  externalIPs.forEach((ip, i) => {
    if (typeof ip !== 'string') return;
    const at = ['spec', 'externalIPs', i];
    const bad = isValidIPForLegacyField(at, ip);
    errs.push(...(bad.length ? bad : validateEndpointIP(ip, at)));
  });

  errs.push(...validateSourceRanges(s));
  if (!unset(spec.allocateLoadBalancerNodePorts) && type !== 'LoadBalancer')
    errs.push(
      forbidden(
        ['spec', 'allocateLoadBalancerNodePorts'],
        "may only be used when `type` is 'LoadBalancer'",
      ),
    );
  errs.push(...validateLoadBalancerClassField(s));
  errs.push(...validateServiceExternalTrafficPolicy(s));
  errs.push(...validateServiceTrafficDistribution(s));
  return errs;
}

/**
 * Service spec rules (`ValidateServiceCreate`, errors) and the API server's warnings about a
 * Service (pkg/api/service/warnings.go `GetWarningsForService`).
 */
export const serviceSpec: RuleFamily = {
  ids: ['service-spec-invalid', 'service-api-warning'],
  object(ctx, report) {
    if (ctx.kind !== 'Service' || ctx.apiVersion !== 'v1') return;
    const s = serviceView(ctx.value, ctx.k8s);
    const base = { document: ctx.document };
    reportErrors(
      report,
      { ...base, ruleId: 'service-spec-invalid', severity: 'error' },
      validateService(s),
    );
    reportErrors(
      report,
      { ...base, ruleId: 'service-api-warning', severity: 'warning' },
      serviceWarnings(s),
    );
  },
};
