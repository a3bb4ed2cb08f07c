import { WORKLOADS } from '../pod/kinds.ts';
import { recognise, type Recognition } from '../io/recognise.ts';
import { designView } from '../pod/view.ts';
import { spanOf } from '../yaml/locate.ts';
import type { ParsedDesign } from '../yaml/parse.ts';
import { formatPath, startsWith, type Path } from '../yaml/path.ts';
import { isObj, type DesignContext, type Finding, type Obj, type Report } from './context.ts';
import { FAMILIES } from './rules/index.ts';
import { withoutSchemaRepeats } from './rules/schema.ts';
import type { Diagnostic } from './types.ts';
import { SEVERITY_RANK } from './severity.ts';
import { underProfile, type Profile } from './security-profile.ts';
import { DEFAULT_K8S_VERSION, type K8sVersion } from './versions.ts';

export interface ValidateOptions {
  /** The Kubernetes version the design targets (default 1.34). */
  k8s?: K8sVersion;
  /** `strict` reports the security profile's findings (security-profile.ts) as warnings. */
  profile?: Profile;
}

/**
 * Every diagnostic for a parsed design: YAML problems, then the API server's checks (schema and
 * rules) and the runtime pitfalls, for the chosen Kubernetes version, sorted by position. Rules
 * read values defensively (any document may hold anything), so this never throws.
 */
export function validateDesign(parsed: ParsedDesign, options: ValidateOptions = {}): Diagnostic[] {
  const k8s = options.k8s ?? DEFAULT_K8S_VERSION;
  const findings: Finding[] = [];
  const report = (f: Finding) => findings.push(f);
  const design: DesignContext = { parsed, values: parsed.values, view: designView(parsed), k8s };

  const workloads = new Map(design.view.workloads.map((w) => [w.document, w]));
  parsed.values.forEach((value, document) => {
    if (!isObj(value)) return;
    const { apiVersion, kind } = value;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') return;
    const object = { design, document, value, apiVersion, kind, k8s };
    for (const family of FAMILIES) family.object?.(object, report);
    const pod = workloads.get(document);
    if (!pod) return;
    const spec = specOf(value, pod.specPath);
    const workload = { design, pod, document, value, spec, k8s };
    const podReport = WORKLOADS[pod.kind].validatesPodSpec
      ? report
      : statefulSetReport(pod.specPath, report);
    for (const family of FAMILIES) family.workload?.(workload, podReport);
  });
  for (const family of FAMILIES) family.design?.(design, report);

  // A text that is something else (Terraform, Helm values, …) is named as such, instead of a
  // list of YAML errors that would only say it is not Kubernetes YAML in a roundabout way.
  const format = recognise(parsed.text);
  const foreign = format !== null && notReadable(format);
  const diagnostics = [
    ...(format ? [formatDiagnostic(parsed, format)] : []),
    ...parsed.problems
      .filter((p) => !foreign || p.ruleId === 'yaml-limit')
      .map(yamlDiagnostic(parsed)),
    ...withoutSchemaRepeats(findings).map(underProfile(options.profile)).map(place(parsed)),
  ];
  return diagnostics.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

/** What the StatefulSet API does check in its pod template: these stay errors. */
const STATEFULSET_CHECKED = new Set(['template-restart-policy']);

/**
 * The StatefulSet API checks only its template's labels, annotations and restartPolicy (full pod
 * validation is a TODO upstream in `ValidatePodTemplateSpecForStatefulSet`): it accepts a broken
 * pod spec, and then every Pod creation fails. That is a runtime failure, so a warning.
 */
function statefulSetReport(specPath: Path, report: Report): Report {
  return (f) =>
    report(
      f.severity === 'error' && startsWith(f.path, specPath) && !STATEFULSET_CHECKED.has(f.ruleId)
        ? { ...f, severity: 'warning' }
        : f,
    );
}

function specOf(value: Obj, path: readonly (string | number)[]): Obj {
  let node: unknown = value;
  for (const seg of path) node = isObj(node) ? node[seg as string] : undefined;
  return isObj(node) ? node : {};
}

function place(parsed: ParsedDesign) {
  return (f: Finding): Diagnostic => {
    const span = spanOf(parsed, f.document, f.path, { key: f.key ?? true });
    const start = span ?? { line: 1, column: 1, start: 0, end: 0 };
    // A finding about a whole object (a container missing a probe) marks its first line only, so
    // the editor does not underline the whole block.
    const end = parsed.lineCounter.linePos(lineEnd(parsed.text, start.start, span ? span.end : 0));
    const where = formatPath(f.path);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: where ? `${where}: ${f.detail}` : f.detail,
      path: f.path,
      document: f.document,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.col,
      ...(f.fix ? { fix: f.fix } : {}),
    };
  };
}

/** `end`, or the end of the line `start` is on when `end` is on a later line. */
function lineEnd(text: string, start: number, end: number): number {
  const newline = text.indexOf('\n', start);
  return newline !== -1 && newline < end ? newline : end;
}

/**
 * A text Podsmith cannot read as manifests (Terraform, Helm values or a template, a kustomization,
 * a Compose file); JSON is YAML, so it is read, whether it holds Kubernetes objects or not.
 */
function notReadable(format: Recognition): boolean {
  return !format.readable && format.format !== 'json';
}

/** What the text is, when it is not plain Kubernetes YAML: an error unless Podsmith reads it. */
function formatDiagnostic(parsed: ParsedDesign, format: Recognition): Diagnostic {
  const start = parsed.lineCounter.lineStarts[format.line - 1] ?? parsed.text.length;
  const end = parsed.lineCounter.linePos(lineEnd(parsed.text, start, parsed.text.length));
  const document = parsed.documents.findIndex((d) => start < d.range[2]);
  return {
    ruleId: 'text-format',
    severity: notReadable(format) ? 'error' : 'info',
    message: format.message,
    path: [],
    document: Math.max(document, 0),
    line: format.line,
    column: 1,
    endLine: end.line,
    endColumn: end.col,
  };
}

function yamlDiagnostic(parsed: ParsedDesign) {
  return (p: ParsedDesign['problems'][number]): Diagnostic => {
    // One character wide, unless the problem sits at the end of its line (yaml puts some
    // there): then an empty span there, not one that runs into the next line.
    const { text } = parsed;
    const wide = p.offset < text.length && text[p.offset] !== '\n' && text[p.offset] !== '\r';
    const end = parsed.lineCounter.linePos(p.offset + (wide ? 1 : 0));
    return {
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      path: [],
      document: p.document,
      line: p.line,
      column: p.column,
      endLine: end.line,
      endColumn: end.col,
      ...(p.detail ? { detail: p.detail } : {}),
    };
  };
}
