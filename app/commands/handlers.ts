import type { HandlerKind } from '../../src/edit/handlers.ts';
import { setHookHandler, type HookKey } from '../../src/edit/lifecycle.ts';
import { setProbeHandler, type ProbeKey } from '../../src/edit/probes.ts';
import type { Path } from '../../src/yaml/path.ts';
import type { EditResult } from '../store/index.ts';
import { runCommand, type CommandStore } from './run.ts';

/** A probe or a lifecycle hook of a container (`container` is the container's path). */
export type HandlerTarget =
  { container: Path; probe: ProbeKey } | { container: Path; hook: HookKey };

/**
 * Chooses the handler of a probe or hook, or with `null` removes it. Only the handler key changes;
 * refusals are returned, not noticed: the handler choice shows them.
 */
export function setHandler(
  store: CommandStore,
  target: HandlerTarget,
  kind: HandlerKind | null,
): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) =>
      'probe' in target
        ? setProbeHandler(text, {
            document,
            container: target.container,
            probe: target.probe,
            kind,
          })
        : setHookHandler(text, { document, container: target.container, hook: target.hook, kind }),
  });
}
