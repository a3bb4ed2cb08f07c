import { getPath } from '../../pod/view.ts';
import { isObj, type RuleFamily } from '../context.ts';
import { SECURITY_RULE_IDS } from '../security-profile.ts';
import { checkContainer } from './security-container.ts';
import {
  automountToken,
  podHostProcess,
  podRunAsGroupRoot,
  seccomp,
  unsafeSysctls,
  type PodCheck,
} from './security-pod.ts';
import { isWindows } from './security-shared.ts';

/**
 * The security profile's own rules (info; `--profile strict` makes them warnings): the pod- and
 * container-level checks kube-linter and Polaris run that no other rule family reports. Which
 * check each stands for is in security-profile.ts (and the README's table). Every container
 * counts: init containers, native and classic sidecars alike, as in both linters.
 */
export const security: RuleFamily = {
  ids: SECURITY_RULE_IDS,
  workload(ctx, report) {
    const containers = ctx.pod.containers.flatMap((c) => {
      const raw = getPath(ctx.value, c.path);
      return isObj(raw) ? [{ view: c, name: c.name, path: c.path, raw }] : [];
    });
    const windows = isWindows(
      ctx.spec,
      containers.map((c) => c.raw),
    );
    const pod: PodCheck = { ctx, containers, report };
    automountToken(pod);
    const hostProcess = podHostProcess(pod);
    for (const c of containers)
      checkContainer({ ctx, container: c.view, raw: c.raw, report, windows }, hostProcess);
    if (windows) return;
    seccomp(pod);
    unsafeSysctls(pod);
    podRunAsGroupRoot(pod);
  },
};
