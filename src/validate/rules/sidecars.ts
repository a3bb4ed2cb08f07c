import { WORKLOADS } from '../../pod/kinds.ts';
import { formatPath } from '../../yaml/path.ts';
import { isObj, listOf, objOf, quote, type Obj, type Report, type RuleFamily } from '../context.ts';
import type { WorkloadContext } from '../context.ts';
import { nativeSidecarsOn } from '../versions.ts';
import { isSet, podContainers, type PodContainer } from './each.ts';
import {
  appStopsSidecars,
  commandLine,
  containerText,
  imageName,
  isProxy,
  isSecretsAgent,
  mentionsLocalhost,
  neverExits,
} from './running.ts';

// Runtime rules about init containers and sidecars (KEP-753, website "Sidecar containers"): what the
// API accepts but leaves a pod stuck in Init, a Job that never completes, or a startup race.

/** A regular init container that never exits: the pod never gets past Init. */
function longRunningInit(ctx: WorkloadContext, all: PodContainer[], report: Report): void {
  for (const { view, raw } of all) {
    if (view.role !== 'init') continue;
    const found = neverExits(raw);
    if (!found) continue;
    report({
      ruleId: 'init-container-long-running',
      severity: 'warning',
      document: ctx.document,
      path: [...view.path, found.field],
      detail: `never exits (${found.why}): init containers run one after another to completion, so the pod stays in Init and its app containers never start; let it finish, or make it a native sidecar with restartPolicy: Always`,
    });
  }
}

/** Native sidecars on a cluster that does not run them (SidecarContainers: alpha 1.28, beta 1.29). */
function sidecarVersion(ctx: WorkloadContext, all: PodContainer[], report: Report): void {
  if (nativeSidecarsOn(ctx.k8s)) return;
  const old = ctx.k8s === '1.27';
  for (const { view } of all) {
    if (view.role !== 'native-sidecar') continue;
    report({
      ruleId: 'sidecar-requires-1-29',
      severity: old ? 'error' : 'warning',
      document: ctx.document,
      path: [...view.path, 'restartPolicy'],
      detail: old
        ? 'Kubernetes 1.27 has no restartPolicy on containers (strict decoding error: unknown field); native sidecars need Kubernetes 1.29 or newer'
        : 'Kubernetes 1.28 silently drops this field (the SidecarContainers feature gate is off by default), so this sidecar runs as a regular init container and the pod waits for it to exit; native sidecars need Kubernetes 1.29 or newer',
    });
  }
}

// Init containers that set up the pod's network for a mesh proxy: they must run before it.
const NETWORK_SETUP = /iptables|proxy-init|istio-init|linkerd-init|istio-cni/;

function declaredPorts(c: Obj): number[] {
  return listOf(c.ports)
    .map((p) => (isObj(p) ? p.containerPort : undefined))
    .filter((p): p is number => typeof p === 'number');
}

/**
 * Whether a regular init container looks like it needs a sidecar to be running: it connects to
 * localhost and the sidecar is a proxy or serves a port the init container names, or the sidecar is
 * a secrets agent writing into a volume the init container mounts.
 */
function dependsOn(init: PodContainer, sidecar: PodContainer): boolean {
  const text = containerText(init.raw);
  if (NETWORK_SETUP.test(`${imageName(init.raw.image)} ${init.view.name} ${commandLine(init.raw)}`))
    return false;
  if (mentionsLocalhost(text)) {
    if (isProxy(sidecar.raw)) return true;
    if (declaredPorts(sidecar.raw).some((p) => new RegExp(`\\b${p}\\b`).test(text))) return true;
  }
  if (isSecretsAgent(sidecar.raw)) {
    const volumes = new Set(init.view.mounts.map((m) => m.volume));
    return sidecar.view.mounts.some((m) => volumes.has(m.volume));
  }
  return false;
}

/**
 * Startup order around native sidecars: init containers start strictly in list order, so one that
 * needs a sidecar must come after it (warning); and the kubelet moves on from a sidecar once its
 * startupProbe passes (or as soon as it starts, without one), so a sidecar others need should have
 * a startupProbe (info).
 */
function startupOrdering(ctx: WorkloadContext, all: PodContainer[], report: Report): void {
  if (!nativeSidecarsOn(ctx.k8s)) return;
  const inits = all.filter((c) => c.view.list === 'initContainers');
  inits.forEach((init, i) => {
    if (init.view.role !== 'init') return;
    const later = inits
      .slice(i + 1)
      .find((s) => s.view.role === 'native-sidecar' && dependsOn(init, s));
    if (!later) return;
    report({
      ruleId: 'sidecar-startup-ordering',
      severity: 'warning',
      document: ctx.document,
      path: init.view.path,
      detail: `runs before the native sidecar ${quote(later.view.name)} (${formatPath(later.view.path)}) it seems to need: init containers start strictly in list order, so it starts while the sidecar is not running yet; move it after the sidecar`,
    });
  });
  inits.forEach((sidecar, i) => {
    if (sidecar.view.role !== 'native-sidecar') return;
    if (isSet(sidecar.raw.startupProbe) || isSet(objOf(sidecar.raw, 'lifecycle').postStart)) return;
    const needed =
      isProxy(sidecar.raw) ||
      isSecretsAgent(sidecar.raw) ||
      inits.slice(i + 1).some((c) => c.view.role === 'init' && dependsOn(c, sidecar));
    if (!needed) return;
    report({
      ruleId: 'sidecar-startup-ordering',
      severity: 'info',
      document: ctx.document,
      path: sidecar.view.path,
      detail:
        'has no startupProbe: the containers after it start as soon as its process starts, possibly before it is ready (the kubelet waits for a sidecar’s startupProbe, not its readinessProbe); add a startupProbe',
    });
  });
}

/** A Job whose pod has a classic sidecar that never exits: the pod, and so the Job, never completes. */
function jobSidecars(ctx: WorkloadContext, all: PodContainer[], report: Report): void {
  if (!WORKLOADS[ctx.pod.kind].runsToCompletion) return;
  const apps = all.filter((c) => c.view.list === 'containers');
  if (apps.length < 2) return;
  const raws = apps.map((c) => c.raw);
  if (appStopsSidecars(raws, ctx.spec.shareProcessNamespace === true)) return;
  const main = apps.find((c) => c.view.role === 'main');
  const native = nativeSidecarsOn(ctx.k8s);
  for (const { view, raw } of apps) {
    if (view.role !== 'sidecar') continue;
    const found = neverExits(raw);
    if (!found) continue;
    const after = main
      ? `after the main container ${quote(main.view.name)} exits`
      : 'after the job is done';
    report({
      ruleId: 'job-classic-sidecar-never-exits',
      severity: 'warning',
      document: ctx.document,
      path: view.path,
      detail:
        `keeps running ${after} (${found.why}), so the pod never completes and the ${ctx.pod.kind} never finishes; ` +
        (native
          ? 'make it a native sidecar (an initContainers entry with restartPolicy: Always): Kubernetes stops it once the main container is done'
          : 'native sidecars, which Kubernetes stops once the main container is done, need Kubernetes 1.29: until then the main container has to stop it'),
      ...(native ? { fix: 'convert-to-native-sidecar' as const } : {}),
    });
  }
}

/** Init containers and sidecars at runtime: blocking init containers, versions, ordering, Jobs. */
export const sidecars: RuleFamily = {
  ids: [
    'init-container-long-running',
    'sidecar-requires-1-29',
    'sidecar-startup-ordering',
    'job-classic-sidecar-never-exits',
  ],
  workload(ctx, report) {
    const all = podContainers(ctx);
    longRunningInit(ctx, all, report);
    sidecarVersion(ctx, all, report);
    startupOrdering(ctx, all, report);
    jobSidecars(ctx, all, report);
  },
};
