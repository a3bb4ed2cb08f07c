import { quantityDecodeError } from '../../pod/quantity-api.ts';
import type { Path } from '../../yaml/path.ts';
import { isDNS1123Subdomain } from '../apimachinery.ts';
import { isObj, listOf, objOf, type Obj, type RuleFamily } from '../context.ts';
import { invalid, reportErrors, required, type ErrorList } from '../field.ts';
import {
  validateContainerResourceDivisor,
  validateObjectFieldSelector,
} from '../field-selectors.ts';
import type { K8sVersion } from '../versions.ts';
import { isSet, podContainers } from './each.ts';
import { envFieldPaths } from './env.ts';
import { maskTrailingDash } from './meta-object.ts';

// What the env family (rules/env.ts: names, duplicates, the valueFrom sources and their fields)
// leaves out of ValidateEnv and ValidateEnvFrom (pkg/apis/core/validation/validation.go,
// Kubernetes 1.34.1, vendored unmodified in openshift/openshift-apiserver@56aa2d96e): the key of a
// labels or annotations fieldRef, a resourceFieldRef's divisor, and envFrom's sources.

/**
 * A resourceFieldRef's divisor: one that does not decode refuses the whole object; one that does
 * is `validateContainerResourceDivisor`'s.
 */
export function validateEnvResourceDivisor(
  resource: unknown,
  divisor: unknown,
  path: Path,
): ErrorList {
  if (divisor === undefined || divisor === null) return [];
  const problem = quantityDecodeError(divisor);
  if (problem) return [invalid([...path, 'divisor'], divisor, problem)];
  return typeof resource === 'string'
    ? validateContainerResourceDivisor(resource, divisor, path)
    : [];
}

/**
 * `validateConfigMapEnvSource` / `validateSecretEnvSource`: a name, which must be a DNS subdomain
 * (checked as a prefix: a trailing dash is allowed).
 */
export function validateEnvSource(source: Obj, path: Path): ErrorList {
  const name = source.name ?? '';
  if (name === '') return [required([...path, 'name'])];
  if (typeof name !== 'string') return [];
  return isDNS1123Subdomain(maskTrailingDash(name)).map((m) => invalid([...path, 'name'], name, m));
}

/**
 * The source part of `ValidateEnvFrom`: exactly one of configMapRef and secretRef per entry (that
 * error points at the list, as upstream's does), each naming its object. Prefixes are the env
 * family's.
 */
export function validateEnvFrom(list: unknown, path: Path): ErrorList {
  const errs: ErrorList = [];
  listOf(list).forEach((entry, i) => {
    if (!isObj(entry)) return;
    let sources = 0;
    for (const kind of ['configMapRef', 'secretRef'] as const) {
      if (!isSet(entry[kind])) continue;
      sources++;
      if (isObj(entry[kind])) errs.push(...validateEnvSource(entry[kind], [...path, i, kind]));
    }
    if (sources === 0)
      errs.push(invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (sources > 1)
      errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

/**
 * The fieldRef subscript and resourceFieldRef divisor of each env var (ValidateEnv's leftovers):
 * of `validateObjectFieldSelector`, the key of a label or annotation subscript, which sits at the
 * fieldRef itself (the rest is the env family's).
 */
export function validateEnvLeftovers(list: unknown, path: Path, k8s: K8sVersion): ErrorList {
  const errs: ErrorList = [];
  listOf(list).forEach((entry, i) => {
    const from = objOf(entry, 'valueFrom');
    const at = [...path, i, 'valueFrom'];
    if (isObj(from.fieldRef)) {
      const fieldRef = [...at, 'fieldRef'];
      const all = validateObjectFieldSelector(from.fieldRef, envFieldPaths(k8s), fieldRef);
      errs.push(...all.filter((e) => e.path.length === fieldRef.length));
    }
    const ref = from.resourceFieldRef;
    if (isObj(ref))
      errs.push(
        ...validateEnvResourceDivisor(ref.resource, ref.divisor, [...at, 'resourceFieldRef']),
      );
  });
  return errs;
}

/** envFrom sources, downward-API keys and divisors of app, init and sidecar containers. */
export const envSources: RuleFamily = {
  ids: ['env-source-invalid'],
  workload(ctx, report) {
    const base = {
      ruleId: 'env-source-invalid',
      severity: 'error' as const,
      document: ctx.document,
    };
    for (const { view, raw } of podContainers(ctx)) {
      reportErrors(report, base, validateEnvLeftovers(raw.env, [...view.path, 'env'], ctx.k8s));
      reportErrors(report, base, validateEnvFrom(raw.envFrom, [...view.path, 'envFrom']));
    }
  },
};
