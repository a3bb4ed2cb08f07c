import { useId, useState } from 'react';
import type { HandlerKind } from '../../../src/edit/handlers.ts';
import type { PortView } from '../../../src/pod/types.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { SelectField } from '../../forms/Choice.tsx';
import { FieldFrame, TextField } from '../../forms/Field.tsx';
import { StringListField } from '../../forms/ListField.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { setHandler, type HandlerTarget } from '../../commands/handlers.ts';
import { useAppStore } from '../../store/context.tsx';
import { NumberField } from './NumberField.tsx';
import { PortField } from './PortField.tsx';

/** What each handler is called in the handler choice. */
const HANDLER_LABELS: Record<HandlerKind, string> = {
  exec: 'exec: run a command',
  httpGet: 'httpGet: HTTP request',
  tcpSocket: 'tcpSocket: open a TCP connection',
  grpc: 'grpc: gRPC health check',
  sleep: 'sleep: wait some seconds',
};

/**
 * The handler of a probe or hook: none, or one of `choices`. Choosing runs one command that swaps
 * only the handler key; a refusal shows under the control.
 */
export function HandlerSelect({
  label = 'Handler',
  current,
  choices,
  target,
  hint,
}: {
  label?: string;
  current: HandlerKind | undefined;
  choices: readonly HandlerKind[];
  /** The probe or hook whose handler this chooses. */
  target: HandlerTarget;
  hint?: string;
}) {
  const store = useAppStore();
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const choose = (value: string) => {
    const result = setHandler(store, target, value === '' ? null : (value as HandlerKind));
    setError(result.ok ? null : result.message);
  };
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        className="field-input"
        value={current ?? ''}
        disabled={locked}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="">none</option>
        {choices.map((k) => (
          <option key={k} value={k}>
            {HANDLER_LABELS[k]}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

const pathProblem = (raw: string) =>
  raw.startsWith('/') ? undefined : 'Start the path with /, like /healthz.';

/**
 * The fields of one handler. `path` is the probe or hook; the handler sits under it. Every field
 * writes one key, and emptying an optional one removes it but never the handler itself.
 */
export function HandlerBody({
  kind,
  path,
  ports,
  sleepRule,
}: {
  kind: HandlerKind;
  path: Path;
  ports: readonly PortView[];
  /** Checks sleep seconds against the pod (hooks only). */
  sleepRule?: (n: number) => string | undefined;
}) {
  const base: Path = [...path, kind];
  switch (kind) {
    case 'exec':
      return (
        <StringListField
          label="Command"
          path={[...base, 'command']}
          base={base}
          hint="One argument per line; no shell unless you run one (sh, -c, …)."
        />
      );
    case 'httpGet':
      return (
        <div className="field-row">
          <TextField
            label="Path"
            path={[...base, 'path']}
            base={base}
            placeholder="/healthz"
            validate={pathProblem}
          />
          <PortField path={[...base, 'port']} base={base} ports={ports} />
          <SelectField
            label="Scheme"
            path={[...base, 'scheme']}
            base={base}
            unsetLabel="(not set: HTTP)"
            options={[{ value: 'HTTP' }, { value: 'HTTPS' }]}
          />
        </div>
      );
    case 'tcpSocket':
      return <PortField path={[...base, 'port']} base={base} ports={ports} />;
    case 'grpc':
      return (
        <div className="field-row">
          <NumberField
            label="Port"
            path={[...base, 'port']}
            base={base}
            min={1}
            max={65535}
            required="gRPC needs a port number."
            hint="A number: gRPC probes do not take named ports."
          />
          <TextField
            label="Service"
            path={[...base, 'service']}
            base={base}
            placeholder="(the server's overall health)"
          />
        </div>
      );
    case 'sleep':
      return (
        <NumberField
          label="Seconds"
          path={[...base, 'seconds']}
          base={base}
          rule={sleepRule}
          required="Enter how many seconds to sleep."
          hint="sleep needs Kubernetes 1.30 or newer (beta, on by default since 1.30)."
        />
      );
  }
}
