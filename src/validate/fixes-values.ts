import { parseForEdit } from '../edit/apply.ts';
import { loadPod } from '../edit/containers.ts';
import { EditError } from '../edit/errors.ts';
import { setField } from '../edit/fields.ts';
import { podLabelsPath, selectorFromPodLabels } from '../edit/labels.ts';
import { parseQuantity } from '../pod/quantity.ts';
import { compareQuantities } from '../pod/quantity-api.ts';
import { labelSelectorMatches } from '../pod/selectors.ts';
import { designView, getPath } from '../pod/view.ts';
import { formatPath, type Path } from '../yaml/path.ts';
import { entryOf, isObj } from './context.ts';
import { caseFix, mebiFromMilli, relativeSubPath, RESTART_POLICY_VALUES } from './remedies.ts';
import { SERVED, validObjectName } from './rules/objects.ts';
import { enumValuesAt } from './rules/schema.ts';
import { podsForService } from './rules/service-pods.ts';

/** A quick fix: the design text, and where its diagnostic points. */
export type FixFn = (text: string, document: number, path: Path) => string;

/** The refusal when what a fix is about is not there any more. */
export function stale(path: Path): EditError {
  const where = formatPath(path);
  return new EditError(
    `The design changed since this problem was found: there is nothing to fix${where ? ` at ${where}` : ''} any more.`,
  );
}

/** The plain value of one document, or an EditError when the document is gone. */
export function documentValue(text: string, document: number): unknown {
  const { values } = parseForEdit(text);
  if (document < 0 || document >= values.length)
    throw new EditError(`The design has no document ${document + 1}.`);
  return values[document];
}

/**
 * A fix that sets the field at `path` to what `next` makes of its value (and the document's),
 * refused when `next` finds nothing to fix there any more.
 */
function setTo(next: (current: unknown, doc: unknown, path: Path) => unknown): FixFn {
  return (text, document, path) => {
    const doc = documentValue(text, document);
    const value = next(getPath(doc, path), doc, path);
    if (value === undefined) throw stale(path);
    return setField(text, { document, path, value });
  };
}

const isRestartPolicy = (path: Path) => path.at(-1) === 'restartPolicy';

/**
 * The fixes that change one value in place (or a value and the one it is measured against):
 * spelling, a number, a path, a unit, an apiVersion, a name, a selector.
 */
export const VALUE_FIXES = {
  'set-restart-policy-always': setTo((current, _doc, path) =>
    isRestartPolicy(path) && current !== 'Always' ? 'Always' : undefined,
  ),

  // Unset (the refused default Always) or Always in any spelling: nothing else is this fix's.
  'set-restart-policy-never': setTo((current, _doc, path) =>
    isRestartPolicy(path) &&
    (current === undefined ||
      current === null ||
      (typeof current === 'string' && current.toLowerCase() === 'always'))
      ? 'Never'
      : undefined,
  ),

  // The schema's values for the field; a container's restartPolicy has no enum in the schema.
  'correct-value-case': setTo((current, doc, path) =>
    caseFix(
      current,
      enumValuesAt(doc, path) ?? (isRestartPolicy(path) ? RESTART_POLICY_VALUES : []),
    ),
  ),

  'set-success-threshold-1': setTo((current, _doc, path) =>
    path.at(-1) === 'successThreshold' && typeof current === 'number' && current !== 1
      ? 1
      : undefined,
  ),

  'make-subpath-relative': setTo((current) => relativeSubPath(current)),

  'memory-milli-to-mebi': setTo((current, doc, path) => {
    const [name, group] = [path.at(-1), path.at(-2)];
    const inResources = path.at(-3) === 'resources' && (group === 'requests' || group === 'limits');
    return inResources && typeof name === 'string'
      ? mebiFromMilli(current, { resources: getPath(doc, path.slice(0, -2)), group, name })
      : mebiFromMilli(current);
  }),

  'use-served-api-version': setTo((current, doc, path) => {
    const kind = isObj(doc) ? doc.kind : undefined;
    const served = typeof kind === 'string' ? entryOf(SERVED, kind) : undefined;
    return formatPath(path) === 'apiVersion' && served && current !== served ? served : undefined;
  }),

  /** The limit beside the request rises to it: the container keeps what it asked for. */
  'raise-limit-to-request': (text, document, path) => {
    const doc = documentValue(text, document);
    const name = path.at(-1);
    if (path.at(-2) !== 'requests' || typeof name !== 'string') throw stale(path);
    const limitPath = [...path.slice(0, -2), 'limits', name];
    const request = getPath(doc, path);
    const requested = parseQuantity(request);
    const limit = parseQuantity(getPath(doc, limitPath));
    if (!requested || !limit || compareQuantities(requested, limit) <= 0) throw stale(path);
    return setField(text, { document, path: limitPath, value: request });
  },

  'align-selector': (text, document, path) => {
    const { pod, value } = loadPod(text, document);
    const selector = getPath(value, ['spec', 'selector']);
    const empty =
      !isObj(selector) ||
      Object.keys(isObj(selector.matchLabels) ? selector.matchLabels : {}).length +
        (Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0) ===
        0;
    if (!empty && labelSelectorMatches(selector, getPath(value, podLabelsPath(pod))))
      throw stale(path);
    return selectorFromPodLabels(text, document);
  },

  'select-pod-labels': (text, document, path) => {
    const parsed = parseForEdit(text);
    const service = parsed.values[document];
    const selector = getPath(service, ['spec', 'selector']);
    if (!isObj(service) || service.kind !== 'Service' || !isObj(selector)) throw stale(path);
    const pod = podsForService(parsed.values, designView(parsed), document);
    const labels = pod && getPath(parsed.values[pod.document], podLabelsPath(pod));
    if (!Object.keys(selector).length || !isObj(labels)) throw stale(path);
    // Entry by entry, so a label the selector keeps keeps its line and its comment.
    const at = ['spec', 'selector'];
    let out = text;
    for (const [key, value] of Object.entries(labels))
      out = setField(out, { document, path: [...at, key], value });
    for (const key of Object.keys(selector))
      if (!Object.hasOwn(labels, key))
        out = setField(out, { document, path: [...at, key], value: undefined, keepDepth: 2 });
    return out;
  },
} satisfies Record<string, FixFn>;

/** `make-name-valid` for an object's own name (`metadata.name`). */
export const renameObject: FixFn = (text, document, path) => {
  const { values } = parseForEdit(text);
  const name = getPath(values[document], path);
  const next = typeof name === 'string' ? validObjectName(values, document, name) : undefined;
  if (!next) throw stale(path);
  return setField(text, { document, path, value: next });
};
