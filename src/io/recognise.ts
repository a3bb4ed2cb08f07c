import { parseDesign } from '../yaml/parse.ts';
import { scanText, type ScanFacts } from './recognise-scan.ts';
import {
  dockerCompose,
  helmValues,
  isKubernetesDocument,
  kustomization,
} from './recognise-yaml.ts';
import { terraformMessage } from './recognise-terraform.ts';

/** What a text that is not plain Kubernetes YAML turned out to be. */
export type TextFormat =
  | 'terraform'
  | 'helm-values'
  | 'helm-template'
  | 'kustomization'
  | 'docker-compose'
  | 'json'
  | 'json-kubernetes';

export interface Recognition {
  format: TextFormat;
  /** What it is, in two or three words: `Terraform (HCL)`. */
  title: string;
  /** One or two plain sentences: what it is and what Podsmith can do with it. */
  message: string;
  /** 1-based line that shows it, for a marker. */
  line: number;
  /**
   * Whether Podsmith reads it as it is (Kubernetes objects in JSON): the message is a note then,
   * not a problem.
   */
  readable: boolean;
}

/**
 * How much of a text is looked at: a format shows in its first lines, and a 5 MB manifest is read
 * once by the parser already. Texts up to this size are also parsed (JSON.parse, or the YAML parse
 * the app shares) when a format needs it; longer ones are named from this prefix alone.
 */
export const SCAN_LIMIT = 200 * 1024;

const TITLES: Record<TextFormat, string> = {
  terraform: 'Terraform (HCL)',
  'helm-values': 'Helm values',
  'helm-template': 'Helm template',
  kustomization: 'Kustomization',
  'docker-compose': 'Docker Compose',
  json: 'JSON',
  'json-kubernetes': 'Kubernetes JSON',
};

const MESSAGES = {
  'helm-template':
    'This looks like a Helm chart template: Helm fills in its {{ … }} actions, and Podsmith reads the Kubernetes YAML that comes out. Run `helm template <release> <chart>` and paste its output here.',
  'helm-values':
    'This looks like Helm values (a values.yaml): settings a chart turns into manifests, not a Kubernetes manifest itself. Render the chart with them, `helm template <release> <chart> -f values.yaml`, and paste the output here.',
  kustomization:
    'This looks like a Kustomize kustomization: it lists resources and patches, not Kubernetes objects. Run `kubectl kustomize <dir>` on the folder that holds it and paste the output here.',
  'docker-compose':
    'This looks like a Docker Compose file: Podsmith reads Kubernetes manifests, not Compose services. `kompose convert -f <file> --stdout` writes them as Kubernetes YAML to paste here.',
} as const;

/**
 * Says what `text` is when it is not a Kubernetes manifest Podsmith can read as it is — Terraform,
 * Helm values or templates, a kustomization, a Docker Compose file, JSON — so the app can say so
 * instead of showing raw YAML errors or no problems at all. Kubernetes objects in JSON are named
 * too (`json-kubernetes`, `readable`): canvas edits may write YAML's flow style into them.
 *
 * `null` for Kubernetes YAML (several documents, a few foreign ones among them, or a syntax error
 * all included) and for empty text. Cheap on any text: one pass over at most {@link SCAN_LIMIT}
 * characters, and a parse of texts no longer than that only when a format depends on it.
 */
export function recognise(text: string): Recognition | null {
  const start = firstContent(text);
  if (start < 0) return null;
  const first = text[start];
  if ((first === '{' && text[start + 1] !== '{') || first === '[') {
    const json = recogniseJson(text, start);
    if (json) return json;
  }
  const facts = scanText(prefix(text));

  const tf = terraformLine(facts);
  if (tf) return found('terraform', tf, terraformMessage(facts.hcl.resources));
  if (facts.template.lines > 0) {
    return found('helm-template', facts.template.firstLine, MESSAGES['helm-template']);
  }

  const docs = facts.docs.filter((d) => d.size > 0);
  if (docs.length === 0 || docs.some(isKubernetesDocument)) return null;
  const doc = docs[0]!;
  const yaml = kustomization(doc) ?? dockerCompose(doc) ?? helmValues(doc);
  if (!yaml) return null;
  if (yaml.format === 'helm-values') {
    if (docs.some((d) => d.has('apiVersion'))) return null;
    // Values are YAML that parses; a broken foreign text gets the YAML errors instead.
    if (text.length <= SCAN_LIMIT && parseDesign(text).problems.some(isError)) return null;
  }
  return found(yaml.format, yaml.line, MESSAGES[yaml.format]);
}

const isError = (p: { severity: string }) => p.severity === 'error';

function found(format: TextFormat, line: number, message: string, readable = false): Recognition {
  return { format, title: TITLES[format], message, line, readable };
}

/** Index of the first character that is not white space or a byte order mark; -1 when none. */
function firstContent(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) return i;
  }
  return -1;
}

/**
 * The text up to {@link SCAN_LIMIT} characters, cut after a whole line when it is longer, without
 * a byte order mark (it would be read as part of the first key; lines stay where they are).
 */
function prefix(text: string): string {
  const from = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.length <= SCAN_LIMIT) return text.slice(from);
  const cut = text.lastIndexOf('\n', SCAN_LIMIT);
  return text.slice(from, cut > 0 ? cut : SCAN_LIMIT);
}

/**
 * The line of Terraform evidence: a top-level block (`resource "…" "…" {`, `variable`, `locals`, …)
 * with another block or an attribute (`name = "x"`), or, for a pasted inner part, nested blocks
 * and attributes far outnumbering YAML keys. 0 when it is not Terraform.
 */
function terraformLine(facts: ScanFacts): number {
  const { hcl } = facts;
  const firstResource = hcl.resources.find((r) => r.type.startsWith('kubernetes_'));
  if (hcl.headers >= 2 || (hcl.headers === 1 && hcl.attributes + hcl.blocks > 0)) {
    return firstResource?.line ?? hcl.firstHeader;
  }
  const shapes = hcl.attributes + hcl.blocks;
  if (hcl.blocks >= 2 && hcl.attributes >= 2 && shapes > 2 * facts.keyLines) return hcl.firstLine;
  return 0;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function recogniseJson(text: string, start: number): Recognition | null {
  const line = lineOf(text, start);
  if (text.length > SCAN_LIMIT) return largeJson(text.slice(start, start + SCAN_LIMIT), line);
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start));
  } catch {
    return null; // YAML's flow style, or broken JSON: the YAML parser says what it makes of it
  }
  if (Array.isArray(value)) {
    const objects = value.length > 0 && value.every((v) => isObject(v) && isKubernetes(v));
    return found('json', line, objects ? ARRAY_OF_OBJECTS : ARRAY);
  }
  if (!isObject(value) || !isKubernetes(value)) return found('json', line, NOT_KUBERNETES);
  const kind = typeof value.kind === 'string' ? value.kind : '';
  const list = kind === 'List' || (kind.endsWith('List') && Array.isArray(value.items));
  return found('json-kubernetes', line, list ? jsonList(kind) : JSON_OBJECT, true);
}

/** A JSON text too long to parse here, named from its first characters. */
function largeJson(head: string, line: number): Recognition | null {
  const next = head.slice(1, 64).trimStart()[0];
  if (head[0] === '[')
    return next && '{["-0123456789tfn]'.includes(next) ? found('json', line, ARRAY) : null;
  if (next !== '"' && next !== '}') return null;
  const kind = head.search(/"kind"\s*:/);
  if (kind < 0 && head.search(/"apiVersion"\s*:/) < 0) return found('json', line, NOT_KUBERNETES);
  // `kubectl get -o json` writes a List's keys in order: apiVersion, items, kind.
  const items = head.search(/"items"\s*:\s*\[/);
  const list = items >= 0 && (kind < 0 || items < kind);
  return found('json-kubernetes', line, list ? jsonList('List') : JSON_OBJECT, true);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An object with an apiVersion or a kind: a Kubernetes object, or a broken one. */
const isKubernetes = (v: Record<string, unknown>) =>
  typeof v.apiVersion === 'string' || typeof v.kind === 'string';

const JSON_OBJECT =
  'This is a Kubernetes object in JSON, which Podsmith reads as YAML (JSON is YAML). Canvas edits keep its flow style but may write keys without quotes ({name: app}); Export › Download JSON saves strict JSON, as a List.';
const jsonList = (kind: string) =>
  `This is a Kubernetes ${kind} in JSON, which Podsmith reads as YAML (JSON is YAML), but the canvas does not show a List's items: give each item its own document (separated by ---) to design it.`;
const NOT_KUBERNETES =
  'This is JSON, but not a Kubernetes object: it has no apiVersion or kind at the top. Podsmith reads Kubernetes manifests, in YAML or JSON.';
const ARRAY =
  'This is a JSON array, not a Kubernetes object: Podsmith reads Kubernetes manifests, in YAML or JSON.';
const ARRAY_OF_OBJECTS =
  'This is a JSON array of Kubernetes objects, which kubectl does not read: wrap them as {"apiVersion": "v1", "kind": "List", "items": […]}, or give each its own YAML document.';
