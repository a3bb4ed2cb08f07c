import { WORKLOADS } from '../../pod/kinds.ts';
import { VOLUME_SOURCE_KEYS, type VolumeSourceKey } from '../../volume/sources.ts';
import { getPath } from '../../pod/view.ts';
import type { Path } from '../../yaml/path.ts';
import {
  isObj,
  listOf,
  objOf,
  quote,
  type Obj,
  type Report,
  type RuleFamily,
  type WorkloadContext,
} from '../context.ts';
import type { Severity } from '../types.ts';
import { mountedNames, volumeRemovable } from '../remedies.ts';
import { isSet } from './each.ts';

/** The fields each source's validator requires to be non-empty, as `Required value` errors. */
export const REQUIRED_SOURCE_FIELDS: Partial<Record<VolumeSourceKey, readonly string[]>> = {
  configMap: ['name'],
  secret: ['secretName'],
  persistentVolumeClaim: ['claimName'],
  hostPath: ['path'],
  nfs: ['server', 'path'],
};

/** In a projected volume, each configMap / secret source needs a `name`. */
export const PROJECTED_REQUIRED = ['configMap', 'secret'] as const;

/**
 * The pod's volumes: one source per volume (`validateVolumeSource`), the fields each source
 * requires, volumes nothing mounts (info), and a StatefulSet's claim templates that no container
 * mounts or that a pod volume of the same name would be silently replaced by.
 */
export const volumes: RuleFamily = {
  ids: [
    'volume-multiple-sources',
    'volume-source-required-fields',
    'volume-unused',
    'vct-unmounted-or-shadowing',
  ],
  workload(ctx, report) {
    const { document, pod } = ctx;
    const severity = 'error' as const;
    const used = mountedNames(ctx.spec);
    const claims = claimTemplates(ctx);
    listOf(ctx.spec.volumes).forEach((raw, i) => {
      if (!isObj(raw)) return;
      const at: Path = [...pod.specPath, 'volumes', i];
      sourceProblems(raw, at, { document, severity }, report);
      const name = raw.name;
      if (typeof name !== 'string' || name === '') return;
      if (claims.some((c) => c.name === name))
        report({
          ruleId: 'vct-unmounted-or-shadowing',
          severity: 'warning',
          document,
          path: [...at, 'name'],
          detail: `volume ${quote(name)} has the same name as a volumeClaimTemplate: the claim takes precedence over any volumes in the template with the same name, so this volume is never used`,
        });
      else if (!used.has(name))
        report({
          ruleId: 'volume-unused',
          severity: 'info',
          document,
          path: [...at, 'name'],
          detail: `volume ${quote(name)} is not mounted by any container`,
          ...(volumeRemovable(pod, ctx.spec, name) ? { fix: 'remove-unused-volume' as const } : {}),
        });
    });
    for (const claim of claims)
      if (!used.has(claim.name))
        report({
          ruleId: 'vct-unmounted-or-shadowing',
          severity: 'warning',
          document,
          path: claim.path,
          detail: `no container mounts claim ${quote(claim.name)}: every claim must have at least one matching (by name) volumeMount in one container in the template, or each replica gets a PersistentVolumeClaim nothing uses`,
        });
  },
};

function sourceProblems(
  volume: Obj,
  at: Path,
  where: { document: number; severity: Severity },
  report: Report,
): void {
  let counted = false;
  for (const source of VOLUME_SOURCE_KEYS) {
    if (!isSet(volume[source])) continue;
    if (counted) {
      report({
        ruleId: 'volume-multiple-sources',
        ...where,
        path: [...at, source],
        detail: 'Forbidden: may not specify more than 1 volume type',
      });
      continue;
    }
    counted = true;
    const value = objOf(volume, source);
    for (const field of REQUIRED_SOURCE_FIELDS[source] ?? [])
      requireField(value, [...at, source], field);
    if (source === 'projected')
      listOf(value.sources).forEach((s, j) => {
        for (const kind of PROJECTED_REQUIRED)
          if (isObj(s) && isObj(s[kind]))
            requireField(s[kind], [...at, source, 'sources', j, kind], 'name');
      });
  }

  function requireField(value: Obj, path: Path, field: string): void {
    const v = value[field];
    if (v === undefined || v === null || v === '')
      report({
        ruleId: 'volume-source-required-fields',
        ...where,
        path: [...path, field],
        detail: 'Required value',
      });
  }
}

/** A StatefulSet's volumeClaimTemplates that have a name, with the path of that name. */
function claimTemplates(ctx: WorkloadContext): { name: string; path: Path }[] {
  if (!WORKLOADS[ctx.pod.kind].stableIdentity) return [];
  const out: { name: string; path: Path }[] = [];
  listOf(getPath(ctx.value, ['spec', 'volumeClaimTemplates'])).forEach((t, i) => {
    const name = objOf(t, 'metadata').name;
    if (typeof name === 'string' && name !== '')
      out.push({ name, path: ['spec', 'volumeClaimTemplates', i, 'metadata', 'name'] });
  });
  return out;
}
