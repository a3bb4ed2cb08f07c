import { getPath } from '../pod/view.ts';
import type { Path } from '../yaml/path.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';
import { EditError } from './errors.ts';
import { setField } from './fields.ts';

/** The ways Kubernetes can check or notify a container: the keys of a probe or lifecycle hook. */
export type HandlerKind = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc' | 'sleep';

/** Probes (liveness, readiness, startup) and lifecycle hooks (postStart, preStop) take different handlers. */
export type HandlerFamily = 'probe' | 'hook';

/** The handler keys each family accepts, in the order the forms offer them. */
export const HANDLERS: Readonly<Record<HandlerFamily, readonly HandlerKind[]>> = {
  probe: ['exec', 'httpGet', 'tcpSocket', 'grpc'],
  // tcpSocket in a hook is deprecated and not run by the kubelet; it is kept only to show it.
  hook: ['exec', 'httpGet', 'tcpSocket', 'sleep'],
};

const DEFAULT_PORT = 8080;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The handler keys present in a probe or hook value, in the value's own key order. More than one
 * is invalid in Kubernetes, but the forms must still show what the YAML holds.
 */
export function handlerKinds(value: unknown, family: HandlerFamily): HandlerKind[] {
  if (!isObj(value)) return [];
  const allowed = HANDLERS[family];
  return Object.keys(value).filter((k): k is HandlerKind => allowed.includes(k as HandlerKind));
}

/** The handler of a probe or hook (the first one when several are set), or `undefined` for none. */
export function handlerKind(value: unknown, family: HandlerFamily): HandlerKind | undefined {
  return handlerKinds(value, family)[0];
}

/**
 * What a newly chosen handler starts as. A port of the handler it replaces is kept when the new
 * handler can use it (gRPC takes numbers only); otherwise the container's first port, as a number.
 *
 * @param ports the container's `ports` list as written in the YAML
 * @param previous the handler being replaced, if any
 */
export function newHandler(kind: HandlerKind, ports: unknown, previous?: unknown): Obj {
  const kept = isObj(previous) ? previous.port : undefined;
  const first = firstPort(ports);
  const port = (numbersOnly: boolean) =>
    (typeof kept === 'number' && kept > 0) || (!numbersOnly && typeof kept === 'string' && kept)
      ? kept
      : first;
  switch (kind) {
    case 'exec':
      return { command: ['sh', '-c', 'true'] };
    case 'httpGet':
      return { path: '/', port: port(false) };
    case 'tcpSocket':
      return { port: port(false) };
    case 'grpc':
      return { port: port(true) };
    case 'sleep':
      return { seconds: 5 };
  }
}

function firstPort(ports: unknown): number {
  const first = Array.isArray(ports) ? ports[0] : undefined;
  const n = isObj(first) ? first.containerPort : undefined;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : DEFAULT_PORT;
}

export interface SetHandlerOp {
  document: number;
  /** The probe or hook, e.g. `[...container, 'readinessProbe']` or `[...container, 'lifecycle', 'preStop']`. */
  path: Path;
  /** The container that holds it: its ports give defaults, and removal prunes down to it. */
  container: Path;
  family: HandlerFamily;
  /** The new handler; `null` removes the probe or hook. */
  kind: HandlerKind | null;
}

/**
 * Chooses the handler of a probe or hook. Only the handler key changes: timing fields and any
 * other field stay, and the new key takes the old one's place. Choosing none removes the probe or
 * hook, and a `lifecycle` left empty with it.
 *
 * @throws EditError when the kind is not one the family accepts, or the value is not a map.
 */
export function setHandler(text: string, op: SetHandlerOp): string {
  if (op.kind === null)
    return setField(text, {
      document: op.document,
      path: op.path,
      value: undefined,
      keepDepth: op.container.length,
    });
  if (!HANDLERS[op.family].includes(op.kind))
    throw new EditError(
      `A ${op.family === 'probe' ? 'probe' : 'lifecycle hook'} has no ${op.kind} handler.`,
    );

  const root = parseForEdit(text).values[op.document];
  const current = getPath(root, op.path);
  const ports = getPath(root, [...op.container, 'ports']);
  if (current === undefined || current === null) {
    return applyChanges(text, op.document, [
      { type: 'set', path: op.path, value: { [op.kind]: newHandler(op.kind, ports) } },
    ]);
  }
  if (!isObj(current))
    throw new EditError(`${String(op.path.at(-1))} is not a map; fix it in the YAML first.`);

  const present = handlerKinds(current, op.family);
  if (present.length === 1 && present[0] === op.kind) return text;
  const keys = Object.keys(current);
  const old = present[0];
  // The new key goes where the old one was: before the first key after it that stays (or first
  // of all when there was no handler), so timing fields keep their place below it.
  const staying = (k: string) => !present.includes(k as HandlerKind);
  const before = old === undefined ? keys[0] : keys.slice(keys.indexOf(old) + 1).find(staying);
  const changes: Change[] = present
    .filter((k) => k !== op.kind)
    .map((k): Change => ({ type: 'delete', path: [...op.path, k] }));
  if (!present.includes(op.kind)) {
    changes.push({
      type: 'set',
      path: [...op.path, op.kind],
      value: newHandler(op.kind, ports, old === undefined ? undefined : current[old]),
      before,
    });
  }
  return applyChanges(text, op.document, changes);
}
