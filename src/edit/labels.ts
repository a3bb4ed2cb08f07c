import { WORKLOADS } from '../pod/kinds.ts';
import type { PodView } from '../pod/types.ts';
import { expressionMatches } from '../pod/selectors.ts';
import { getPath } from '../pod/view.ts';
import type { Path } from '../yaml/path.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';
import { loadPod } from './containers.ts';
import { EditError } from './errors.ts';
import { setField } from './fields.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface MapEntryOp {
  document: number;
  /** The map: `metadata.labels`, `metadata.annotations`, … */
  path: Path;
  key: string;
  value: string;
  /** The key this entry had before; a different `key` renames the entry in place. */
  oldKey?: string;
}

/**
 * Sets one entry of a string map (labels, annotations). Renaming keeps the entry where it was, so
 * the diff is one line. Refuses a rename onto a key the map already has.
 */
export function setMapEntry(text: string, op: MapEntryOp): string {
  const map = getPath(parseForEdit(text).values[op.document], op.path);
  const entries = isObj(map) ? map : {};
  const renaming =
    op.oldKey !== undefined && op.oldKey !== op.key && Object.hasOwn(entries, op.oldKey);
  if (op.key !== op.oldKey && Object.hasOwn(entries, op.key)) {
    throw new EditError(`There is already a key "${op.key}".`);
  }
  if (!renaming)
    return setField(text, { document: op.document, path: [...op.path, op.key], value: op.value });
  const keys = Object.keys(entries);
  const next = keys[keys.indexOf(op.oldKey!) + 1];
  return applyChanges(text, op.document, [
    { type: 'set', path: [...op.path, op.key], value: op.value, before: next },
    { type: 'delete', path: [...op.path, op.oldKey!] },
  ]);
}

/** Removes one entry of a map; an emptied map is removed too, but never `keepDepth` levels up. */
export function removeMapEntry(
  text: string,
  op: { document: number; path: Path; key: string; keepDepth?: number },
): string {
  return setField(text, {
    document: op.document,
    path: [...op.path, op.key],
    value: undefined,
    keepDepth: op.keepDepth ?? op.path.length - 1,
  });
}

/** Where a workload keeps its pods' labels: the template's, or a bare Pod's own. */
export function podLabelsPath(pod: PodView): Path {
  return [...pod.templatePath, 'metadata', 'labels'];
}

const MATCH_LABELS: Path = ['spec', 'selector', 'matchLabels'];

export interface PodLabelOp {
  document: number;
  /** The label being changed; absent when adding one. */
  oldKey?: string;
  /** The new key; absent to remove `oldKey`. */
  key?: string;
  value?: string;
  /**
   * Also change `spec.selector.matchLabels` where it used the old label, so the controller keeps
   * owning its pods. Without it the selector is left as it is.
   */
  followSelector: boolean;
}

/**
 * Adds, changes, renames or removes one label of the pods a workload makes. With `followSelector`
 * the selector gets the same change wherever it held the old label with the old value; adding a
 * label leaves the selector alone (a selector may be a subset of the labels).
 *
 * @throws EditError when the change would leave the selector empty, which the API refuses.
 */
export function editPodLabel(text: string, op: PodLabelOp): string {
  const { pod, value } = loadPod(text, op.document);
  const path = podLabelsPath(pod);
  const labels = getPath(value, path);
  const oldValue = op.oldKey !== undefined && isObj(labels) ? labels[op.oldKey] : undefined;
  const apply = (t: string, at: Path, keepDepth: number) =>
    op.key === undefined
      ? removeMapEntry(t, { document: op.document, path: at, key: op.oldKey ?? '', keepDepth })
      : setMapEntry(t, {
          document: op.document,
          path: at,
          key: op.key,
          value: op.value ?? '',
          oldKey: op.oldKey,
        });

  let out = apply(text, path, path.length - 1);
  const match = getPath(value, MATCH_LABELS);
  const usedBySelector =
    op.followSelector &&
    WORKLOADS[pod.kind].selector !== 'none' &&
    op.oldKey !== undefined &&
    isObj(match) &&
    Object.hasOwn(match, op.oldKey) &&
    match[op.oldKey] === oldValue;
  if (!usedBySelector) return out;
  if (op.key === undefined && Object.keys(match).length === 1 && !hasExpressions(value)) {
    throw new EditError(
      `The selector uses only "${op.oldKey}": add another pod label to the selector before removing this one.`,
    );
  }
  out = apply(out, MATCH_LABELS, MATCH_LABELS.length - 1);
  return out;
}

function hasExpressions(value: unknown): boolean {
  const e = getPath(value, ['spec', 'selector', 'matchExpressions']);
  return Array.isArray(e) && e.length > 0;
}

/**
 * Makes `spec.selector.matchLabels` equal to the pod labels (matchExpressions are kept), the fix
 * for a selector that no longer matches the pods.
 */
export function selectorFromPodLabels(text: string, document: number): string {
  const { pod, value } = loadPod(text, document);
  if (pod.kind === 'Pod') throw new EditError('A Pod has no selector.');
  const labels = getPath(value, podLabelsPath(pod));
  if (!isObj(labels) || !Object.keys(labels).length)
    throw new EditError('The pods have no labels for the selector to match; add a label first.');
  const change: Change = { type: 'set', path: MATCH_LABELS, value: { ...labels } };
  return applyChanges(text, document, [change]);
}

/**
 * Why a workload's selector does not select its own pods (the API refuses that for Deployments,
 * StatefulSets and DaemonSets), or `undefined` when it does or the kind has no selector to check.
 */
export function selectorProblem(value: unknown, pod: PodView): string | undefined {
  const form = WORKLOADS[pod.kind].selector;
  if (form === 'none') return undefined;
  const selector = getPath(value, ['spec', 'selector']);
  if (selector === undefined || selector === null)
    return form === 'required' ? `A ${pod.kind} needs spec.selector.` : undefined;
  const labelsRaw = getPath(value, podLabelsPath(pod));
  const labels = isObj(labelsRaw) ? labelsRaw : {};
  const match = isObj(selector) ? selector.matchLabels : undefined;
  const expressions = isObj(selector) ? selector.matchExpressions : undefined;
  const matchEntries = isObj(match) ? Object.entries(match) : [];
  const exprs = Array.isArray(expressions) ? expressions : [];
  if (!matchEntries.length && !exprs.length) return 'The selector is empty.';
  for (const [k, v] of matchEntries) {
    if (!Object.hasOwn(labels, k))
      return `The selector wants label "${k}", which the pods do not have.`;
    if (String(labels[k]) !== String(v))
      return `The selector wants ${k}=${String(v)}, the pods have ${k}=${String(labels[k])}.`;
  }
  for (const e of exprs) {
    if (!expressionMatches(e, labels)) return 'A matchExpressions entry does not match the pods.';
  }
  return undefined;
}
