import type { PodView, Role } from '../pod/types.ts';

/** Whose processes one container sees. */
export interface ProcessVisibility {
  container: string;
  role: Role;
  /** The other containers of the pod whose processes it sees (the pod's, not the node's). */
  sees: string[];
}

/** Which containers see each other's processes, and what that exposes. */
export interface ProcessMap {
  /**
   * `own`: each container has its own process namespace; `shared`: shareProcessNamespace, one
   * namespace for the pod; `host`: hostPID, the node's namespace.
   */
  mode: 'own' | 'shared' | 'host';
  summary: string;
  visibility: ProcessVisibility[];
  /** What a container can do to the processes it sees, in sentences. */
  exposures: string[];
}

const q = (s: string) => JSON.stringify(s);

/** The processes of another container one process can reach, and under which condition. */
const EXPOSURES = (whose: string) => [
  `Environment: ${whose} environment variables, Secrets passed as env included, are readable in /proc/<pid>/environ.`,
  `Filesystem: ${whose} files, its image and mounted volumes and Secrets included, are reachable through /proc/<pid>/root.`,
  `Signals: ${whose} processes can be sent signals (kill, SIGHUP to reload, SIGSTOP), and their command lines read in /proc/<pid>/cmdline.`,
  'Reading /proc/<pid>/environ and /proc/<pid>/root takes the same user ID as the target process or CAP_SYS_PTRACE; signalling takes the same user ID or CAP_KILL. Containers running as root can do all of it.',
];

/**
 * The process view of a pod. With `shareProcessNamespace` every container sees the processes of
 * all the others running at the same time (a regular init container sees the native sidecars
 * started before it), PID 1 is the pause process, and a container can read another's environment
 * (`/proc/<pid>/environ`), reach its filesystem (`/proc/<pid>/root`) and signal it. With hostPID it
 * sees the node's processes. Otherwise each container sees only its own processes. `pod` is the pod
 * as the target version runs it.
 */
export function processMap(pod: PodView): ProcessMap {
  const { shareProcessNamespace, hostPID } = pod.namespaces;
  const concurrent = pod.containers.filter((c) => c.role !== 'init');
  if (hostPID) {
    const both = shareProcessNamespace
      ? ' The API refuses shareProcessNamespace together with hostPID.'
      : '';
    return {
      mode: 'host',
      summary: `The containers use the node's process namespace (hostPID): each sees every process of the node, other pods' containers included, and the node sees theirs.${both}`,
      visibility: pod.containers.map((c) => ({
        container: c.name,
        role: c.role,
        sees: concurrent.filter((o) => o !== c).map((o) => o.name),
      })),
      exposures: EXPOSURES("every process of the node (other pods' too):"),
    };
  }
  if (!shareProcessNamespace)
    return {
      mode: 'own',
      summary: 'Each container sees only its own processes.',
      visibility: pod.containers.map((c) => ({ container: c.name, role: c.role, sees: [] })),
      exposures: [],
    };
  const visibility = pod.containers.map((c, i) => ({
    container: c.name,
    role: c.role,
    // A regular init container runs alone, after the native sidecars listed before it started.
    sees:
      c.role === 'init'
        ? pod.containers
            .slice(0, i)
            .filter((o) => o.role !== 'init')
            .map((o) => o.name)
        : concurrent.filter((o) => o !== c).map((o) => o.name),
  }));
  const names = concurrent.map((c) => q(c.name));
  const who =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} see each other's processes`
      : names.length === 1
        ? `${names[0]} sees only its own processes and the pause process`
        : 'no container runs';
  return {
    mode: 'shared',
    summary: `The containers share one process namespace (shareProcessNamespace): ${who}. PID 1 is the pause process (the pod's sandbox), not a container's entrypoint.`,
    visibility,
    exposures: EXPOSURES("another container's"),
  };
}
