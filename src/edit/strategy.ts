import { getPath } from '../pod/view.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';

/**
 * Sets a controller's update strategy type. Any type but RollingUpdate drops `rollingUpdate`,
 * which the API refuses beside Recreate and OnDelete; `undefined` removes the strategy's type
 * (the default, RollingUpdate, applies).
 */
export function setStrategyType(
  text: string,
  op: { document: number; field: 'strategy' | 'updateStrategy'; type: string | undefined },
): string {
  const value = parseForEdit(text).values[op.document];
  const strategy = getPath(value, ['spec', op.field]);
  const changes: Change[] = [];
  const rolling = getPath(strategy, ['rollingUpdate']) !== undefined;
  const dropsRolling = op.type !== undefined && op.type !== 'RollingUpdate' && rolling;
  if (op.type === undefined) {
    if (getPath(strategy, ['type']) === undefined) return text;
    const onlyType =
      typeof strategy === 'object' && strategy !== null && Object.keys(strategy).length === 1;
    changes.push({
      type: 'delete',
      path: onlyType ? ['spec', op.field] : ['spec', op.field, 'type'],
    });
  } else {
    if (getPath(strategy, ['type']) !== op.type)
      changes.push({ type: 'set', path: ['spec', op.field, 'type'], value: op.type });
    if (dropsRolling) changes.push({ type: 'delete', path: ['spec', op.field, 'rollingUpdate'] });
  }
  return changes.length ? applyChanges(text, op.document, changes) : text;
}

/** Why `raw` is not an int-or-percent (maxSurge, maxUnavailable: "1", "25%"), or `undefined`. */
export function intOrPercentProblem(raw: string): string | undefined {
  if (/^\d+%?$/.test(raw)) return undefined;
  return 'Enter a whole number (e.g. 1) or a percentage (e.g. 25%).';
}

/** An int-or-percent as the YAML holds it: a number, or a string ending in "%". */
export function parseIntOrPercent(raw: string): number | string {
  return raw.endsWith('%') ? raw : Number(raw);
}
