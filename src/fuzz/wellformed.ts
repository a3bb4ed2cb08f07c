import type { DesignAnalysis, InspectReport, WorkloadAnalysis } from '../analysis/inspect.ts';
import { RESOURCE_NAMES } from '../analysis/resources.ts';
import { WORKLOADS } from '../pod/kinds.ts';
import { quantityProblem } from '../pod/quantity.ts';
import type { DesignView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import { FIX_TITLES } from '../validate/fix-titles.ts';
import { RULE_IDS } from '../validate/rules/index.ts';
import type { Diagnostic, FixId } from '../validate/types.ts';
import type { ParsedDesign } from '../yaml/parse.ts';

// What "well-formed" means for each result of the core, as lists of what is wrong (empty when
// all is well), so a failing property says every problem at once. These are the promises the
// editor markers, the canvas, the problems panel, the analysis panels and the CLI rely on.

const KNOWN_RULES = new Set(RULE_IDS);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const FIXES = new Set(Object.keys(FIX_TITLES) as FixId[]);
/** Words that only reach a user by mistake: a value printed without being turned into words. */
const LEAKS = /\bundefined\b|\[object Object\]|\bNaN\b/;

const isWhole = (n: unknown, min: number, max = Number.MAX_SAFE_INTEGER) =>
  Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

/**
 * Whether the parse counted every line of its text. yaml 2.9.1's own LineCounter missed a newline
 * inside a plain scalar that error recovery swallowed (see {@link KNOWN_MISCOUNTED}); parseDesign
 * now counts lines from the text, and a test keeps it so.
 */
export function linesCounted(parsed: ParsedDesign): boolean {
  const starts = [0];
  for (let i = parsed.text.indexOf('\n'); i !== -1; i = parsed.text.indexOf('\n', i + 1))
    starts.push(i + 1);
  return starts.join() === parsed.lineCounter.lineStarts.join();
}

/** The smallest text the fuzz properties found whose lines yaml's own counter miscounted. */
export const KNOWN_MISCOUNTED = '  replicas: 1\nkind: Pod\n  x\n';

/**
 * The problems of one diagnostic list for `parsed`. `positions: false` skips the line and column
 * checks, for texts whose lines the parse miscounted (see {@link linesCounted}).
 */
export function diagnosticProblems(
  parsed: ParsedDesign,
  diagnostics: readonly Diagnostic[],
  { positions = true } = {},
) {
  const lines = parsed.text.split('\n');
  const problems: string[] = [];
  diagnostics.forEach((d, i) => {
    const say = (what: string) => problems.push(`diagnostic ${i} (${d.ruleId}): ${what}`);
    if (!KNOWN_RULES.has(d.ruleId)) say('unknown rule id');
    if (!SEVERITIES.has(d.severity)) say(`severity ${String(d.severity)}`);
    if (typeof d.message !== 'string' || !d.message.trim()) say('empty message');
    else if (LEAKS.test(d.message)) say(`message leaks a raw value: ${d.message}`);
    // A problem with the whole text (binary, too large) may leave no document: it names the first.
    if (!isWhole(d.document, 0, Math.max(parsed.documents.length - 1, 0)))
      say(`document ${d.document}`);
    if (!Array.isArray(d.path) || d.path.some((s) => typeof s !== 'string' && !isWhole(s, 0)))
      say('path is not a list of keys and indexes');
    if (d.fix !== undefined && !FIXES.has(d.fix)) say(`unknown fix ${d.fix}`);
    if (!positions) return;
    for (const [line, column, name] of [
      [d.line, d.column, 'start'],
      [d.endLine, d.endColumn, 'end'],
    ] as const) {
      if (!isWhole(line, 1, lines.length)) say(`${name} line ${line} of ${lines.length}`);
      else if (!isWhole(column, 1, lines[line - 1]!.length + 1))
        say(`${name} column ${column} on a line of ${lines[line - 1]!.length}`);
    }
    if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column))
      say('ends before it starts');
  });
  return problems;
}

/** The problems of a design view: every entry names a document that exists and holds it. */
export function viewProblems(parsed: ParsedDesign, view: DesignView): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  const present = parsed.values.filter((v) => v !== undefined && v !== null).length;
  for (const entry of [...view.workloads, ...view.objects]) {
    if (seen.has(entry.document)) problems.push(`document ${entry.document} listed twice`);
    seen.add(entry.document);
    const value = parsed.values[entry.document];
    if (value === undefined || value === null)
      problems.push(`document ${entry.document} is listed but holds nothing`);
  }
  if (seen.size !== present) problems.push(`${seen.size} documents listed of ${present}`);
  for (const pod of view.workloads) {
    const value = parsed.values[pod.document];
    const at = `workload in document ${pod.document}`;
    if (!(pod.kind in WORKLOADS)) problems.push(`${at}: kind ${pod.kind}`);
    for (const c of pod.containers) {
      const list = getPath(value, c.path.slice(0, -1));
      if (!Array.isArray(list) || list.length <= c.index || c.path.at(-1) !== c.index)
        problems.push(`${at}: container ${c.list}[${c.index}] is not in the document`);
      const app = c.list === 'containers';
      if (app !== (c.role === 'main' || c.role === 'sidecar'))
        problems.push(`${at}: ${c.role} in ${c.list}`);
    }
    const apps = pod.containers.filter((c) => c.list === 'containers');
    const mains = apps.filter((c) => c.role === 'main').length;
    if (mains !== Math.min(apps.length, 1)) problems.push(`${at}: ${mains} main containers`);
    for (const v of pod.volumes)
      if (getPath(value, v.path) === undefined) problems.push(`${at}: volume ${v.name} not found`);
  }
  return problems;
}

const quantity = (q: unknown) => typeof q === 'string' && quantityProblem(q) === undefined;

/** The problems of one workload's analysis: amounts are quantities, names are its containers. */
function workloadProblems(w: WorkloadAnalysis): string[] {
  const problems: string[] = [];
  const at = `analysis of document ${w.pod.document}`;
  const names = new Set(w.pod.containers.map((c) => c.name));
  const { requests, limits, totals, containers } = w.resources;
  for (const r of ['cpu', 'memory'] as const)
    if (!(r in requests) || !(r in limits)) problems.push(`${at}: no ${r} total`);
  for (const [r, q] of Object.entries(requests))
    if (!quantity(q)) problems.push(`${at}: request ${r} ${String(q)}`);
  for (const [r, q] of Object.entries(limits))
    if (q !== null && !quantity(q)) problems.push(`${at}: limit ${r} ${String(q)}`);
  for (const t of totals) {
    if (!quantity(t.request.total)) problems.push(`${at}: ${t.resource} request total`);
    if (t.limit.total !== null && !quantity(t.limit.total))
      problems.push(`${at}: ${t.resource} limit total ${t.limit.total}`);
  }
  if (containers.map((c) => c.name).join('\n') !== w.pod.containers.map((c) => c.name).join('\n'))
    problems.push(`${at}: resources list other containers than the pod`);
  for (const c of containers)
    for (const [r, q] of [...Object.entries(c.requests), ...Object.entries(c.limits)])
      if (!quantity(q)) problems.push(`${at}: ${c.name} ${r} ${String(q)}`);
  if (!['Guaranteed', 'Burstable', 'BestEffort'].includes(w.qos.qosClass) || !w.qos.reason.trim())
    problems.push(`${at}: QoS ${w.qos.qosClass} (${w.qos.reason})`);
  for (const step of [...w.lifecycle.startup, ...w.lifecycle.shutdown])
    for (const name of step) if (!names.has(name)) problems.push(`${at}: step names ${name}`);
  for (const words of [
    w.qos.reason,
    ...w.lifecycle.start.map((s) => s.detail),
    ...w.lifecycle.stop.steps.map((s) => s.detail),
    ...w.lifecycle.notes,
    ...w.network.conflicts.map((c) => c.message),
  ])
    if (!words.trim() || LEAKS.test(words)) problems.push(`${at}: words "${words}"`);
  const { ports, conflicts, portList } = w.network;
  for (const p of ports)
    if (!names.has(p.container)) problems.push(`${at}: port of ${p.container}`);
  for (const c of conflicts)
    if (c.ports.some((i) => !isWhole(i, 0, ports.length - 1)))
      problems.push(`${at}: conflict names ports ${c.ports.join(',')}`);
  for (const p of portList)
    if (!isWhole(p.port, 1, 65535) || !names.has(p.container))
      problems.push(`${at}: listed port ${p.container}:${p.port}`);
  return problems;
}

/** The problems of a design's analysis: one entry per workload of the view, each well-formed. */
export function analysisProblems(view: DesignView, analysis: DesignAnalysis): string[] {
  const docs = analysis.workloads.map((w) => w.pod.document).join();
  const problems = docs === view.workloads.map((w) => w.document).join() ? [] : ['workloads'];
  return [...problems, ...analysis.workloads.flatMap(workloadProblems)];
}

const INSPECT_KEYS = 'document,kind,name,containers,resources,qos,startup,shutdown,ports';

/** The problems of `podsmith inspect --format json`'s report against its documented shape. */
export function inspectProblems(view: DesignView, report: InspectReport): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(report);
  if (JSON.stringify(JSON.parse(json)) !== json) problems.push('does not survive JSON');
  if (Object.keys(report).join() !== 'workloads') problems.push('top-level keys');
  report.workloads.forEach((w, i) => {
    const at = `inspect workload ${i}`;
    const pod = view.workloads[i];
    if (Object.keys(w).join() !== INSPECT_KEYS) problems.push(`${at}: keys ${Object.keys(w)}`);
    if (!pod || pod.document !== w.document || pod.kind !== w.kind || pod.name !== w.name)
      problems.push(`${at}: not the view's workload ${i}`);
    if (w.containers.some((c) => Object.keys(c).join() !== 'name,role'))
      problems.push(`${at}: container keys`);
    const { requests, limits } = w.resources;
    if (Object.keys(w.resources).join() !== 'requests,limits') problems.push(`${at}: resources`);
    for (const r of [...Object.keys(requests), ...Object.keys(limits)])
      if (!(RESOURCE_NAMES as readonly string[]).includes(r)) problems.push(`${at}: resource ${r}`);
    if (!Object.values(requests).every(quantity)) problems.push(`${at}: requests`);
    if (!Object.values(limits).every((q) => q === null || quantity(q)))
      problems.push(`${at}: limits`);
    for (const steps of [w.startup, w.shutdown])
      if (!steps.every((s) => Array.isArray(s) && s.every((n) => typeof n === 'string')))
        problems.push(`${at}: steps`);
    for (const p of w.ports) {
      const keys = Object.keys(p).join();
      if (keys !== 'container,port,protocol' && keys !== 'container,port,protocol,name')
        problems.push(`${at}: port keys ${keys}`);
    }
  });
  return problems;
}
