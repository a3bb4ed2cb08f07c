import { getPath } from '../../pod/view.ts';
import { nodeAt } from '../../yaml/locate.ts';
import type { Path } from '../../yaml/path.ts';
import { insertItem, removeItem, setField } from '../fields.ts';
import { setHandler } from '../handlers.ts';
import {
  editPodLabel,
  podLabelsPath,
  removeMapEntry,
  selectorFromPodLabels,
  setMapEntry,
} from '../labels.ts';
import { HOOKS } from '../lifecycle.ts';
import { WORKLOADS } from '../../pod/kinds.ts';
import { setStrategyType } from '../strategy.ts';
import type { OpSpec } from './arbitraries.ts';
import type { Scope } from './samples.ts';
import { deepestMap, pickOf, pruned, regions, step, type Ctx, type Step } from './context.ts';

type FieldSpec = Extract<
  OpSpec,
  {
    op:
      | 'setField'
      | 'insertItem'
      | 'removeItem'
      | 'setHandler'
      | 'setMapEntry'
      | 'removeMapEntry'
      | 'editPodLabel'
      | 'selectorFromPodLabels'
      | 'setStrategyType';
  }
>;

const HANDLER_KEYS = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'];
const MATCH_LABELS: Path = ['spec', 'selector', 'matchLabels'];

/** Steps for the field ops: fields, list items, map entries, pod labels, probes and hooks, strategy. */
export function fieldStep(ctx: Ctx, spec: FieldSpec): Step | undefined {
  const { text, document, pod, value } = ctx;
  switch (spec.op) {
    case 'setField': {
      const at = scopePath(ctx, spec.scope, spec.pick);
      if (!at) return undefined;
      const path = [...at.base, ...spec.path];
      const { keepDepth } = at;
      const current = getPath(value, path);
      const run = () => setField(text, { document, path, value: spec.value, keepDepth });
      // A collection written in place of a value (or the other way round) replaces it whole,
      // with what was written on it (in a flow collection, the comment ending its line).
      const collection = (v: unknown) => typeof v === 'object' && v !== null;
      const removed =
        spec.value === undefined
          ? regions(ctx, [pruned(value, path, keepDepth)])
          : collection(current) || (current !== undefined && collection(spec.value))
            ? regions(ctx, [path])
            : [];
      // Setting a field that was absent, then clearing it, must give back the text exactly.
      const owner = deepestMap(ctx, path);
      const inverse =
        current === undefined && spec.value !== undefined && owner !== undefined
          ? (after: string) =>
              setField(after, { document, path, value: undefined, keepDepth: owner })
          : undefined;
      return step(ctx, run, { removed, inverse });
    }
    case 'insertItem': {
      const at = scopePath(ctx, spec.scope, spec.pick);
      if (!at) return undefined;
      const path = [...at.base, ...spec.path];
      const list = getPath(value, path);
      const run = () => insertItem(text, { document, path, value: spec.value, index: spec.index });
      const length = Array.isArray(list) ? list.length : 0;
      const index = spec.index === undefined || spec.index > length ? length : spec.index;
      const exact =
        (Array.isArray(list) && nodeAt(ctx.parsed, document, path) !== undefined) ||
        (list === undefined && deepestMap(ctx, path) === path.length - 1);
      const inverse = exact
        ? (after: string) => removeItem(after, { document, path, index })
        : undefined;
      return step(ctx, run, { inverse });
    }
    case 'removeItem': {
      const at = scopePath(ctx, spec.scope, spec.pick);
      if (!at) return undefined;
      const path = [...at.base, ...spec.path];
      const list = getPath(value, path);
      const { keepDepth } = at;
      const run = () => removeItem(text, { document, path, index: spec.index, keepDepth });
      const removed = !Array.isArray(list)
        ? []
        : list.length > 1
          ? regions(ctx, [[...path, spec.index]])
          : regions(ctx, [pruned(value, path, keepDepth)]);
      return step(ctx, run, { removed });
    }
    case 'setHandler': {
      const container = pickOf(pod.containers, spec.pick);
      if (!container) return undefined;
      const hook = (HOOKS as readonly string[]).includes(spec.slot);
      const path = hook
        ? [...container.path, 'lifecycle', spec.slot]
        : [...container.path, spec.slot];
      const current = getPath(value, path);
      const run = () =>
        setHandler(text, {
          document,
          path,
          container: container.path,
          family: hook ? 'hook' : 'probe',
          kind: spec.kind,
        });
      const dropped =
        spec.kind === null
          ? [pruned(value, path, container.path.length)]
          : Object.keys(typeof current === 'object' && current ? current : {})
              .filter((k) => HANDLER_KEYS.includes(k) && k !== spec.kind)
              .map((k) => [...path, k]);
      const inverse =
        current === undefined && spec.kind !== null
          ? (after: string) =>
              setHandler(after, {
                document,
                path,
                container: container.path,
                family: hook ? 'hook' : 'probe',
                kind: null,
              })
          : undefined;
      return step(ctx, run, { removed: regions(ctx, dropped), inverse });
    }
    case 'setMapEntry': {
      const path = mapPath(ctx, spec.map);
      const map = getPath(value, path);
      const keys = Object.keys(typeof map === 'object' && map ? map : {});
      const oldKey = spec.rename === undefined ? undefined : pickOf(keys, spec.rename);
      const run = () =>
        setMapEntry(text, { document, path, key: spec.key, value: spec.value, oldKey });
      const inverse =
        oldKey === undefined &&
        !keys.includes(spec.key) &&
        (deepestMap(ctx, [...path, spec.key]) ?? -1) >= path.length - 1
          ? (after: string) => removeMapEntry(after, { document, path, key: spec.key })
          : undefined;
      const removed = oldKey === undefined ? [] : regions(ctx, [[...path, oldKey]]);
      return step(ctx, run, { removed, inverse });
    }
    case 'removeMapEntry': {
      const path = mapPath(ctx, spec.map);
      const map = getPath(value, path);
      const key = pickOf(Object.keys(typeof map === 'object' && map ? map : {}), spec.pick);
      if (key === undefined) return undefined;
      return step(ctx, () => removeMapEntry(text, { document, path, key }), {
        removed: regions(ctx, [pruned(value, [...path, key], path.length - 1)]),
      });
    }
    case 'editPodLabel': {
      const labels = getPath(value, podLabelsPath(pod));
      const keys = Object.keys(typeof labels === 'object' && labels ? labels : {});
      const oldKey = spec.oldKey === undefined ? undefined : pickOf(keys, spec.oldKey);
      const run = () =>
        editPodLabel(text, {
          document,
          oldKey,
          key: spec.key,
          value: spec.value,
          followSelector: spec.followSelector,
        });
      const dropped: Path[] =
        oldKey === undefined
          ? []
          : [
              pruned(value, [...podLabelsPath(pod), oldKey], podLabelsPath(pod).length - 1),
              pruned(value, [...MATCH_LABELS, oldKey], MATCH_LABELS.length - 1),
            ];
      return step(ctx, run, { removed: regions(ctx, dropped) });
    }
    case 'selectorFromPodLabels':
      return step(ctx, () => selectorFromPodLabels(text, document), {
        removed: regions(ctx, [MATCH_LABELS]),
      });
    case 'setStrategyType': {
      const field = WORKLOADS[pod.kind].strategy?.field ?? 'strategy';
      const run = () => setStrategyType(text, { document, field, type: spec.type });
      const dropped: Path[] = [
        ['spec', field, 'rollingUpdate'],
        pruned(value, ['spec', field, 'type'], 1),
      ];
      return step(ctx, run, { removed: regions(ctx, dropped) });
    }
  }
}

/** Where a scope's paths start, and how deep removal may prune (as the forms do). */
function scopePath(
  ctx: Ctx,
  scope: Scope,
  pick: number,
): { base: Path; keepDepth: number } | undefined {
  const { pod } = ctx;
  if (scope === 'container') {
    const c = pickOf(pod.containers, pick);
    return c && { base: c.path, keepDepth: c.path.length };
  }
  if (scope === 'podSpec') return { base: pod.specPath, keepDepth: pod.specPath.length };
  if (scope === 'template')
    return { base: pod.templatePath, keepDepth: pod.templatePath.length + 1 };
  return { base: [], keepDepth: 1 };
}

function mapPath(ctx: Ctx, map: 'labels' | 'annotations' | 'template-annotations'): Path {
  if (map === 'template-annotations') return [...ctx.pod.templatePath, 'metadata', 'annotations'];
  return ['metadata', map];
}
