import type { Path } from '../../yaml/path.ts';
import { isDNS1123Label, isDNS1123Subdomain, isValidLabelValue } from '../apimachinery.ts';
import { validateLabelName, validateLabelSelector } from '../apimachinery.ts';
import { goNumber, goString, isObj, listOf, type Obj } from '../context.ts';
import { forbidden, invalid, required, type ErrorList } from '../field.ts';

// Node and pod (anti-)affinity, ported by structure from pkg/apis/core/validation/validation.go of
// Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/kubernetes). Values
// are read as the API decodes them: a missing string is "", a missing number 0; a value of the
// wrong type is the schema family's to report, so the checks that need it are skipped.

/** The string entries of a list field (others are the schema's). */
export function stringsOf(value: unknown): string[] {
  return listOf(value).filter((v): v is string => typeof v === 'string');
}

/** How the target cluster validates affinity (PodValidationOptions and gates, per version). */
export interface AffinityOptions {
  /** Required node affinity values must be label values (1.32+). */
  readonly nodeAffinityLabelValues: boolean;
  /** matchLabelKeys/mismatchLabelKeys are served and validated (MatchLabelKeysInPodAffinity). */
  readonly matchLabelKeys: boolean;
  /**
   * The pod's labels, when the API server merges matchLabelKeys/mismatchLabelKeys into the
   * labelSelector before validating (pod strategy `mutatePodAffinity`, bare Pods only).
   */
  readonly mergeLabels?: Readonly<Record<string, string>>;
}

/** `validateAffinity`. */
export function validateAffinity(affinity: unknown, path: Path, opts: AffinityOptions): ErrorList {
  if (!isObj(affinity)) return [];
  const errs: ErrorList = [];
  if (isObj(affinity.nodeAffinity))
    errs.push(...validateNodeAffinity(affinity.nodeAffinity, [...path, 'nodeAffinity'], opts));
  if (isObj(affinity.podAffinity))
    errs.push(...validatePodAffinity(affinity.podAffinity, [...path, 'podAffinity'], opts));
  if (isObj(affinity.podAntiAffinity))
    errs.push(...validatePodAffinity(affinity.podAntiAffinity, [...path, 'podAntiAffinity'], opts));
  return errs;
}

/** `validateNodeAffinity`. */
export function validateNodeAffinity(na: Obj, path: Path, opts: AffinityOptions): ErrorList {
  const errs: ErrorList = [];
  const requiredTerms = na.requiredDuringSchedulingIgnoredDuringExecution;
  if (isObj(requiredTerms))
    errs.push(
      ...validateNodeSelector(requiredTerms, opts.nodeAffinityLabelValues, [
        ...path,
        'requiredDuringSchedulingIgnoredDuringExecution',
      ]),
    );
  const preferred = listOf(na.preferredDuringSchedulingIgnoredDuringExecution);
  if (preferred.length)
    errs.push(
      ...validatePreferredSchedulingTerms(preferred, [
        ...path,
        'preferredDuringSchedulingIgnoredDuringExecution',
      ]),
    );
  return errs;
}

/** `ValidateNodeSelector`: at least one term, each valid. */
export function validateNodeSelector(ns: Obj, checkValues: boolean, path: Path): ErrorList {
  const terms = ns.nodeSelectorTerms;
  const termsPath = [...path, 'nodeSelectorTerms'];
  if (terms !== undefined && terms !== null && !Array.isArray(terms)) return [];
  if (!listOf(terms).length)
    return [required(termsPath, 'must have at least one node selector term')];
  return listOf(terms).flatMap((t, i) =>
    validateNodeSelectorTerm(t, checkValues, [...termsPath, i]),
  );
}

/** `ValidateNodeSelectorTerm`. */
export function validateNodeSelectorTerm(
  term: unknown,
  checkValues: boolean,
  path: Path,
): ErrorList {
  if (!isObj(term)) return [];
  return [
    ...listOf(term.matchExpressions).flatMap((r, j) =>
      validateNodeSelectorRequirement(r, checkValues, [...path, 'matchExpressions', j]),
    ),
    ...listOf(term.matchFields).flatMap((r, j) =>
      validateNodeFieldSelectorRequirement(r, [...path, 'matchFields', j]),
    ),
  ];
}

/**
 * `ValidateNodeSelectorRequirement`. The values of a required term must be label values from
 * 1.32 (`checkValues`); preferred terms never check them.
 */
export function validateNodeSelectorRequirement(
  rq: unknown,
  checkValues: boolean,
  path: Path,
): ErrorList {
  if (!isObj(rq)) return [];
  const errs: ErrorList = [];
  const values = listOf(rq.values);
  const operator = goString(rq.operator);
  const valuesPath = [...path, 'values'];
  if (operator === 'In' || operator === 'NotIn') {
    if (!values.length)
      errs.push(required(valuesPath, "must be specified when `operator` is 'In' or 'NotIn'"));
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (values.length)
      errs.push(
        forbidden(valuesPath, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
      );
  } else if (operator === 'Gt' || operator === 'Lt') {
    if (values.length !== 1)
      errs.push(
        required(valuesPath, "must be specified single value when `operator` is 'Lt' or 'Gt'"),
      );
  } else if (operator !== undefined)
    errs.push(invalid([...path, 'operator'], operator, 'not a valid selector operator'));
  const key = goString(rq.key);
  if (key !== undefined) errs.push(...validateLabelName(key, [...path, 'key']));
  if (checkValues)
    values.forEach((v, i) => {
      if (typeof v === 'string')
        errs.push(...isValidLabelValue(v).map((m) => invalid([...valuesPath, i], v, m)));
    });
  return errs;
}

/** `ValidateNodeFieldSelectorRequirement`: only `metadata.name`, with one node name. */
export function validateNodeFieldSelectorRequirement(req: unknown, path: Path): ErrorList {
  if (!isObj(req)) return [];
  const errs: ErrorList = [];
  const values = listOf(req.values);
  const operator = goString(req.operator);
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length !== 1)
      errs.push(
        required(
          [...path, 'values'],
          "must be only one value when `operator` is 'In' or 'NotIn' for node field selector",
        ),
      );
  } else if (operator !== undefined)
    errs.push(invalid([...path, 'operator'], operator, 'not a valid selector operator'));
  const key = goString(req.key);
  if (key !== undefined && key !== 'metadata.name')
    errs.push(invalid([...path, 'key'], key, 'not a valid field selector key'));
  else if (key === 'metadata.name')
    values.forEach((v, i) => {
      if (typeof v === 'string')
        errs.push(...isDNS1123Subdomain(v).map((m) => invalid([...path, 'values', i], v, m)));
    });
  return errs;
}

/** `ValidatePreferredSchedulingTerms`: weight 1–100; label values are never checked here. */
export function validatePreferredSchedulingTerms(terms: unknown[], path: Path): ErrorList {
  return terms.flatMap((term, i) => {
    if (!isObj(term)) return [];
    const errs: ErrorList = [];
    const weight = goNumber(term.weight);
    if (weight !== undefined && (weight <= 0 || weight > 100))
      errs.push(invalid([...path, i, 'weight'], weight, 'must be in the range 1-100'));
    errs.push(...validateNodeSelectorTerm(term.preference, false, [...path, i, 'preference']));
    return errs;
  });
}

/** `validatePodAffinity` and `validatePodAntiAffinity` (the same checks). */
export function validatePodAffinity(pa: Obj, path: Path, opts: AffinityOptions): ErrorList {
  const requiredPath = [...path, 'requiredDuringSchedulingIgnoredDuringExecution'];
  const preferredPath = [...path, 'preferredDuringSchedulingIgnoredDuringExecution'];
  return [
    ...listOf(pa.requiredDuringSchedulingIgnoredDuringExecution).flatMap((t, i) =>
      validatePodAffinityTerm(t, [...requiredPath, i], opts),
    ),
    ...validateWeightedPodAffinityTerms(
      listOf(pa.preferredDuringSchedulingIgnoredDuringExecution),
      preferredPath,
      opts,
    ),
  ];
}

/** `validateWeightedPodAffinityTerms`. */
export function validateWeightedPodAffinityTerms(
  terms: unknown[],
  path: Path,
  opts: AffinityOptions,
): ErrorList {
  return terms.flatMap((term, j) => {
    if (!isObj(term)) return [];
    const errs: ErrorList = [];
    const weight = goNumber(term.weight);
    if (weight !== undefined && (weight <= 0 || weight > 100))
      errs.push(invalid([...path, j, 'weight'], weight, 'must be in the range 1-100'));
    // A missing podAffinityTerm decodes to an empty one, whose topologyKey is then missing.
    const affinityTerm = term.podAffinityTerm ?? {};
    errs.push(...validatePodAffinityTerm(affinityTerm, [...path, j, 'podAffinityTerm'], opts));
    return errs;
  });
}

/**
 * `validatePodAffinityTerm`: selectors, namespaces (reported at `namespace`, as upstream does),
 * matchLabelKeys/mismatchLabelKeys, and a topologyKey that is a label key.
 */
export function validatePodAffinityTerm(
  term: unknown,
  path: Path,
  opts: AffinityOptions,
): ErrorList {
  if (!isObj(term)) return [];
  const errs = validatePodAffinityTermSelector(term, path);
  for (const name of stringsOf(term.namespaces))
    errs.push(...isDNS1123Label(name).map((m) => invalid([...path, 'namespace'], name, m)));
  if (opts.matchLabelKeys) {
    const matchKeys = stringsOf(term.matchLabelKeys);
    const mismatchKeys = stringsOf(term.mismatchLabelKeys);
    const selector = opts.mergeLabels
      ? mergeLabelKeys(term.labelSelector, matchKeys, mismatchKeys, opts.mergeLabels)
      : term.labelSelector;
    errs.push(
      ...validateMatchLabelKeysAndMismatchLabelKeys(path, matchKeys, mismatchKeys, selector),
    );
  }
  const topologyKey = goString(term.topologyKey);
  if (topologyKey === '') errs.push(required([...path, 'topologyKey'], 'can not be empty'));
  if (topologyKey !== undefined)
    errs.push(...validateLabelName(topologyKey, [...path, 'topologyKey']));
  return errs;
}

/** `ValidatePodAffinityTermSelector`: labelSelector and namespaceSelector. */
export function validatePodAffinityTermSelector(term: Obj, path: Path): ErrorList {
  return [
    ...validateLabelSelector(term.labelSelector, [...path, 'labelSelector']),
    ...validateLabelSelector(term.namespaceSelector, [...path, 'namespaceSelector']),
  ];
}

/**
 * The labelSelector as the pod strategy leaves it (`applyMatchLabelKeysAndMismatchLabelKeys`):
 * `key In (value)` for each matchLabelKeys key the pod has, `key NotIn (value)` for each
 * mismatchLabelKeys key. A null selector stays null.
 */
export function mergeLabelKeys(
  selector: unknown,
  matchKeys: readonly string[],
  mismatchKeys: readonly string[],
  labels: Readonly<Record<string, string>>,
): unknown {
  if ((!matchKeys.length && !mismatchKeys.length) || !isObj(selector)) return selector;
  const added = (keys: readonly string[], operator: string) =>
    keys
      .filter((k) => Object.hasOwn(labels, k))
      .map((key) => ({ key, operator, values: [labels[key]] }));
  return {
    ...selector,
    matchExpressions: [
      ...listOf(selector.matchExpressions),
      ...added(matchKeys, 'In'),
      ...added(mismatchKeys, 'NotIn'),
    ],
  };
}

/**
 * `ValidateMatchLabelKeysAndMismatchLabelKeys`: keys are label keys, need a labelSelector, a
 * matchLabelKeys key must not be in the selector already (reported at `path[i]`, upstream's path)
 * nor in mismatchLabelKeys.
 */
export function validateMatchLabelKeysAndMismatchLabelKeys(
  path: Path,
  matchKeys: readonly string[],
  mismatchKeys: readonly string[],
  selector: unknown,
): ErrorList {
  if (selector !== undefined && selector !== null && !isObj(selector)) return [];
  const errs = [
    ...validateLabelKeys([...path, 'matchLabelKeys'], matchKeys, selector),
    ...validateLabelKeys([...path, 'mismatchLabelKeys'], mismatchKeys, selector),
  ];
  if (isObj(selector)) {
    const keyIndex = new Map<string, number>();
    matchKeys.forEach((k, i) => keyIndex.set(k, i));
    const selectorKeys = new Set(
      isObj(selector.matchLabels) ? Object.keys(selector.matchLabels) : [],
    );
    for (const expression of listOf(selector.matchExpressions)) {
      const key = isObj(expression) ? goString(expression.key) : undefined;
      if (key === undefined) continue;
      const i = keyIndex.get(key);
      if (i !== undefined && selectorKeys.has(key))
        errs.push(invalid([...path, i], key, 'exists in both matchLabelKeys and labelSelector'));
      selectorKeys.add(key);
    }
  }
  const mismatch = new Set(mismatchKeys);
  matchKeys.forEach((k, i) => {
    if (mismatch.has(k))
      errs.push(
        invalid(
          [...path, 'matchLabelKeys', i],
          k,
          'exists in both matchLabelKeys and mismatchLabelKeys',
        ),
      );
  });
  return errs;
}

/** `validateLabelKeys`: label keys, and only beside a labelSelector. */
export function validateLabelKeys(
  path: Path,
  keys: readonly string[],
  selector: unknown,
): ErrorList {
  if (!keys.length) return [];
  if (!isObj(selector))
    return [forbidden(path, 'must not be specified when labelSelector is not set')];
  return keys.flatMap((key, i) => validateLabelName(key, [...path, i]));
}
