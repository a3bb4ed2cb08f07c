import { FIELD_PATHS } from '../../pod/env.ts';
import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, quote, type Obj, type RuleFamily } from '../context.ts';
import type { WorkloadContext } from '../context.ts';
import {
  RESOURCE_FIELD_PATHS,
  RESOURCE_FIELD_PREFIXES,
  validateContainerResourceFieldSelector,
  validateObjectFieldSelector,
} from '../field-selectors.ts';
import { configMapKeyError, dnsSubdomainError, envVarNameError } from '../messages.ts';
import { hiddenEnvEntries } from '../remedies.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { fieldServed } from '../api-fields.ts';
import { isSet, podContainers } from './each.ts';

// Environment variables: ValidateEnv, validateEnvVarValueFrom, ValidateEnvFrom, and the API's
// warning about a name defined twice (pkg/api/pod/warnings.go).

const blank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * `validEnvDownwardAPIFieldPathExpressions` of the target version, sorted as `sets.List` prints
 * them: the pod fields an env var can read (status.hostIPs came with PodHostIPs, beta and on by
 * default in 1.29).
 */
export function envFieldPaths(k8s: K8sVersion): string[] {
  const paths = [...FIELD_PATHS].sort();
  return validationChanged('envHostIPsFieldPath', k8s)
    ? paths
    : paths.filter((p) => p !== 'status.hostIPs');
}

type Say = (path: Path, detail: string) => void;

/**
 * `validateObjectFieldSelector` for env vars, less the key of a label or annotation subscript:
 * that error sits at the fieldRef itself and is env-source-invalid's (env-sources.ts).
 */
function fieldRef(ctx: WorkloadContext, ref: Obj, at: Path, say: Say): void {
  for (const e of validateObjectFieldSelector(ref, envFieldPaths(ctx.k8s), at))
    if (e.path.length > at.length) say(e.path, e.detail);
}

/**
 * `validateContainerResourceFieldSelector` for env vars, less the divisor: that is
 * env-source-invalid's (env-sources.ts).
 */
function resourceFieldRef(ref: Obj, at: Path, say: Say): void {
  const errs = validateContainerResourceFieldSelector(
    ref,
    RESOURCE_FIELD_PATHS,
    RESOURCE_FIELD_PREFIXES,
    at,
    false,
  );
  for (const e of errs) if (e.path[at.length] !== 'divisor') say(e.path, e.detail);
}

/** validateConfigMapKeySelector / validateSecretKeySelector: the object's name, and the key. */
function keyRef(ref: Obj, at: Path, say: Say): void {
  const name = ref.name ?? '';
  if (typeof name === 'string') {
    const problem = dnsSubdomainError(name);
    if (problem) say([...at, 'name'], `Invalid value: ${quote(name)}: ${problem}`);
  }
  const key = ref.key;
  if (blank(key)) return say([...at, 'key'], 'Required value');
  if (typeof key !== 'string') return;
  const problem = configMapKeyError(key);
  if (problem) say([...at, 'key'], `Invalid value: ${quote(key)}: ${problem}`);
}

/** validateEnvVarValueFrom: exactly one source, not beside a literal `value`, each well formed. */
function valueFrom(ctx: WorkloadContext, env: Obj, at: Path, say: Say): void {
  const from = env.valueFrom;
  if (!isObj(from)) return;
  let sources = 0;
  if (isSet(from.fieldRef)) {
    sources++;
    if (isObj(from.fieldRef)) fieldRef(ctx, from.fieldRef, [...at, 'fieldRef'], say);
  }
  if (isSet(from.resourceFieldRef)) {
    sources++;
    if (isObj(from.resourceFieldRef))
      resourceFieldRef(from.resourceFieldRef, [...at, 'resourceFieldRef'], say);
  }
  for (const kind of ['configMapKeyRef', 'secretKeyRef'] as const) {
    if (!isSet(from[kind])) continue;
    sources++;
    const ref = from[kind];
    if (isObj(ref)) keyRef(ref, [...at, kind], say);
  }
  // fileKeyRef (EnvFiles, alpha in 1.34): counted, so a user trying it is not told to pick a source.
  if (isSet(from.fileKeyRef) && fieldServed('EnvVarSource', 'fileKeyRef', ctx.k8s)) sources++;
  if (sources === 0)
    say(
      at,
      'Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
    );
  else if (typeof env.value === 'string' && env.value !== '')
    say(at, 'Invalid value: "": may not be specified when `value` is not empty');
  else if (sources > 1)
    say(at, 'Invalid value: "": may not have more than one field specified at a time');
}

/**
 * A name defined again hides the earlier definition; the API warns unless the later value builds on
 * the earlier one (`PATH=$(PATH):/opt/bin`).
 */
function hidesPrevious(env: Obj, name: string): boolean {
  const ref = `$(${name})`;
  if (isSet(env.valueFrom)) return true;
  const value = typeof env.value === 'string' ? env.value : '';
  return value === ref || !value.includes(ref);
}

/** Env var names (strict before 1.32, relaxed from then on), sources and duplicates. */
export const env: RuleFamily = {
  ids: ['env-name-invalid', 'env-valuefrom-invalid', 'env-duplicate-name'],
  workload(ctx, report) {
    const { document } = ctx;
    // RelaxedEnvironmentVariableValidation: beta and on by default in 1.32, GA in 1.34.
    const relaxed = validationChanged('relaxedEnvVarNames', ctx.k8s);
    const invalidName = (path: Path, value: unknown) => {
      if (blank(value) && path.at(-1) === 'name')
        return report({
          ruleId: 'env-name-invalid',
          severity: 'error',
          document,
          path,
          detail: 'Required value',
        });
      if (typeof value !== 'string' || value === '') return;
      const problem = envVarNameError(value, relaxed);
      if (problem)
        report({
          ruleId: 'env-name-invalid',
          severity: 'error',
          document,
          path,
          detail: `Invalid value: ${quote(value)}: ${problem}`,
        });
    };
    const say: Say = (path, detail) =>
      report({ ruleId: 'env-valuefrom-invalid', severity: 'error', document, path, detail });

    for (const { view, raw } of podContainers(ctx)) {
      const seen = new Set<string>();
      const list = listOf(raw.env);
      list.forEach((item, i) => {
        if (!isObj(item)) return;
        const at = [...view.path, 'env', i];
        invalidName([...at, 'name'], item.name);
        valueFrom(ctx, item, [...at, 'valueFrom'], say);
        const name = item.name;
        if (typeof name !== 'string' || name === '') return;
        if (seen.has(name) && hidesPrevious(item, name))
          report({
            ruleId: 'env-duplicate-name',
            severity: 'warning',
            document,
            path: at,
            detail: `hides previous definition of ${quote(name)}, which may be dropped when using apply`,
            ...(hiddenEnvEntries(list, i) ? { fix: 'remove-hidden-env' as const } : {}),
          });
        seen.add(name);
      });
      listOf(raw.envFrom).forEach((item, i) => {
        if (isObj(item)) invalidName([...view.path, 'envFrom', i, 'prefix'], item.prefix);
      });
    }
  },
};
