import type { Path } from '../yaml/path.ts';
import { HANDLERS, setHandler, type HandlerKind } from './handlers.ts';

/** The two lifecycle hooks of a container, by their YAML keys under `lifecycle`. */
export const HOOKS = ['postStart', 'preStop'] as const;
export type HookKey = (typeof HOOKS)[number];

/** What Kubernetes gives a pod to stop when `terminationGracePeriodSeconds` is not set. */
export const DEFAULT_GRACE_PERIOD = 30;

/**
 * The handlers a hook form offers. tcpSocket is deprecated for hooks (the kubelet does not run
 * it), so it is offered only while the hook already uses it, to be seen and replaced.
 */
export function hookChoices(current: HandlerKind | undefined): HandlerKind[] {
  return HANDLERS.hook.filter((k) => k !== 'tcpSocket' || current === 'tcpSocket');
}

/**
 * Why `seconds` is not acceptable for a `sleep` hook, or `undefined`. The API server requires a
 * sleep shorter than the pod's grace period: the pod would be killed before the sleep ends.
 *
 * @param gracePeriod the pod's `terminationGracePeriodSeconds` (default 30)
 */
export function sleepProblem(
  seconds: number,
  gracePeriod = DEFAULT_GRACE_PERIOD,
): string | undefined {
  if (!Number.isInteger(seconds)) return 'Enter a whole number.';
  if (seconds < 1) return 'Must be at least 1 second.';
  if (seconds > gracePeriod)
    return `Must be at most the pod's terminationGracePeriodSeconds (${gracePeriod}).`;
  return undefined;
}

/**
 * Chooses a lifecycle hook's handler (exec, httpGet, tcpSocket, sleep), or with `null` removes the
 * hook, and `lifecycle` when it is left empty. Switching handlers keeps the hook's other fields.
 */
export function setHookHandler(
  text: string,
  op: { document: number; container: Path; hook: HookKey; kind: HandlerKind | null },
): string {
  return setHandler(text, {
    document: op.document,
    path: [...op.container, 'lifecycle', op.hook],
    container: op.container,
    family: 'hook',
    kind: op.kind,
  });
}
