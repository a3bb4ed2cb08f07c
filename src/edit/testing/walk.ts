import { expect } from 'vitest';
import { visit } from 'yaml';
import { deepEqual } from '../equal.ts';
import { parseDesign } from '../../yaml/parse.ts';
import { EditError } from '../errors.ts';
import type { OpSpec } from './arbitraries.ts';
import { documentTexts } from './fixtures.ts';
import { resolveStep, type Step } from './steps.ts';
import { copiedComments, keepsakes, lostKeepsakes } from './survival.ts';
import { readsTheSameInYaml11 } from './yaml11.ts';

/**
 * Runs `specs` from `text`, calling `check` after every edit that applied. Refusals must be
 * EditErrors (shown to the user as is); anything else thrown is a bug.
 */
export function walk(
  text: string,
  specs: readonly OpSpec[],
  check: (before: string, after: string, step: Step) => void,
): void {
  let current = text;
  for (const spec of specs) {
    const step = resolveStep(current, spec);
    if (!step) continue;
    let next: string;
    try {
      next = step.run();
    } catch (err) {
      if (!(err instanceof EditError))
        throw new Error(`${step.label} threw ${String(err)}`, { cause: err });
      continue;
    }
    check(current, next, step);
    current = next;
  }
}

/** The first document needs no `---`: removing the one before it drops its separator. */
const withoutSeparator = (doc: string | undefined, i: number) =>
  i === 0 ? doc?.replace(/^---[ \t]*\r?\n/, '') : doc;

/**
 * An edit gives YAML that parses (and that Kubernetes reads the same, if it did before) and
 * leaves every document it does not edit byte for byte.
 */
export function expectSound(before: string, after: string, step: Step): void {
  expect(typeof after).toBe('string');
  const problems = parseDesign(after).problems.filter((p) => p.severity === 'error');
  expect(problems, step.label).toEqual([]);
  if (readsTheSameInYaml11(before)) expect(readsTheSameInYaml11(after), step.label).toBe(true);
  const was = documentTexts(before);
  const is = documentTexts(after).map(withoutSeparator);
  const expected = was
    .map((d, i) => (step.edits.includes(i) ? is[i] : d))
    .filter((_, i) => i !== step.removes)
    .map(withoutSeparator);
  if (step.appends) expect(is.length, step.label).toBe(was.length + 1);
  else expect(is.length, step.label).toBe(expected.length);
  expect(is.slice(0, expected.length), step.label).toEqual(expected);
}

/** An edit keeps every comment and unknown field outside what it removed, and copies no comment. */
export function expectKeepsakes(before: string, after: string, step: Step): void {
  const kept = keepsakes(after);
  const lost = lostKeepsakes(keepsakes(before, step.removed), kept);
  expect(lost, step.label).toEqual([]);
  if (!step.copies) expect(copiedComments(keepsakes(before), kept), step.label).toEqual([]);
}

/**
 * An edit followed by its inverse, where it has one, gives back the text it started from. Two
 * things cannot come back: an empty `{}` or `[]` entry the edit filled (emptied again, it goes),
 * and the layout of a flow collection (`{name: a, image: b}`) the edit wrote anew; there the
 * inverse gives back the same data and every byte outside the flow collections.
 */
export function expectInverse(before: string, after: string, step: Step): void {
  if (!step.inverse || after === before) return;
  const back = step.inverse(after);
  if (back === before || withoutOneEmpty(before).includes(back)) return;
  const kept = withoutEmpty(before, back);
  if (back === kept) return;
  expect(withoutFlow(back), step.label).toBe(withoutFlow(kept));
  const data = (text: string) => parseDesign(text).values.map(withoutEmptyEntries);
  expect(deepEqual(data(back), data(kept)), step.label).toBe(true);
}

/** A plain value without its map entries that hold an empty map or list, at any depth. */
function withoutEmptyEntries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyEntries);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, withoutEmptyEntries(v)] as const);
  return Object.fromEntries(
    entries.filter(([, v]) => typeof v !== 'object' || v === null || Object.keys(v).length > 0),
  );
}

const EMPTY_ENTRY = /^\s*[^\s#][^#]*:\s*(\{\}|\[\])\s*(#.*)?$/;

/** `text` without one of its `key: {}` or `key: []` lines, for each such line. */
function withoutOneEmpty(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return lines.flatMap((line, i) =>
    EMPTY_ENTRY.test(line) ? [[...lines.slice(0, i), ...lines.slice(i + 1)].join('')] : [],
  );
}

/** `before` without the `key: {}` and `key: []` lines that `back` does not have anywhere. */
function withoutEmpty(before: string, back: string): string {
  const lines = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return lines.filter((line) => !EMPTY_ENTRY.test(line) || back.includes(line.trim())).join('');
}

/** `text` with each outermost flow collection, and the space before it, cut down to `{…}`. */
function withoutFlow(text: string): string {
  const cuts: [number, number][] = [];
  for (const doc of parseDesign(text).documents)
    visit(doc, {
      Collection(_, node) {
        if (!node.flow || !node.range) return undefined;
        let from = node.range[0];
        while (from > 0 && /\s/.test(text[from - 1]!)) from--;
        cuts.push([from, node.range[1]]);
        return visit.SKIP;
      },
    });
  let out = text;
  for (const [from, to] of cuts.reverse()) out = `${out.slice(0, from)} {…}${out.slice(to)}`;
  return out;
}
