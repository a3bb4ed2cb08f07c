import type { ContainerView } from '../../pod/types.ts';
import { getPath } from '../../pod/view.ts';
import {
  isObj,
  listOf,
  objOf,
  type Obj,
  type Report,
  type RuleFamily,
  type WorkloadContext,
} from '../context.ts';

const RUNTIME_SOCKETS = new Set([
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
]);

// Node directories kube-linter's sensitive-host-mounts and Polaris consider dangerous to mount.
const SENSITIVE = new Set([
  '/',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/proc',
  '/root',
  '/run',
  '/sys',
  '/usr',
  '/var/run',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/kubelet',
]);

const HOST_NAMESPACES = [
  {
    field: 'hostNetwork',
    detail:
      "the pod uses the node's network: it sees every interface of the node and its ports clash with the node's own",
  },
  {
    field: 'hostPID',
    detail: 'the pod sees every process of the node, with their environment and files under /proc',
  },
  {
    field: 'hostIPC',
    detail: "the pod shares the node's IPC namespace: shared memory of other processes on the node",
  },
] as const;

/** A hostPath as the node sees it: trailing slashes dropped ("/etc/" is "/etc"). */
function normalize(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

function hostPathDetail(path: string, writers: readonly ContainerView[]): string {
  const where = normalize(path);
  const head = RUNTIME_SOCKETS.has(where)
    ? `hostPath ${JSON.stringify(path)} is the container runtime's socket: whoever can use it controls every container of the node, i.e. is root there`
    : SENSITIVE.has(where)
      ? `hostPath ${JSON.stringify(path)} is a sensitive node directory: a container that reaches it can read node secrets or take over the node`
      : `hostPath ${JSON.stringify(path)} ties the pod to the files of one node and reaches outside its sandbox; prefer a PersistentVolumeClaim, emptyDir or configMap`;
  const written = writers.length
    ? `; mounted read-write by ${writers.map((c) => JSON.stringify(c.name)).join(', ')}`
    : '';
  return head + written;
}

function runAsRoot(ctx: WorkloadContext, c: ContainerView, raw: Obj, report: Report): void {
  const podSc = objOf(ctx.spec, 'securityContext');
  const sc = objOf(raw, 'securityContext');
  const user = sc.runAsUser ?? podSc.runAsUser;
  const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
  if (typeof user === 'number' && user >= 1) return;
  if (user !== 0 && nonRoot === true) return;
  report({
    ruleId: 'sc-run-as-root',
    severity: 'info',
    document: ctx.document,
    path: [...c.path, 'securityContext', ...(sc.runAsUser === 0 ? ['runAsUser'] : [])],
    detail:
      user === 0
        ? 'runs as root (runAsUser: 0): a breakout from the container starts as root on the node; run as a user ID of 1 or more'
        : 'may run as root: neither runAsNonRoot: true nor a runAsUser of 1 or more is set for the pod or the container, so the image decides; set runAsNonRoot: true',
  });
}

/**
 * Best practice (info) about what the pod may do to its node, as Polaris and kube-linter flag it:
 * privileged containers, containers that may run as root, host namespaces, hostPath volumes
 * (runtime sockets and system directories above all), and what a shared process namespace
 * exposes between containers.
 */
export const privilege: RuleFamily = {
  ids: [
    'sc-privileged',
    'sc-run-as-root',
    'host-namespaces',
    'volume-hostpath-risk',
    'shareprocessnamespace-pitfalls',
  ],
  workload(ctx, report) {
    const { pod, spec, document } = ctx;
    // runAsNonRoot and runAsUser are Linux ideas; Windows pods use runAsUserName.
    const windows = objOf(spec, 'os').name === 'windows';
    for (const c of pod.containers) {
      const raw = getPath(ctx.value, c.path);
      if (!isObj(raw)) continue;
      if (objOf(raw, 'securityContext').privileged === true)
        report({
          ruleId: 'sc-privileged',
          severity: 'info',
          document,
          path: [...c.path, 'securityContext', 'privileged'],
          detail:
            "privileged: the container gets every capability and the node's devices, as root on the node would; add only the capabilities it needs",
        });
      if (!windows) runAsRoot(ctx, c, raw, report);
    }

    for (const ns of HOST_NAMESPACES)
      if (spec[ns.field] === true)
        report({
          ruleId: 'host-namespaces',
          severity: 'info',
          document,
          path: [...pod.specPath, ns.field],
          detail: ns.detail,
        });

    listOf(spec.volumes).forEach((v, i) => {
      if (!isObj(v) || !isObj(v.hostPath)) return;
      const path = v.hostPath.path;
      if (typeof path !== 'string' || path === '') return; // volume-source-required-fields
      const writers = pod.containers.filter((c) =>
        c.mounts.some((m) => m.volume === v.name && !m.readOnly),
      );
      report({
        ruleId: 'volume-hostpath-risk',
        severity: 'info',
        document,
        path: [...pod.specPath, 'volumes', i, 'hostPath', 'path'],
        detail: hostPathDetail(path, writers),
      });
    });

    if (spec.shareProcessNamespace === true)
      report({
        ruleId: 'shareprocessnamespace-pitfalls',
        severity: 'info',
        document,
        path: [...pod.specPath, 'shareProcessNamespace'],
        detail:
          "containers see each other's processes, with /proc/<pid>/environ (their environment, secrets included) and /proc/<pid>/root (their files); PID 1 is the pause process, not the app, so an app that expects to be PID 1 (signals, reaping children) behaves differently",
      });
  },
};
