import { handlerKind } from '../../../src/edit/handlers.ts';
import {
  DEFAULT_GRACE_PERIOD,
  hookChoices,
  HOOKS,
  sleepProblem,
  type HookKey,
} from '../../../src/edit/lifecycle.ts';
import { canHaveProbes } from '../../../src/edit/probes.ts';
import type { FormContainer } from './formContainer.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { useDocValue } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { selectWorkload } from '../../store/selectors.ts';
import { Section } from '../Section.tsx';
import { HandlerBody, HandlerSelect } from './HandlerFields.tsx';
import { InitContainerNote } from './ProbesSection.tsx';

const HOOK_NAMES: Record<HookKey, { title: string; hint: string }> = {
  postStart: {
    title: 'postStart hook',
    hint: 'Runs right after the container starts, alongside its entrypoint.',
  },
  preStop: {
    title: 'preStop hook',
    hint: 'Runs before the container is stopped; the grace period counts it.',
  },
};

const NO_PATH: Path = [];
const selectSpecPath = (s: AppState) => selectWorkload(s)?.specPath ?? NO_PATH;

/** The container's postStart and preStop hooks. */
export function LifecycleSection({ container: c }: { container: FormContainer }) {
  const spec = useApp(selectSpecPath);
  const grace = useDocValue([...spec, 'terminationGracePeriodSeconds']);
  const gracePeriod = typeof grace === 'number' ? grace : DEFAULT_GRACE_PERIOD;
  return (
    <Section title="Lifecycle hooks">
      {canHaveProbes(c.role) ? (
        HOOKS.map((hook) => (
          <HookForm key={hook} container={c} hook={hook} gracePeriod={gracePeriod} />
        ))
      ) : (
        <InitContainerNote what="lifecycle hooks" />
      )}
    </Section>
  );
}

function HookForm({
  container: c,
  hook,
  gracePeriod,
}: {
  container: FormContainer;
  hook: HookKey;
  gracePeriod: number;
}) {
  const path = [...c.path, 'lifecycle', hook];
  const value = useDocValue(path);
  const kind = handlerKind(value, 'hook');
  const { title, hint } = HOOK_NAMES[hook];
  return (
    <fieldset className="list-item">
      <legend className="list-item-head">{title}</legend>
      <HandlerSelect
        current={kind}
        choices={hookChoices(kind)}
        hint={
          kind === 'tcpSocket'
            ? 'tcpSocket is deprecated for hooks and the kubelet does not run it: choose another.'
            : kind
              ? undefined
              : hint
        }
        target={{ container: c.path, hook }}
      />
      {kind ? (
        <HandlerBody
          kind={kind}
          path={path}
          ports={c.ports}
          sleepRule={(n) => sleepProblem(n, gracePeriod)}
        />
      ) : null}
    </fieldset>
  );
}
