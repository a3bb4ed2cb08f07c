import { isMap } from 'yaml';
import { baseName, NAME_LABEL_KEYS, serviceNameFor } from '../pod/derived.ts';
import { mapSelects } from '../pod/selectors.ts';
import { getPath } from '../pod/view.ts';
import { nodeAt } from '../yaml/locate.ts';
import type { Path } from '../yaml/path.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';
import { loadPod } from './containers.ts';
import { EditError } from './errors.ts';
import { podLabelsPath } from './labels.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Renames a workload, and moves along what was derived from its old name (src/pod/derived.ts):
 * the values of the name label keys (`app.kubernetes.io/name`, `app`) that equal the old name, in
 * the workload's labels, its pods' labels and `spec.selector.matchLabels`; the same values in the
 * selector of every Service of the namespace that selects those pods; such a Service's own name
 * when Podsmith named it after the workload (`<name>`, `<name>-headless`); and a StatefulSet's
 * `serviceName`, when it names a Service that moves or one the design does not hold. Anything the
 * user set to something else stays as it is.
 *
 * So switching the kind and then renaming gives the same design as renaming and then switching.
 *
 * @throws EditError for an empty name.
 */
export function renameWorkload(text: string, op: { document: number; name: string }): string {
  const name = op.name.trim();
  if (!name) throw new EditError('A workload needs a name.');
  const { pod, value, parsed } = loadPod(text, op.document);
  if (pod.name === name) return text;
  const old = baseName(pod.name);
  const namespace = pod.namespaces.namespace;
  const podLabels = getPath(value, podLabelsPath(pod));

  const services = parsed.values.flatMap((v, document) =>
    isObj(v) && v.kind === 'Service' && getPath(v, ['metadata', 'namespace']) === namespace
      ? [{ document, value: v, name: getPath(v, ['metadata', 'name']) }]
      : [],
  );
  const taken = new Set(services.map((s) => s.name));
  const selecting = services.filter((s) =>
    mapSelects(getPath(s.value, ['spec', 'selector']), podLabels),
  );
  const renames = new Map<string, string>();
  for (const s of selecting) {
    for (const headless of [false, true]) {
      const next = serviceNameFor(name, headless);
      if (s.name === serviceNameFor(old, headless) && !taken.has(next)) {
        renames.set(s.name, next);
        taken.add(next);
      }
    }
  }

  let out = applyChanges(text, op.document, [
    { type: 'set', path: ['metadata', 'name'], value: name },
  ]);
  const paths = [['metadata', 'labels'], podLabelsPath(pod), ['spec', 'selector', 'matchLabels']];
  for (const path of unique(paths)) out = followName(out, op.document, path, old, name);

  const serviceName = getPath(value, ['spec', 'serviceName']);
  if (typeof serviceName === 'string') {
    const next =
      renames.get(serviceName) ??
      (serviceName === old && !services.some((s) => s.name === old) ? name : undefined);
    if (next !== undefined)
      out = applyChanges(out, op.document, [
        { type: 'set', path: ['spec', 'serviceName'], value: next },
      ]);
  }

  for (const s of selecting) {
    out = followName(out, s.document, ['spec', 'selector'], old, name);
    const next = typeof s.name === 'string' ? renames.get(s.name) : undefined;
    if (next !== undefined)
      out = applyChanges(out, s.document, [
        { type: 'set', path: ['metadata', 'name'], value: next },
      ]);
  }
  return out;
}

/**
 * Sets every name label of the map at `path` whose value is `old` to `name`. The map is read from
 * the current text; a map that is an alias (or sits under one) is left to its anchor, which is
 * one of the maps a rename visits: a selector written `*labels` has moved with the labels.
 */
function followName(text: string, document: number, path: Path, old: string, name: string): string {
  const parsed = parseForEdit(text);
  if (!isMap(nodeAt(parsed, document, path))) return text;
  const map = getPath(parsed.values[document], path);
  if (!isObj(map)) return text;
  const changes: Change[] = NAME_LABEL_KEYS.filter(
    (k) => Object.hasOwn(map, k) && map[k] === old,
  ).map((k) => ({ type: 'set', path: [...path, k], value: name }));
  return changes.length ? applyChanges(text, document, changes) : text;
}

function unique(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = p.join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
