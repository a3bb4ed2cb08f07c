import type { Path } from '../../yaml/path.ts';
import {
  inclusiveRangeError,
  isHTTPHeaderName,
  isValidPortName,
  isValidPortNum,
} from '../apimachinery.ts';
import { isObj, listOf, type Obj, type RuleFamily, type WorkloadContext } from '../context.ts';
import {
  forbidden,
  invalid,
  reportErrors,
  required,
  unsupported,
  type ErrorList,
} from '../field.ts';
import { minor, nativeSidecarsOn, type K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { API_GATES, gateOffByDefault, type GateName } from '../api-gates.ts';
import { isSet, podContainers, type PodContainer } from './each.ts';

// Lifecycle hooks and the actions of probes and hooks: validateLifecycle, validateHandler and the
// action checks it calls, validateSleepAction and validateStopSignal
// (pkg/apis/core/validation/validation.go, Kubernetes 1.34.1, vendored unmodified in
// openshift/openshift-apiserver@56aa2d96e). This family reports the hooks; container-fields.ts
// runs validateHandler over probes, whose handler count and numbers are the probes family's. An
// empty httpGet path or scheme is defaulted (SetDefaults_HTTPGetAction) and an unknown scheme is a
// schema enum error.

/**
 * True when the API of `version` keeps a field guarded by `gate`: the field is served from `since`
 * and the gate is not off by default there (api-gates.ts; while a gate is off the API server drops
 * its fields before validation, so nothing about them is checked).
 */
export function gateKeeps(gate: GateName, version: K8sVersion, since?: K8sVersion): boolean {
  if (since && minor(version) < minor(since)) return false;
  const facts: { offFrom?: K8sVersion; defaultOnFrom?: K8sVersion } = API_GATES[gate];
  const known = facts.offFrom !== undefined || facts.defaultOnFrom !== undefined;
  return known && gateOffByDefault(gate, version) === undefined;
}

/**
 * `ValidatePortNumOrName`: a number in 1–65535 or a port name. A missing port decodes as the
 * number 0 (so the API says `Invalid value: 0`, not the schema's `Required value`).
 */
export function validatePortNumOrName(port: unknown, path: Path): ErrorList {
  if (port === undefined || port === null) return [invalid(path, 0, inclusiveRangeError(1, 65535))];
  if (typeof port === 'number') return isValidPortNum(port).map((m) => invalid(path, port, m));
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(path, port, m));
  return [];
}

/** `validateExecAction`: a command to run. */
export function validateExecAction(exec: Obj, path: Path): ErrorList {
  const command = exec.command;
  if (command !== undefined && command !== null && !Array.isArray(command)) return [];
  return listOf(command).length ? [] : [required([...path, 'command'])];
}

/** `validateHTTPGetAction`: the port, and each header name (reported at `httpHeaders`, as upstream). */
export function validateHTTPGetAction(http: Obj, path: Path): ErrorList {
  const errs = validatePortNumOrName(http.port, [...path, 'port']);
  for (const header of listOf(http.httpHeaders)) {
    const name = isObj(header) ? header.name : undefined;
    if (typeof name !== 'string') continue;
    for (const m of isHTTPHeaderName(name)) errs.push(invalid([...path, 'httpHeaders'], name, m));
  }
  return errs;
}

/** `validateTCPSocketAction`. */
export function validateTCPSocketAction(tcp: Obj, path: Path): ErrorList {
  return validatePortNumOrName(tcp.port, [...path, 'port']);
}

/** `validateGRPCAction`: the port is a number (a missing one is 0). */
export function validateGRPCAction(grpc: Obj, path: Path): ErrorList {
  const port = grpc.port ?? 0;
  return typeof port === 'number' ? validatePortNumOrName(port, [...path, 'port']) : [];
}

/**
 * `validateSleepAction`: 0 < seconds ≤ the pod's terminationGracePeriodSeconds, or 0 too from
 * 1.33 (PodLifecycleSleepActionAllowZero: alpha in 1.32, beta and on by default in 1.33). The
 * message is each version's: 1.32 adds the gate hint, 1.30–1.31 have neither (read from
 * ceph/ceph-csi@e727bd351 and @5a66991bb, vendoring 1.30.0 and 1.31.0, and the 1.32.1 and 1.33.3
 * openshift-apiserver vendors named in api-gates.ts).
 */
export function validateSleepAction(
  sleep: Obj,
  gracePeriod: number | undefined,
  path: Path,
  version: K8sVersion,
): ErrorList {
  const seconds = sleep.seconds ?? 0;
  if (gracePeriod === undefined || typeof seconds !== 'number') return [];
  if (validationChanged('sleepActionZero', version))
    return seconds < 0 || seconds > gracePeriod
      ? [
          invalid(
            path,
            seconds,
            `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`,
          ),
        ]
      : [];
  if (seconds > 0 && seconds <= gracePeriod) return [];
  const hint =
    version === '1.32'
      ? '. Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.'
      : '';
  return [
    invalid(
      path,
      seconds,
      `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod})${hint}`,
    ),
  ];
}

/** The handlers a probe (`handlerFromProbe`) or a hook (`handlerFromLifecycle`) may have, in order. */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
export const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
type Handler = (typeof PROBE_HANDLERS)[number] | (typeof HOOK_HANDLERS)[number];

/** What validateHandler needs besides the handler: the grace period and the target version. */
export interface HandlerOptions {
  gracePeriod: number | undefined;
  k8s: K8sVersion;
}

/**
 * `validateHandler`: exactly one handler (each after the first is Forbidden, none is Required),
 * and the fields of the first.
 */
export function validateHandler(
  handler: Obj,
  kinds: readonly Handler[],
  path: Path,
  opts: HandlerOptions,
): ErrorList {
  const errs: ErrorList = [];
  let count = 0;
  for (const kind of kinds) {
    const action = handler[kind];
    if (!isSet(action)) continue;
    const at = [...path, kind];
    if (count++ > 0) {
      errs.push(forbidden(at, 'may not specify more than 1 handler type'));
      continue;
    }
    if (!isObj(action)) continue;
    if (kind === 'exec') errs.push(...validateExecAction(action, at));
    if (kind === 'httpGet') errs.push(...validateHTTPGetAction(action, at));
    if (kind === 'tcpSocket') errs.push(...validateTCPSocketAction(action, at));
    if (kind === 'grpc') errs.push(...validateGRPCAction(action, at));
    if (kind === 'sleep') errs.push(...validateSleepAction(action, opts.gracePeriod, at, opts.k8s));
  }
  if (count === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

// sets.List of supportedStopSignalsLinux / supportedStopSignalsWindows: sorted.
const LINUX_SIGNALS = [
  ...'ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN'.split(
    ' ',
  ),
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`),
  'RTMAX',
]
  .map((s) => `SIG${s}`)
  .sort();
const WINDOWS_SIGNALS = ['SIGKILL', 'SIGTERM'];

/** `validateStopSignal`: only with `spec.os.name`, and one of that OS's signals. */
export function validateStopSignal(signal: unknown, path: Path, os: unknown): ErrorList {
  if (!isObj(os))
    return [forbidden(path, 'may not be set for containers with empty `spec.os.name`')];
  if (typeof signal !== 'string') return [];
  if (os.name === 'windows' && !WINDOWS_SIGNALS.includes(signal))
    return [unsupported(path, signal, WINDOWS_SIGNALS)];
  if (os.name === 'linux' && !LINUX_SIGNALS.includes(signal))
    return [unsupported(path, signal, LINUX_SIGNALS)];
  return [];
}

/** What the target version keeps of a hook (see hookHandlers). */
export interface LifecycleOptions extends HandlerOptions {
  /** The pod's `spec.os`. */
  os: unknown;
}

/**
 * The handlers the API server sees in a hook: before 1.30 `sleep` is dropped (PodLifecycleSleepAction
 * is off in 1.29, the field unknown before), and a hook left with no handler is dropped with it.
 */
function hookHandlers(k8s: K8sVersion): readonly Handler[] | 'drop-sleep' {
  return gateKeeps('PodLifecycleSleepAction', k8s, '1.29') ? HOOK_HANDLERS : 'drop-sleep';
}

/**
 * `validateLifecycle`: each hook through validateHandler, and stopSignal through
 * validateStopSignal while ContainerStopSignals keeps it (the gate is off in 1.33 and 1.34, when
 * the API drops the field).
 */
export function validateLifecycle(lifecycle: Obj, path: Path, opts: LifecycleOptions): ErrorList {
  const errs: ErrorList = [];
  const kinds = hookHandlers(opts.k8s);
  for (const hook of ['postStart', 'preStop'] as const) {
    const handler = lifecycle[hook];
    if (!isSet(handler) || !isObj(handler)) continue;
    if (kinds === 'drop-sleep') {
      const rest = HOOK_HANDLERS.filter((k) => k !== 'sleep');
      if (isSet(handler.sleep) && !rest.some((k) => isSet(handler[k]))) continue;
      errs.push(...validateHandler(handler, rest, [...path, hook], opts));
    } else errs.push(...validateHandler(handler, kinds, [...path, hook], opts));
  }
  if (isSet(lifecycle.stopSignal) && gateKeeps('ContainerStopSignals', opts.k8s, '1.33'))
    errs.push(...validateStopSignal(lifecycle.stopSignal, [...path, 'stopSignal'], opts.os));
  return errs;
}

/** The pod's terminationGracePeriodSeconds after defaulting (30), or undefined when not a number. */
export function gracePeriodOf(spec: Obj): number | undefined {
  const grace = spec.terminationGracePeriodSeconds;
  if (grace === undefined || grace === null) return 30;
  return typeof grace === 'number' ? grace : undefined;
}

/**
 * True when the API validates the container's hooks: app containers and native sidecars (from
 * 1.29; before, a sidecar's restartPolicy is dropped and its hooks are refused outright).
 */
function hooked({ view }: PodContainer, k8s: K8sVersion): boolean {
  if (view.role === 'init') return false;
  return view.role !== 'native-sidecar' || nativeSidecarsOn(k8s);
}

/** Lifecycle hooks of app containers and native sidecars. */
export const lifecycle: RuleFamily = {
  ids: ['lifecycle-handler-invalid'],
  workload(ctx: WorkloadContext, report) {
    const base = {
      ruleId: 'lifecycle-handler-invalid',
      severity: 'error' as const,
      document: ctx.document,
    };
    const opts = { gracePeriod: gracePeriodOf(ctx.spec), k8s: ctx.k8s, os: ctx.spec.os };
    for (const c of podContainers(ctx)) {
      const hooks = c.raw.lifecycle;
      if (hooked(c, ctx.k8s) && isObj(hooks))
        reportErrors(report, base, validateLifecycle(hooks, [...c.view.path, 'lifecycle'], opts));
    }
  },
};
