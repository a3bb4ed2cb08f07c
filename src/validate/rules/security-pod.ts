import { getPath } from '../../pod/view.ts';
import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, objOf, type Obj, type Report, type WorkloadContext } from '../context.ts';
import { validationChanged } from '../api-validation-changes.ts';
import {
  CONFINED,
  isPrivileged,
  nearest,
  serviceAccountOf,
  settable,
  tokenMounted,
} from './security-shared.ts';

// The pod-level checks of the security profile (security-profile.ts).

/** What one pod check sees: the pod, and each container's YAML beside its view. */
export interface PodCheck {
  ctx: WorkloadContext;
  containers: readonly { name: string; path: Path; raw: Obj }[];
  report: Report;
}

const SC = 'securityContext';

function finding(at: PodCheck, ruleId: string, path: Path, detail: string) {
  return { ruleId, severity: 'info' as const, document: at.ctx.document, path, detail };
}

const quoted = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(', ');

/** Polaris automountServiceAccountToken (the pod's field, else its ServiceAccount's, else true). */
export function automountToken(at: PodCheck): void {
  const { ctx } = at;
  if (!tokenMounted(ctx)) return;
  const own = ctx.spec.automountServiceAccountToken;
  const account = serviceAccountOf(ctx);
  const path = [
    ...ctx.pod.specPath,
    ...(own !== undefined
      ? ['automountServiceAccountToken']
      : typeof ctx.spec.serviceAccountName === 'string'
        ? ['serviceAccountName']
        : []),
  ];
  const why =
    own === true
      ? 'automountServiceAccountToken is true'
      : `automountServiceAccountToken is not false for the pod or for its ServiceAccount ${JSON.stringify(account.name)}`;
  at.report({
    ...finding(
      at,
      'security-automount-token',
      path,
      `every container gets a token for the Kubernetes API (${why}): whoever gets into one can call the API as the pod; set automountServiceAccountToken: false unless the app uses the API`,
    ),
    ...(settable(ctx.spec, ['automountServiceAccountToken'])
      ? { fix: 'disable-service-account-token' as const }
      : {}),
  });
}

/** The seccomp profile a securityContext (or a legacy annotation) sets: confined, Unconfined, none. */
function seccompOf(sc: Obj, annotation: unknown): 'confined' | 'Unconfined' | undefined {
  const type = objOf(sc, 'seccompProfile').type;
  if (typeof type === 'string' && CONFINED.has(type)) return 'confined';
  if (type === 'Unconfined') return 'Unconfined';
  // The legacy annotations still count when the field is not set (the API server copies them
  // into the fields of a new Pod); only a confining one is taken at its word.
  if (
    typeof annotation === 'string' &&
    /^(runtime\/default|docker\/default|localhost\/.+)$/.test(annotation)
  )
    return 'confined';
  return undefined;
}

/** Polaris linuxHardening, for its seccomp part (and Pod Security restricted's seccomp control). */
export function seccomp(at: PodCheck): void {
  const { ctx } = at;
  const meta = getPath(ctx.value, [...ctx.pod.templatePath, 'metadata']);
  const annotations = objOf(meta, 'annotations');
  const podSc = objOf(ctx.spec, SC);
  const pod = seccompOf(podSc, annotations['seccomp.security.alpha.kubernetes.io/pod']);
  const open: string[] = [];
  for (const c of at.containers) {
    if (isPrivileged(c.raw)) continue; // privileged runs unconfined anyway: sc-privileged
    const sc = objOf(c.raw, SC);
    const own = seccompOf(
      sc,
      annotations[`container.seccomp.security.alpha.kubernetes.io/${c.name}`],
    );
    if (own === 'confined') continue;
    if (own === 'Unconfined' && objOf(sc, 'seccompProfile').type === 'Unconfined') {
      at.report({
        ...finding(
          at,
          'security-seccomp-missing',
          [...c.path, SC, 'seccompProfile', 'type'],
          "seccompProfile is Unconfined: the container's system calls are not filtered, so a process can reach every kernel interface; use RuntimeDefault (the runtime's profile blocks the ones containers do not need)",
        ),
        fix: 'set-seccomp-runtime-default',
      });
      continue;
    }
    if (pod !== 'confined') open.push(c.name);
  }
  if (!open.length) return;
  const all = open.length === at.containers.filter((c) => !isPrivileged(c.raw)).length;
  const whose = all ? 'the pod' : `containers ${quoted(open)}`;
  const unconfined = pod === 'Unconfined';
  const path = nearest(ctx.spec, ctx.pod.specPath, [SC, 'seccompProfile', 'type']);
  at.report({
    ...finding(
      at,
      'security-seccomp-missing',
      path,
      `${unconfined ? `the pod's seccompProfile is Unconfined` : `no seccomp profile for ${whose}`}: system calls are not filtered, so a process can reach every kernel interface; set securityContext.seccompProfile.type: RuntimeDefault for the pod (the runtime's profile blocks the calls containers do not need)`,
    ),
    ...(settable(ctx.spec, [SC, 'seccompProfile', 'type'])
      ? { fix: 'set-seccomp-runtime-default' as const }
      : {}),
  });
}

/** The sysctls the kubelet allows by default (pkg/kubelet/sysctl/safe_sysctls.go), by version. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  // Safe in the kubelet's current list; the version that added them is not pinned down here, so
  // they count as safe everywhere (a miss on an old cluster rather than a false alarm).
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);
const SAFE_SINCE_1_29 = new Set([
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

/** A sysctl name with `/` separators (`net/ipv4/ip_forward`) in its dotted form. */
function sysctlName(name: string): string {
  const slash = name.indexOf('/');
  const dot = name.indexOf('.');
  if (slash === -1 || (dot !== -1 && dot < slash)) return name;
  return name.replace(/[./]/g, (c) => (c === '/' ? '.' : '/'));
}

/** kube-linter unsafe-sysctls (which flags every kernel.shm*, kernel.msg*, kernel.sem*, fs.mqueue.*, net.* one). */
export function unsafeSysctls(at: PodCheck): void {
  const { ctx } = at;
  listOf(objOf(ctx.spec, SC).sysctls).forEach((entry, i) => {
    const name = isObj(entry) ? entry.name : undefined;
    if (typeof name !== 'string' || !name) return;
    const dotted = sysctlName(name);
    if (
      SAFE_SYSCTLS.has(dotted) ||
      (SAFE_SINCE_1_29.has(dotted) && validationChanged('safeSysctlsTcpKeepalive', ctx.k8s))
    )
      return;
    at.report(
      finding(
        at,
        'security-unsafe-sysctl',
        [...ctx.pod.specPath, SC, 'sysctls', i, 'name'],
        `${JSON.stringify(name)} is not one of the sysctls Kubernetes counts as safe (namespaced, and isolated from other pods): the kubelet refuses the pod unless its node allows it (--allowed-unsafe-sysctls); set it on the node, or keep to the safe sysctls`,
      ),
    );
  });
}

/** Polaris hostProcess, for the pod's setting. */
export function podHostProcess(at: PodCheck): boolean {
  const { ctx } = at;
  if (objOf(objOf(ctx.spec, SC), 'windowsOptions').hostProcess !== true) return false;
  at.report(
    finding(
      at,
      'security-host-process',
      [...ctx.pod.specPath, SC, 'windowsOptions', 'hostProcess'],
      "hostProcess: every container runs as a process on the Windows node, with the node's network and file system; run them as normal containers unless the pod manages the node",
    ),
  );
  return true;
}

/** kube-linter run-as-non-root (its runAsGroup half), for the pod's runAsGroup. */
export function podRunAsGroupRoot(at: PodCheck): void {
  const { ctx } = at;
  if (objOf(ctx.spec, SC).runAsGroup !== 0) return;
  const inheriting = at.containers.filter((c) => objOf(c.raw, SC).runAsGroup === undefined);
  if (!inheriting.length) return;
  at.report(
    finding(
      at,
      'security-run-as-group-root',
      [...ctx.pod.specPath, SC, 'runAsGroup'],
      "runAsGroup is 0: the pod's processes run in the root group and can use every file the group may; use a group ID of 1 or more",
    ),
  );
}
