import { isAlias, visit } from 'yaml';
import { designObjects } from '../kustomize/design.ts';
import { objectFileNames, objectWords, type TextFile } from '../kustomize/names.ts';
import { isPlain } from '../plain.ts';
import { isWorkloadKind, WORKLOADS } from '../../pod/kinds.ts';
import type { ParsedDesign } from '../../yaml/parse.ts';
import { chartYaml, HELMIGNORE, helpers, notes } from './files.ts';
import { goString, Holes, putAt } from './holes.ts';
import { valuesSchema } from './schema.ts';
import { servicePart } from './service.ts';
import { valuesYaml, type ValuesSection } from './values.ts';
import { at, imageValue, workloadPart, type Part } from './workload.ts';

type Obj = Record<string, unknown>;

/** A Helm chart: its files, paths relative to the chart's folder (`templates/…`). */
export interface Chart {
  name: string;
  files: TextFile[];
  /** Which template file renders which document of the design. */
  templates: { file: string; document: number }[];
  /** What the chart does not carry as the design has it, one phrase each; empty when nothing. */
  notCarried: string[];
}

export type ChartResult = ({ ok: true } & Chart) | { ok: false; message: string };

/** A chart name Helm accepts: lower case letters, digits and dashes. */
export function chartName(wanted: string | undefined): string {
  const safe = (wanted ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return safe || 'podsmith';
}

/** A values key for an object: its name in camelCase, unique among `taken`. */
function valuesKey(name: unknown, kind: string, suffix: string, taken: Set<string>): string {
  const words = String(name ?? '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let key = words
    .map((w, i) => (i === 0 ? w[0]!.toLowerCase() : w[0]!.toUpperCase()) + w.slice(1))
    .join('');
  if (!/^[A-Za-z]/.test(key)) key = kind.toLowerCase() + key;
  key += suffix;
  let unique = key;
  for (let n = 2; taken.has(unique); n++) unique = `${key}${n}`;
  taken.add(unique);
  return unique;
}

/** A labels hole: helm create's standard labels, without the keys the object already has. */
function standardLabels(tree: Obj, holes: Holes, chart: string): Obj {
  const metadata = tree.metadata;
  if (!isPlain(metadata)) return tree;
  const labels = metadata.labels;
  if (isPlain(labels) && Object.keys(labels).length === 0) return tree;
  const include = `include "${chart}.labels" $`;
  if (isPlain(labels)) {
    const own = Object.keys(labels).map(goString).join(' ');
    const line = holes.line((i) => [
      '{{- if $.Values.standardLabels }}',
      `{{- with omit (${include} | fromYaml) ${own} }}`,
      `{{- toYaml . | nindent ${i} }}`,
      '{{- end }}',
      '{{- end }}',
    ]);
    return { ...tree, metadata: { ...metadata, labels: { ...labels, [line]: null } } };
  }
  const line = holes.line((i) => [
    '{{- if $.Values.standardLabels }}',
    'labels:',
    `  {{- ${include} | nindent ${i + 2} }}`,
    '{{- end }}',
  ]);
  return { ...tree, metadata: putAt(metadata, line, line, null) };
}

/** Comments and aliases do not reach the chart: the templates are written from the data. */
function designOnly(parsed: ParsedDesign): string[] {
  let comments = false;
  let aliases = false;
  for (const doc of parsed.documents) {
    if (doc.commentBefore || doc.comment) comments = true;
    visit(doc, {
      Node(_key, node) {
        if (isAlias(node)) aliases = true;
        else if (node.commentBefore || node.comment) comments = true;
      },
    });
  }
  return [
    ...(comments ? ['comments (the templates are written from the data)'] : []),
    ...(aliases ? ['anchors and aliases (written out in full)'] : []),
  ];
}

/**
 * The design as a Helm chart in the layout `helm create` makes: Chart.yaml (v2), values.yaml,
 * values.schema.json, .helmignore and templates/ with _helpers.tpl, NOTES.txt and one template
 * per object. Rendered with its default values, the chart gives back the design's objects
 * exactly (src/convert/helm/render.test.ts checks it with Helm's engine rebuilt in Go). What changes per
 * environment is in values.yaml (see workload.ts and service.ts); everything else stays as
 * designed in the templates. `name` defaults to the first workload's name.
 */
export function designToChart(text: string, options: { name?: string } = {}): ChartResult {
  const read = designObjects(text, 'a Helm chart');
  if (!read.ok) return read;
  const { objects } = read;
  const firstWorkload = objects.find((o) => isWorkloadKind(o.value.kind));
  const chart = chartName(options.name ?? String(nameOf(firstWorkload?.value) ?? ''));
  const holes = new Holes(text);
  const taken = new Set(['standardLabels', 'nameOverride']);
  const sections: ValuesSection[] = [];
  const notCarried = [...read.notes.map((n) => n.replace(/\.$/, '')), ...designOnly(read.parsed)];
  const trees = objects.map(({ value }) => {
    const kind = String(value.kind);
    const title = objectWords(value);
    let part: Part = { tree: structuredClone(value), values: {}, notCarried: [] };
    if (isWorkloadKind(kind)) {
      const key = valuesKey(nameOf(value), kind, '', taken);
      part = workloadPart(value, WORKLOADS[kind], key, holes, chart);
      sections.push({ key, title, kind: 'workload', values: part.values });
    } else if (kind === 'Service') {
      const key = valuesKey(nameOf(value), kind, 'Service', taken);
      part = servicePart(value, key, holes);
      sections.push({ key, title, kind: 'service', values: part.values });
    }
    notCarried.push(...part.notCarried.map((n) => `${title}: ${n}`));
    if (isPlain(value.metadata) && isPlain(value.metadata.annotations)) {
      if ('helm.sh/hook' in value.metadata.annotations)
        notCarried.push(
          `${title}: its helm.sh/hook annotation makes it a Helm hook, not a release object`,
        );
    }
    return standardLabels(part.tree, holes, chart);
  });
  const names = objectFileNames(objects.map((o) => o.value));
  const appImage = imageValue(firstImage(firstWorkload?.value));
  const appVersion = isPlain(appImage) ? (appImage.tag as string | undefined) : undefined;
  const files: TextFile[] = [
    { path: 'Chart.yaml', text: chartYaml(chart, appVersion) },
    { path: 'values.yaml', text: valuesYaml(sections) },
    { path: 'values.schema.json', text: valuesSchema(sections) },
    { path: '.helmignore', text: HELMIGNORE },
    { path: 'templates/_helpers.tpl', text: helpers(chart) },
    { path: 'templates/NOTES.txt', text: notes(objects.map((o) => objectWords(o.value))) },
    ...trees.map((tree, i) => ({ path: `templates/${names[i]}`, text: holes.render(tree) })),
  ];
  const templates = objects.map((o, i) => ({ file: `templates/${names[i]}`, document: o.index }));
  return { ok: true, name: chart, files, templates, notCarried };
}

function nameOf(value: Obj | undefined): unknown {
  return isPlain(value?.metadata) ? value.metadata.name : undefined;
}

/** The image of the first container of a workload's pod. */
function firstImage(value: Obj | undefined): unknown {
  if (!value || !isWorkloadKind(value.kind)) return undefined;
  const template = at(value, WORKLOADS[value.kind].templatePath);
  const containers = isPlain(template) && isPlain(template.spec) ? template.spec.containers : [];
  return Array.isArray(containers) && isPlain(containers[0]) ? containers[0].image : undefined;
}
