import type { RuleFamily } from '../context.ts';
import { objects } from './objects.ts';

/** Every rule family, in the order they run. */
export const FAMILIES: readonly RuleFamily[] = [objects];

/** Every rule id Podsmith can report (YAML and schema ids included). */
export const RULE_IDS: readonly string[] = [
  'yaml-syntax',
  'yaml-duplicate-key',
  ...FAMILIES.flatMap((f) => f.ids),
];
