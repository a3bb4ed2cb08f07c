import { parseQuantity } from '../../pod/quantity.ts';
import { canonicalQuantity, isWholeQuantity } from '../../pod/quantity-api.ts';
import { getPath } from '../../pod/view.ts';
import { formatPath, type Path } from '../../yaml/path.ts';
import { isValidLabelValue } from '../apimachinery.ts';
import {
  entryOf,
  isObj,
  listOf,
  objOf,
  type Obj,
  type RuleFamily,
  type WorkloadContext,
} from '../context.ts';
import { reportErrors, type ErrorList } from '../field.ts';
import { warningsForIP } from '../ip.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { templateAbsent } from './pod.ts';
import { overlappingPathWarnings, volumeTypeWarnings } from './pod-warnings-volumes.ts';
import {
  APPARMOR_CONTAINER,
  appArmorFieldForAnnotation,
  SECCOMP_CONTAINER,
  SECCOMP_POD,
} from './security-context-annotations.ts';
import { isSet, specContainers } from './each.ts';

// The API server's warnings about a pod or pod template (warningsForPodSpecAndMeta in
// pkg/api/pod/warnings.go, Kubernetes 1.34.1, openshift/openshift-apiserver@56aa2d96e; older
// releases as listed in pod-warnings-volumes.ts, where they differ the warning follows ctx.k8s).
// Reported elsewhere, not here: fractional container requests/limits and overhead memory
// (resources.ts), duplicate env names (env.ts), duplicate port definitions and port names
// (ports.ts).

/** `deprecatedNodeLabels` of pkg/api/node/util.go. */
const DEPRECATED_NODE_LABELS: Record<string, string> = {
  'beta.kubernetes.io/arch': 'deprecated since v1.14; use "kubernetes.io/arch" instead',
  'beta.kubernetes.io/os': 'deprecated since v1.14; use "kubernetes.io/os" instead',
  'failure-domain.beta.kubernetes.io/region':
    'deprecated since v1.17; use "topology.kubernetes.io/region" instead',
  'failure-domain.beta.kubernetes.io/zone':
    'deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
  'beta.kubernetes.io/instance-type':
    'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
  'app.kubernetes.io/created-by': 'deprecated since v1.9',
  'scheduler.alpha.kubernetes.io/preferAvoidPods':
    'deprecated since v1.22; use Taints and Tolerations instead',
  'node-role.kubernetes.io/master': 'use "node-role.kubernetes.io/control-plane" instead',
};

const DEPRECATED_ANNOTATIONS: [string, string][] = [
  [
    'scheduler.alpha.kubernetes.io/critical-pod',
    'non-functional in v1.16+; use the "priorityClassName" field instead',
  ],
  [
    'security.alpha.kubernetes.io/sysctls',
    'non-functional in v1.11+; use the "sysctls" field instead',
  ],
  [
    'security.alpha.kubernetes.io/unsafe-sysctls',
    'non-functional in v1.11+; use the "sysctls" field instead',
  ],
];

const SECCOMP_WARNING = 'non-functional in v1.27+; use the "seccompProfile" field instead';
const APPARMOR_WARNING = 'deprecated since v1.30; use the "appArmorProfile" field instead';
const NULL_SELECTOR = 'a null labelSelector results in matching no pod';

/** `GetWarningsForNodeSelectorTerm`: deprecated keys, and (`checkValues`, 1.33+) invalid values. */
export function nodeSelectorTermWarnings(
  term: unknown,
  path: Path,
  checkValues: boolean,
): ErrorList {
  const out: ErrorList = [];
  listOf((isObj(term) ? term : {}).matchExpressions).forEach((e, j) => {
    if (!isObj(e)) return;
    const at = [...path, 'matchExpressions', j];
    const msg = typeof e.key === 'string' ? entryOf(DEPRECATED_NODE_LABELS, e.key) : undefined;
    if (msg) out.push({ path: [...at, 'key'], detail: `${e.key as string} is ${msg}` });
    if (checkValues)
      listOf(e.values).forEach((v, k) => {
        if (typeof v === 'string')
          for (const m of isValidLabelValue(v))
            out.push({ path: [...at, 'values', k], detail: `${v} is invalid, ${m}` });
      });
  });
  return out;
}

const sameProfile = (a: Obj, b: { type: string; localhostProfile?: string } | undefined) =>
  b !== undefined &&
  a.type === b.type &&
  (a.localhostProfile ?? null) === (b.localhostProfile ?? null);

/** The deprecated seccomp and AppArmor annotations that stand without their field. */
function securityAnnotationWarnings(ctx: WorkloadContext, annotationsPath: Path): ErrorList {
  const { spec, k8s, pod } = ctx;
  const annotations = objOf(getPath(ctx.value, [...pod.templatePath, 'metadata']), 'annotations');
  const out: ErrorList = [];
  const has = (key: string) => Object.hasOwn(annotations, key);
  const podContext = objOf(spec, 'securityContext');
  if (!isSet(podContext.seccompProfile) && has(SECCOMP_POD))
    out.push({ path: [...annotationsPath, SECCOMP_POD], detail: SECCOMP_WARNING });
  const podProfile = isObj(podContext.appArmorProfile) ? podContext.appArmorProfile : undefined;
  // A bare Pod's are emitted by applyAppArmorVersionSkew, which skips Windows pods.
  const isPod = pod.templatePath.length === 0;
  const appArmor =
    validationChanged('appArmorAnnotationWarning', k8s) &&
    !(isPod && objOf(spec, 'os').name === 'windows');
  for (const { raw: c } of specContainers(spec, pod.specPath)) {
    if (typeof c.name !== 'string') continue;
    const sc = objOf(c, 'securityContext');
    const seccompKey = `${SECCOMP_CONTAINER}${c.name}`;
    if (!isSet(sc.seccompProfile) && has(seccompKey))
      out.push({ path: [...annotationsPath, seccompKey], detail: SECCOMP_WARNING });
    const key = `${APPARMOR_CONTAINER}${c.name}`;
    const value = annotations[key];
    if (!appArmor || isSet(sc.appArmorProfile) || typeof value !== 'string') continue;
    // Through 1.33 a pod-level profile silenced the warning; from 1.34 only one that matches.
    const covered = validationChanged('appArmorWarningMatchingProfile', k8s)
      ? podProfile !== undefined && sameProfile(podProfile, appArmorFieldForAnnotation(value))
      : podProfile !== undefined;
    if (!covered) out.push({ path: [...annotationsPath, key], detail: APPARMOR_WARNING });
  }
  return out;
}

/** A port as Go's `%+v` prints the defaulted `api.ContainerPort`. */
function portText(p: Obj, hostPort: number): string {
  const protocol = typeof p.protocol === 'string' && p.protocol ? p.protocol : 'TCP';
  return `{Name:${typeof p.name === 'string' ? p.name : ''} HostPort:${hostPort} ContainerPort:${String(p.containerPort)} Protocol:${protocol} HostIP:${typeof p.hostIP === 'string' ? p.hostIP : ''}}`;
}

/**
 * The port warnings ports.ts does not give (1.28+): a hostIP without a hostPort, and a port
 * declared again with a different host mapping (overlapping, or dangerously ambiguous). With
 * hostNetwork the API first defaults each hostPort to its containerPort.
 */
function portWarnings(spec: Obj, specPath: Path): ErrorList {
  const out: ErrorList = [];
  const seen = new Map<string, { path: Path; hostIP: string; hostPort: number }[]>();
  for (const { raw: c, path } of specContainers(spec, specPath))
    listOf(c.ports).forEach((p, i) => {
      if (!isObj(p) || typeof p.containerPort !== 'number') return;
      const at = [...path, 'ports', i];
      const hostIP = typeof p.hostIP === 'string' ? p.hostIP : '';
      let hostPort = typeof p.hostPort === 'number' ? p.hostPort : 0;
      if (spec.hostNetwork === true && hostPort === 0) hostPort = p.containerPort;
      if (hostIP !== '' && hostPort === 0)
        out.push({ path: at, detail: `hostIP set without hostPort: ${portText(p, hostPort)}` });
      const key = `${p.containerPort}/${typeof p.protocol === 'string' && p.protocol ? p.protocol : 'TCP'}`;
      const others = seen.get(key) ?? [];
      for (const o of others) {
        const where = formatPath(o.path);
        if (hostIP === o.hostIP && hostPort === o.hostPort) continue; // ports.ts: duplicate
        if (hostPort === 0 || o.hostPort === 0)
          out.push({ path: at, detail: `overlapping port definition with ${where}` });
        else if (hostPort === o.hostPort && (hostIP === '') !== (o.hostIP === ''))
          out.push({ path: at, detail: `dangerously ambiguous port definition with ${where}` });
      }
      seen.set(key, [...others, { path: at, hostIP, hostPort }]);
    });
  return out;
}

/** `warningsForPodAffinityTerms` / `warningsForWeightedPodAffinityTerms` (1.28+). */
function affinityTermWarnings(spec: Obj, specPath: Path): ErrorList {
  const out: ErrorList = [];
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const affinity = objOf(objOf(spec, 'affinity'), kind);
    const at = [...specPath, 'affinity', kind];
    listOf(affinity.requiredDuringSchedulingIgnoredDuringExecution).forEach((t, i) => {
      if (isObj(t) && !isSet(t.labelSelector))
        out.push({
          path: [...at, 'requiredDuringSchedulingIgnoredDuringExecution', i, 'labelSelector'],
          detail: NULL_SELECTOR,
        });
    });
    listOf(affinity.preferredDuringSchedulingIgnoredDuringExecution).forEach((t, i) => {
      if (isObj(t) && !isSet(objOf(t, 'podAffinityTerm').labelSelector))
        out.push({
          path: [
            ...at,
            'preferredDuringSchedulingIgnoredDuringExecution',
            i,
            'podAffinityTerm',
            'labelSelector',
          ],
          detail: NULL_SELECTOR,
        });
    });
  }
  return out;
}

/** `warningsForPodSpecAndMeta`, less what other families report (see the file comment). */
export function podWarnings(ctx: WorkloadContext): ErrorList {
  const { spec, k8s, pod } = ctx;
  const sp = pod.specPath;
  const annotationsPath = [...pod.templatePath, 'metadata', 'annotations'];
  const out: ErrorList = [];
  for (const key of Object.keys(objOf(spec, 'nodeSelector'))) {
    const msg = entryOf(DEPRECATED_NODE_LABELS, key);
    if (msg) out.push({ path: [...sp, 'nodeSelector', key], detail: msg });
  }
  const nodeAffinity = objOf(objOf(spec, 'affinity'), 'nodeAffinity');
  const required = objOf(nodeAffinity, 'requiredDuringSchedulingIgnoredDuringExecution');
  const nodePath = [...sp, 'affinity', 'nodeAffinity'];
  listOf(required.nodeSelectorTerms).forEach((term, i) =>
    out.push(
      ...nodeSelectorTermWarnings(
        term,
        [...nodePath, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms', i],
        false,
      ),
    ),
  );
  listOf(nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution).forEach((t, i) =>
    out.push(
      ...nodeSelectorTermWarnings(
        objOf(t, 'preference'),
        [...nodePath, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'preference'],
        validationChanged('nodeSelectorValueWarnings', k8s),
      ),
    ),
  );
  listOf(spec.topologySpreadConstraints).forEach((t, i) => {
    if (!isObj(t)) return;
    const at = [...sp, 'topologySpreadConstraints', i];
    const msg =
      typeof t.topologyKey === 'string'
        ? entryOf(DEPRECATED_NODE_LABELS, t.topologyKey)
        : undefined;
    if (msg)
      out.push({ path: [...at, 'topologyKey'], detail: `${t.topologyKey as string} is ${msg}` });
    if (validationChanged('nullTopologySpreadSelectorWarning', k8s) && !isSet(t.labelSelector))
      out.push({ path: [...at, 'labelSelector'], detail: NULL_SELECTOR });
  });
  const annotations = objOf(getPath(ctx.value, [...pod.templatePath, 'metadata']), 'annotations');
  for (const [key, message] of DEPRECATED_ANNOTATIONS)
    if (Object.hasOwn(annotations, key))
      out.push({ path: [...annotationsPath, key], detail: message });

  out.push(...volumeTypeWarnings(spec.volumes, [...sp, 'volumes'], k8s));
  out.push(...overlappingPathWarnings(spec.volumes, [...sp, 'volumes'], k8s));
  out.push(...duplicateWarnings(spec, sp));
  const storage = objOf(spec, 'overhead')['ephemeral-storage'];
  const q = parseQuantity(storage);
  if (q && !isWholeQuantity(q))
    out.push({
      path: [...sp, 'overhead', 'ephemeral-storage'],
      detail: `fractional byte value ${JSON.stringify(canonicalQuantity(storage))} is invalid, must be an integer`,
    });
  out.push(...securityAnnotationWarnings(ctx, annotationsPath));
  if (validationChanged('hostPortWarnings', k8s)) out.push(...portWarnings(spec, sp));
  const grace = spec.terminationGracePeriodSeconds;
  if (typeof grace === 'number' && grace < 0)
    out.push({
      path: [...sp, 'terminationGracePeriodSeconds'],
      detail: 'must be >= 0; negative values are invalid and will be treated as 1',
    });
  if (validationChanged('podAffinityTermWarnings', k8s))
    out.push(...affinityTermWarnings(spec, sp));
  if (validationChanged('deprecatedIPWarnings', k8s)) out.push(...ipWarnings(spec, sp));
  return out;
}

/** Duplicate hostAliases IPs and imagePullSecrets, and imagePullSecrets without a name. */
function duplicateWarnings(spec: Obj, sp: Path): ErrorList {
  const out: ErrorList = [];
  const ips = new Set<string>();
  listOf(spec.hostAliases).forEach((a, i) => {
    const ip = isObj(a) ? a.ip : undefined;
    if (typeof ip !== 'string') return;
    if (ips.has(ip))
      out.push({
        path: [...sp, 'hostAliases', i, 'ip'],
        detail: `duplicate ip ${JSON.stringify(ip)}`,
      });
    else ips.add(ip);
  });
  // A missing name is Go's empty string; a name of another type is the schema's.
  const names = listOf(spec.imagePullSecrets).map((s) =>
    isObj(s) ? (typeof s.name === 'string' ? s.name : isSet(s.name) ? undefined : '') : undefined,
  );
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name === undefined) return;
    const at = [...sp, 'imagePullSecrets', i, 'name'];
    if (seen.has(name)) out.push({ path: at, detail: `duplicate name ${JSON.stringify(name)}` });
    else seen.add(name);
  });
  names.forEach((name, i) => {
    if (name === '')
      out.push({ path: [...sp, 'imagePullSecrets', i, 'name'], detail: 'invalid empty name ""' });
  });
  return out;
}

/** Deprecated IP address forms in dnsConfig.nameservers and hostAliases (1.33+). */
function ipWarnings(spec: Obj, sp: Path): ErrorList {
  const out: ErrorList = [];
  listOf(objOf(spec, 'dnsConfig').nameservers).forEach((ns, i) => {
    const path = [...sp, 'dnsConfig', 'nameservers', i];
    if (typeof ns === 'string')
      for (const w of warningsForIP(ns, true)) out.push({ path, detail: w });
  });
  listOf(spec.hostAliases).forEach((a, i) => {
    const ip = isObj(a) ? a.ip : undefined;
    const path = [...sp, 'hostAliases', i, 'ip'];
    if (typeof ip === 'string')
      for (const w of warningsForIP(ip, true)) out.push({ path, detail: w });
  });
  return out;
}

/** The API server's warnings about each workload's pod (severity warning: it takes the object). */
export const podApiWarnings: RuleFamily = {
  ids: ['pod-api-warning'],
  workload(ctx, report) {
    if (templateAbsent(ctx)) return;
    reportErrors(
      report,
      { ruleId: 'pod-api-warning', severity: 'warning', document: ctx.document },
      podWarnings(ctx),
    );
  },
};
