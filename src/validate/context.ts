import type { DesignView, PodView } from '../pod/types.ts';
import type { ParsedDesign } from '../yaml/parse.ts';
import type { Path } from '../yaml/path.ts';
import type { FixId, Severity } from './types.ts';
import type { K8sVersion } from './versions.ts';

export type Obj = Record<string, unknown>;

/** A finding before it is placed in the text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  document: number;
  path: Path;
  /** The message after `path: `, in kubectl's words where kubectl has them. */
  detail: string;
  fix?: FixId;
  /** Point at the entry's key rather than its value (kubectl points at fields). Default true. */
  key?: boolean;
}

/** Rules call this once per finding. */
export type Report = (finding: Finding) => void;

/** What every rule can see: the whole design, parsed once. */
export interface DesignContext {
  parsed: ParsedDesign;
  /** Plain value of each document. */
  values: unknown[];
  view: DesignView;
  k8s: K8sVersion;
}

/** One workload (Pod, Deployment, …) with its pod template, for the rules about pods. */
export interface WorkloadContext {
  design: DesignContext;
  pod: PodView;
  document: number;
  /** The whole document. */
  value: Obj;
  /** The pod spec (`{}` when missing). */
  spec: Obj;
  k8s: K8sVersion;
}

/** One Kubernetes object of any kind (has apiVersion and kind). */
export interface ObjectContext {
  design: DesignContext;
  document: number;
  value: Obj;
  apiVersion: string;
  kind: string;
  k8s: K8sVersion;
}

export interface Rules {
  /** Rules over every object with apiVersion and kind. */
  object?: (ctx: ObjectContext, report: Report) => void;
  /** Rules over every workload's pod. */
  workload?: (ctx: WorkloadContext, report: Report) => void;
  /** Rules that look across documents (a Service and the pods it selects). */
  design?: (ctx: DesignContext, report: Report) => void;
}

/** A family of rules (one file in rules/): the ids it can report, and its checks. */
export interface RuleFamily extends Rules {
  ids: readonly string[];
}

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `table[key]` when the table has that entry of its own. Keys come from the YAML, and a kind or
 * an image named `constructor` must not find what every object inherits.
 */
export function entryOf<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The items of a list field, or `[]` when it is missing or not a list. */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string field as Go sees it: missing or null is "", any other type `undefined` (skip). */
export function goString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? '' : undefined;
}

/** A number field as Go sees it: missing or null is 0, any other type `undefined` (skip). */
export function goNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return value === undefined || value === null ? 0 : undefined;
}

/** Go's `strconv.Atoi`: the number a base-10 integer string stands for, or `undefined`. */
export function atoi(text: string): number | undefined {
  return /^[+-]?[0-9]+$/.test(text) ? Number(text) : undefined;
}

/** The string entries of a map field, in document order (others are the schema's to report). */
export function stringEntries(map: unknown): [string, string][] {
  if (!isObj(map)) return [];
  return Object.entries(map).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/** The object at `value[key]`, or `{}`. */
export function objOf(value: unknown, key: string): Obj {
  const v = isObj(value) ? value[key] : undefined;
  return isObj(v) ? v : {};
}

/** Go's `%q`-like quoting kubectl uses for values in messages: strings quoted, numbers bare. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? 'null');
}
