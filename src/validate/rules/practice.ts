import { WORKLOADS } from '../../pod/kinds.ts';
import { isObj, type RuleFamily } from '../context.ts';
import { getPath } from '../../pod/view.ts';

/** The tag of an image reference (`undefined` when it has none), and whether a digest pins it. */
export function imageTag(image: string): { tag?: string; digest: boolean } {
  if (image.includes('@')) return { digest: true };
  // A registry port ("localhost:5000/app") sits before the last "/", a tag after it.
  const last = image.slice(image.lastIndexOf('/') + 1);
  const colon = last.lastIndexOf(':');
  return colon === -1 ? { digest: false } : { tag: last.slice(colon + 1), digest: false };
}

/** What a missing probe costs, per probe. */
const WHY = {
  readinessProbe:
    'without a readiness probe the container counts as ready (and gets traffic) as soon as it starts',
  livenessProbe: 'without a liveness probe a hung process is never restarted',
} as const;

/**
 * Best practice (info) about containers, as the common linters flag it: images without a tag or
 * on `latest` (kube-linter latest-tag, Polaris tagNotSpecified), and long-running containers
 * without readiness or liveness probes (Polaris readinessProbeMissing/livenessProbeMissing; Jobs,
 * CronJobs and regular init containers run to completion and are skipped).
 */
export const practice: RuleFamily = {
  ids: ['container-image-latest-or-untagged', 'probe-missing'],
  workload(ctx, report) {
    const { pod, document } = ctx;
    const batch = WORKLOADS[pod.kind].runsToCompletion;
    for (const c of pod.containers) {
      const image = c.image?.trim();
      if (image) {
        const { tag, digest } = imageTag(image);
        if (!digest && (tag === undefined || tag === 'latest'))
          report({
            ruleId: 'container-image-latest-or-untagged',
            severity: 'info',
            document,
            path: [...c.path, 'image'],
            detail: `${JSON.stringify(image)} ${tag ? 'uses the latest tag' : 'has no tag'}: each pull may bring another version, and imagePullPolicy defaults to Always; use a container image with a specific tag other than latest`,
          });
      }
      if (batch || c.role === 'init') continue;
      const raw = getPath(ctx.value, c.path);
      if (!isObj(raw)) continue;
      // One finding per container (not one per probe): the canvas shows one badge for it.
      const missing = (['readinessProbe', 'livenessProbe'] as const).filter(
        (f) => raw[f] === undefined || raw[f] === null,
      );
      if (!missing.length) continue;
      const what =
        missing.length === 2
          ? 'Readiness and liveness probes should be configured'
          : missing[0] === 'readinessProbe'
            ? 'Readiness probe should be configured'
            : 'Liveness probe should be configured';
      report({
        ruleId: 'probe-missing',
        severity: 'info',
        document,
        path: [...c.path, missing[0]!],
        detail: `${what}: ${missing.map((f) => WHY[f]).join('; ')}`,
      });
    }
  },
};
