import { canonicalQuantity, quantityDecodeError } from '../../pod/quantity-api.ts';
import type { Path } from '../../yaml/path.ts';
import { isDNS1123Subdomain, isQualifiedName } from '../apimachinery.ts';
import { isObj, listOf, objOf, type Obj, type RuleFamily } from '../context.ts';
import { invalid, reportErrors, required, type ErrorList } from '../field.ts';
import { isSet, podContainers } from './each.ts';

// What the env family (rules/env.ts: names, duplicates, the valueFrom sources and their fields)
// leaves out of ValidateEnv and ValidateEnvFrom (pkg/apis/core/validation/validation.go,
// Kubernetes 1.34.1, vendored unmodified in openshift/openshift-apiserver@56aa2d96e): the key of a
// labels or annotations fieldRef, a resourceFieldRef's divisor, and envFrom's sources.

/** `fieldpath.SplitMaybeSubscriptedPath`: `metadata.labels['app']` → `metadata.labels`, `app`. */
function splitSubscript(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const inner = fieldPath.slice(0, -2);
  const at = inner.indexOf("['");
  if (at <= 0) return undefined;
  return [inner.slice(0, at), inner.slice(at + 2)];
}

/**
 * The subscript part of `validateObjectFieldSelector`: the key of `metadata.labels['…']` must be a
 * qualified name, and so must an annotation's once lowercased. Reported at the fieldRef itself, as
 * upstream does. Other paths and versions are the env family's.
 */
export function validateObjectFieldSelector(ref: Obj, path: Path): ErrorList {
  const { fieldPath, apiVersion } = ref;
  if (typeof fieldPath !== 'string') return [];
  if (apiVersion !== undefined && apiVersion !== null && apiVersion !== '' && apiVersion !== 'v1')
    return [];
  const sub = splitSubscript(fieldPath);
  if (!sub) return [];
  const [base, key] = sub;
  const name =
    base === 'metadata.annotations'
      ? key.toLowerCase()
      : base === 'metadata.labels'
        ? key
        : undefined;
  if (name === undefined) return [];
  return isQualifiedName(name).map((m) => invalid(path, name, m));
}

const BYTE_DIVISORS = [
  '1',
  '1k',
  '1M',
  '1G',
  '1T',
  '1P',
  '1E',
  '1Ki',
  '1Mi',
  '1Gi',
  '1Ti',
  '1Pi',
  '1Ei',
];
const bytesMessage = (what: string) =>
  `only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the ${what} resource`;

/**
 * `validateContainerResourceDivisor`: cpu takes 1m or 1, memory, ephemeral-storage and hugepages a
 * power-of-ten or power-of-two unit (compared as the API prints the divisor). A divisor that does
 * not decode refuses the whole object.
 */
export function validateContainerResourceDivisor(
  resource: unknown,
  divisor: unknown,
  path: Path,
): ErrorList {
  if (divisor === undefined || divisor === null) return [];
  const at = [...path, 'divisor'];
  const problem = quantityDecodeError(divisor);
  if (problem) return [invalid(at, divisor, problem)];
  const text = canonicalQuantity(divisor);
  if (text === undefined || text === '0' || typeof resource !== 'string') return [];
  const errs: ErrorList = [];
  if (resource === 'limits.cpu' || resource === 'requests.cpu') {
    if (text !== '1m' && text !== '1')
      errs.push(
        invalid(at, resource, "only divisor's values 1m and 1 are supported with the cpu resource"),
      );
  } else if (resource === 'limits.memory' || resource === 'requests.memory') {
    if (!BYTE_DIVISORS.includes(text)) errs.push(invalid(at, resource, bytesMessage('memory')));
  } else if (resource === 'limits.ephemeral-storage' || resource === 'requests.ephemeral-storage') {
    if (!BYTE_DIVISORS.includes(text))
      errs.push(invalid(at, resource, bytesMessage('local ephemeral storage')));
  }
  if (/^(requests|limits)\.hugepages-/.test(resource) && !BYTE_DIVISORS.includes(text))
    errs.push(invalid(at, resource, bytesMessage('hugepages')));
  return errs;
}

/** `maskTrailingDash` (as upstream: drops two characters, so `ab-` is checked as `a`+`a`). */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
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

/** The fieldRef subscript and resourceFieldRef divisor of each env var (ValidateEnv's leftovers). */
export function validateEnvLeftovers(list: unknown, path: Path): ErrorList {
  const errs: ErrorList = [];
  listOf(list).forEach((entry, i) => {
    const from = objOf(entry, 'valueFrom');
    const at = [...path, i, 'valueFrom'];
    if (isObj(from.fieldRef))
      errs.push(...validateObjectFieldSelector(from.fieldRef, [...at, 'fieldRef']));
    const ref = from.resourceFieldRef;
    if (isObj(ref))
      errs.push(
        ...validateContainerResourceDivisor(ref.resource, ref.divisor, [...at, 'resourceFieldRef']),
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
      reportErrors(report, base, validateEnvLeftovers(raw.env, [...view.path, 'env']));
      reportErrors(report, base, validateEnvFrom(raw.envFrom, [...view.path, 'envFrom']));
    }
  },
};
