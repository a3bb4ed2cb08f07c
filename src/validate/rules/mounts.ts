import { isObj, listOf, quote, type Report, type RuleFamily } from '../context.ts';
import { relativeSubPath } from '../remedies.ts';
import { podContainers } from './each.ts';
import type { Severity } from '../types.ts';
import type { Path } from '../../yaml/path.ts';

/**
 * Volume mounts, as `ValidateVolumeMounts` checks them for every container (init containers and
 * native sidecars included): each mount names a volume of the pod (a StatefulSet's
 * volumeClaimTemplates count as volumes), no two mounts of one container share a mountPath, and
 * subPath / subPathExpr stay inside the volume.
 *
 * Upstream reports subPath problems at `volumeMounts.subPath` (without the index); here they point
 * at the mount's own `subPath`, so the editor marks the right line.
 */
export const mounts: RuleFamily = {
  ids: [
    'volume-mount-unknown-volume',
    'volume-mount-path-duplicate',
    'volume-mount-subpath-invalid',
  ],
  workload(ctx, report) {
    const { document, pod } = ctx;
    const severity = 'error' as const;
    const volumes = new Set(pod.volumes.map((v) => v.name).filter(Boolean));
    for (const { view, raw } of podContainers(ctx)) {
      const paths = new Map<string, string>();
      listOf(raw.volumeMounts).forEach((mount, i) => {
        if (!isObj(mount)) return;
        const at: Path = [...view.path, 'volumeMounts', i];
        const name = mount.name;
        if (name === '')
          report({
            ruleId: 'volume-mount-unknown-volume',
            severity,
            document,
            path: [...at, 'name'],
            detail: 'Required value',
          });
        else if (typeof name === 'string' && !volumes.has(name))
          report({
            ruleId: 'volume-mount-unknown-volume',
            severity,
            document,
            path: [...at, 'name'],
            detail: `Not found: ${quote(name)}`,
            fix: 'create-missing-volume',
          });

        const mountPath = mount.mountPath;
        if (typeof mountPath === 'string' && mountPath !== '') {
          const dir = directoryOf(mountPath);
          const earlier = paths.get(dir);
          if (earlier === mountPath)
            report({
              ruleId: 'volume-mount-path-duplicate',
              severity,
              document,
              path: [...at, 'mountPath'],
              detail: `Invalid value: ${quote(mountPath)}: must be unique`,
            });
          else if (earlier !== undefined)
            // The API compares the strings, so "/data/" passes next to "/data"; both mounts land
            // on one directory in the container and the later hides the earlier.
            report({
              ruleId: 'volume-mount-path-duplicate',
              severity: 'warning',
              document,
              path: [...at, 'mountPath'],
              detail: `${quote(mountPath)} is the same directory as the mount at ${quote(earlier)}: one mount hides the other`,
            });
          else paths.set(dir, mountPath);
        }

        subPathProblems(mount, at, { document, severity }, report);
      });
    }
  },
};

/** A mountPath without repeated, trailing or `.` separators, to compare directories. */
export function directoryOf(mountPath: string): string {
  const parts = mountPath.split('/').filter((p) => p !== '' && p !== '.');
  return (mountPath.startsWith('/') ? '/' : '') + parts.join('/');
}

function subPathProblems(
  mount: Record<string, unknown>,
  at: Path,
  where: { document: number; severity: Severity },
  report: Report,
): void {
  const base = { ruleId: 'volume-mount-subpath-invalid', ...where };
  const { subPath, subPathExpr } = mount;
  for (const [field, value] of [
    ['subPath', subPath],
    ['subPathExpr', subPathExpr],
  ] as const) {
    if (typeof value !== 'string' || value === '') continue;
    const path = [...at, field];
    if (value.startsWith('/'))
      report({
        ...base,
        path,
        detail: `Invalid value: ${quote(value)}: must be a relative path`,
        ...(relativeSubPath(value) ? { fix: 'make-subpath-relative' as const } : {}),
      });
    if (value.split('/').includes('..'))
      report({ ...base, path, detail: `Invalid value: ${quote(value)}: must not contain '..'` });
  }
  if (
    typeof subPath === 'string' &&
    subPath !== '' &&
    typeof subPathExpr === 'string' &&
    subPathExpr !== ''
  )
    report({
      ...base,
      path: [...at, 'subPathExpr'],
      detail: `Invalid value: ${quote(subPathExpr)}: subPathExpr and subPath are mutually exclusive`,
    });
}
