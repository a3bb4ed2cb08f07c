// How Kubernetes label selectors pick pods: the plain map of a Service, and the LabelSelector
// (matchLabels + matchExpressions) of controllers, PodDisruptionBudgets and NetworkPolicies. A
// label's value may be one of several or any (LabelValue): a selector then picks the pods that
// have a matching value, which is some of them.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when a Service-style selector (a plain map) picks pods with `labels`; an empty one picks none here. */
export function mapSelects(selector: unknown, labels: unknown): boolean {
  if (!isObj(selector) || !Object.keys(selector).length) return false;
  const have = isObj(labels) ? labels : {};
  return Object.entries(selector).every(([k, v]) => hasLabel(have, k, v));
}

/**
 * True when `labels` has label `key` set to `value` (on some of the pods, for a label whose value
 * differs between them: see {@link LabelValue}). Own keys only: a selector on `constructor` must
 * not find what every object inherits.
 */
function hasLabel(labels: Obj, key: string, value: unknown): boolean {
  return Object.hasOwn(labels, key) && valuesOf(labels[key]).has(String(value));
}

/** The values a label can hold, as a set that answers `has` (any value, for `{ any: true }`). */
function valuesOf(held: unknown): { has: (v: string) => boolean; size: number } {
  if (isObj(held) && held.any === true) return { has: () => true, size: Infinity };
  if (isObj(held) && Array.isArray(held.oneOf)) return new Set(held.oneOf.map(String));
  return new Set([String(held)]);
}

/**
 * True when a LabelSelector picks pods with `labels`. An empty selector `{}` picks every pod (as a
 * NetworkPolicy's podSelector does); a missing one picks none.
 */
export function labelSelectorMatches(selector: unknown, labels: unknown): boolean {
  if (!isObj(selector)) return false;
  const have = isObj(labels) ? labels : {};
  const match = isObj(selector.matchLabels) ? selector.matchLabels : {};
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  return (
    Object.entries(match).every(([k, v]) => hasLabel(have, k, v)) &&
    expressions.every((e) => expressionMatches(e, have))
  );
}

/** One matchExpressions entry against pod labels (In, NotIn, Exists, DoesNotExist). */
export function expressionMatches(raw: unknown, labels: Obj): boolean {
  if (!isObj(raw) || typeof raw.key !== 'string') return false;
  const has = Object.hasOwn(labels, raw.key);
  const values = Array.isArray(raw.values) ? raw.values.map(String) : [];
  const held = has ? valuesOf(labels[raw.key]) : undefined;
  switch (raw.operator) {
    case 'In':
      return held !== undefined && values.some((v) => held.has(v));
    case 'NotIn':
      // Some pod holds a value outside the list, unless every value it can hold is listed.
      return held === undefined || held.size > values.filter((v) => held.has(v)).length;
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}
