// Generates the Kubernetes JSON Schema Podsmith validates against, from the TypeScript declarations
// kubernetes-models ships (it is generated from the Kubernetes 1.36 OpenAPI). No npm package ships
// the OpenAPI or a JSON Schema (shared/research/tech-scout.md §4), so we derive one here.
//
//   npm run gen:schema            installs this folder's pinned packages, then writes
//                                 src/validate/schema/ (committed: builds and CI never run this)
//   npm run gen:schema -- --check the same, but compares instead of writing (exit 1 when stale)
//
// This folder is its own package because kubernetes-models and ts-json-schema-generator need
// Node 22, and Podsmith itself supports Node 20.19: they stay out of Podsmith's dependencies.
//
// Outputs:
// - validators.js: ajv standalone validators, one per kind, compiled here so the browser never
//   needs `new Function` (CSP without unsafe-eval) and never pays ajv's compile time.
// - k8s.schema.json: the same schema with the API's field descriptions and a dispatcher on `kind`,
//   for completion and hover in the editor (monaco-yaml). Loaded with the lazy editor chunk only.
// - source.json: the manifest the unit tests check without this generator: the package versions,
//   a sha256 of this generator and its lockfile and of each file above, and the kinds
//   kubernetes-models has under each GA apiVersion (rules/builtin-kinds.ts must list the same).
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createGenerator } from 'ts-json-schema-generator';
import { GENERATOR_DIR, GENERATOR_INPUTS, MANIFEST, ROOT, sha256 } from './manifest.mjs';

const MODULES = path.join(GENERATOR_DIR, 'node_modules');

/** The kinds Podsmith checks against the schema, with the apiVersion each is served under. */
export const KINDS = [
  { kind: 'Pod', apiVersion: 'v1', module: 'v1/Pod' },
  { kind: 'Deployment', apiVersion: 'apps/v1', module: 'apps/v1/Deployment' },
  { kind: 'StatefulSet', apiVersion: 'apps/v1', module: 'apps/v1/StatefulSet' },
  { kind: 'DaemonSet', apiVersion: 'apps/v1', module: 'apps/v1/DaemonSet' },
  { kind: 'Job', apiVersion: 'batch/v1', module: 'batch/v1/Job' },
  { kind: 'CronJob', apiVersion: 'batch/v1', module: 'batch/v1/CronJob' },
  { kind: 'Service', apiVersion: 'v1', module: 'v1/Service' },
  { kind: 'ConfigMap', apiVersion: 'v1', module: 'v1/ConfigMap' },
  { kind: 'Secret', apiVersion: 'v1', module: 'v1/Secret' },
  { kind: 'PersistentVolumeClaim', apiVersion: 'v1', module: 'v1/PersistentVolumeClaim' },
];

const REF = '#/definitions/';

/** Step 1: one JSON Schema with every definition the kinds reach, descriptions included. */
function fromDeclarations() {
  // The generator needs a .ts file whose imports resolve from this package's node_modules.
  const dir = path.join(MODULES, '.cache/podsmith-schema');
  fs.mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'kinds.ts');
  fs.writeFileSync(
    entry,
    KINDS.map((k) => `export type { I${k.kind} } from 'kubernetes-models/${k.module}';\n`).join(''),
  );
  const tsconfig = path.join(dir, 'tsconfig.json');
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true },
    }),
  );
  return createGenerator({
    path: entry,
    tsconfig,
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false, // unknown fields are errors, as with kubectl's strict decoding
    skipTypeCheck: true,
  }).createSchema('*');
}

/** Calls `fn` on every schema object nested in `schema` (properties, items, maps), parents first. */
function walk(schema, fn) {
  if (!schema || typeof schema !== 'object') return;
  fn(schema);
  for (const p of Object.values(schema.properties ?? {})) walk(p, fn);
  if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, fn);
  if (schema.items) walk(schema.items, fn);
  for (const key of ['anyOf', 'oneOf', 'allOf']) for (const s of schema[key] ?? []) walk(s, fn);
}

/**
 * Step 2: make the schema say what the API server accepts.
 * - The API has no floats, except in quantities (`cpu: 0.5`): `number` becomes `integer`
 *   (IntOrString becomes string|integer, as the API decodes it).
 * - An object with no declared fields (FieldsV1) holds free-form JSON: any field goes.
 */
function apiTypes(definitions) {
  for (const [name, def] of Object.entries(definitions)) {
    if (name === 'IQuantity') continue;
    walk(def, (s) => {
      if (s.type === 'number') s.type = 'integer';
      else if (Array.isArray(s.type)) s.type = s.type.map((t) => (t === 'number' ? 'integer' : t));
      if (s.type === 'object' && !s.properties && s.additionalProperties === false)
        delete s.additionalProperties;
    });
  }
}

/** Keeps only the definitions reachable from `roots`, in a stable order. */
function prune(definitions, roots) {
  const keep = new Set();
  const visit = (name) => {
    if (keep.has(name)) return;
    keep.add(name);
    walk(definitions[name], (s) => {
      if (s.$ref) visit(s.$ref.slice(REF.length));
    });
  };
  roots.forEach(visit);
  return Object.fromEntries(
    Object.keys(definitions)
      .filter((n) => keep.has(n))
      .map((n) => [n, definitions[n]]),
  );
}

/** Drops the keywords a validator does not need (descriptions are most of the schema's size). */
function stripDocs(definitions) {
  for (const def of Object.values(definitions))
    walk(def, (s) => {
      delete s.description;
      delete s.deprecated;
    });
  return definitions;
}

/**
 * The validators' schema: `status` is written by the cluster and ignored on apply, so it may hold
 * anything (`kubectl create --dry-run -o yaml` writes `status: {}`).
 */
function validatorSchema(raw) {
  const definitions = structuredClone(raw.definitions);
  for (const k of KINDS) definitions[`I${k.kind}`].properties.status = {};
  return {
    $id: 'k8s',
    definitions: stripDocs(
      prune(
        definitions,
        KINDS.map((k) => `I${k.kind}`),
      ),
    ),
  };
}

/**
 * The editor's schema: descriptions kept, no `status` (nothing to complete there), and a root that
 * picks the kind's definition by `kind` (monaco-yaml applies it to every document of the file).
 */
function editorSchema(raw) {
  const definitions = structuredClone(raw.definitions);
  for (const k of KINDS) delete definitions[`I${k.kind}`].properties.status;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Kubernetes objects Podsmith knows (Kubernetes 1.36, from kubernetes-models 5.1.0)',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', enum: [...new Set(KINDS.map((k) => k.apiVersion))] },
      kind: { type: 'string', enum: KINDS.map((k) => k.kind) },
    },
    allOf: KINDS.map((k) => ({
      if: { properties: { kind: { const: k.kind } }, required: ['kind'] },
      then: { $ref: `${REF}I${k.kind}` },
    })),
    definitions: prune(
      definitions,
      KINDS.map((k) => `I${k.kind}`),
    ),
  };
}

/** Compiles one validator per kind into standalone ES module source (no eval at run time). */
function compileValidators(schema) {
  const ajv = new Ajv({
    strict: false, // IQuantity is a union type (number|string)
    allErrors: true,
    inlineRefs: false, // one function per definition: about 10% smaller than inlining them
    messages: false, // schema.ts writes kubectl's messages itself
    code: { source: true, esm: true, lines: false },
  });
  ajv.addSchema(schema);
  const exports = Object.fromEntries(KINDS.map((k) => [k.kind, `k8s${REF}I${k.kind}`]));
  const code = standaloneCode(ajv, exports);
  // Every error carries the path of its schema keyword, which nobody reads: 10% of the gzip size.
  const lean = code.replace(/schemaPath:"[^"]*",/g, '');
  if (lean === code) throw new Error('ajv changed its output: check the schemaPath removal');
  return lean;
}

const HEADER =
  '// Generated by scripts/gen-schema.mjs from kubernetes-models 5.1.0 (Kubernetes 1.36). Do not edit.\n';

/** TypeScript's view of validators.js. */
function declarations() {
  const kinds = KINDS.map((k) => `export declare const ${k.kind}: Validate;\n`).join('');
  return `${HEADER}
/** One ajv error, as the standalone code reports it (\`messages: false\`: no text). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled validator: true when valid, else the errors are left in \`errors\`. */
export interface Validate {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

${kinds}`;
}

/** An installed package's version: its copy under `parent` if there is one, else the top one. */
function version(name, parent) {
  const dirs = [
    parent && path.join(MODULES, parent, 'node_modules', name),
    path.join(MODULES, name),
  ];
  const dir = dirs.find((d) => d && fs.existsSync(path.join(d, 'package.json')));
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

/**
 * The kinds kubernetes-models has under each GA apiVersion (`v1`, `apps/v1`, not `v1beta1`),
 * without the `<Kind>List` kinds: what rules/builtin-kinds.ts must list.
 */
function gaKinds() {
  const dir = path.join(MODULES, 'kubernetes-models');
  const model = /this\.apiVersion="([^"]+)"\}static\{this\.kind="([^"]+)"/;
  const found = new Map();
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.js')) continue;
    const m = model.exec(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (!m || !/(^|\/)v\d+$/.test(m[1]) || m[2].endsWith('List')) continue;
    if (!found.has(m[1])) found.set(m[1], new Set());
    found.get(m[1]).add(m[2]);
  }
  // kubernetes-models 5.1.0 has 22: fewer than 20 means its compiled form changed.
  if (found.size < 20)
    throw new Error(`found kinds under ${found.size} GA apiVersions: check gaKinds()`);
  return Object.fromEntries([...found.keys()].sort().map((v) => [v, [...found.get(v)].sort()]));
}

/** The manifest of `files`, the generated files by name (src/validate/schema/source.json). */
function manifest(files) {
  const hashes = (entries) =>
    Object.fromEntries(entries.map(([name, text]) => [name, sha256(text)]));
  const content = {
    about:
      'Written by npm run gen:schema (scripts/schema) with the files it lists. The unit tests check those files and the generator against these hashes, and rules/builtin-kinds.ts against gaKinds; npm run gen:schema -- --check regenerates and compares.',
    packages: Object.fromEntries(
      [
        ['kubernetes-models'],
        ['@kubernetes-models/apimachinery', 'kubernetes-models'],
        ['@kubernetes-models/base', 'kubernetes-models'],
        ['@kubernetes-models/validate', 'kubernetes-models'],
        ['ts-json-schema-generator'],
        ['typescript', 'ts-json-schema-generator'],
        ['ajv'],
      ].map(([name, parent]) => [name, version(name, parent)]),
    ),
    generator: hashes(
      GENERATOR_INPUTS.map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')]),
    ),
    files: hashes(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))),
    gaKinds: gaKinds(),
  };
  return `${JSON.stringify(content, null, 2)}\n`;
}

/** Every generated file, by name, with its contents; the manifest (source.json) last. */
export function generate() {
  const raw = fromDeclarations();
  apiTypes(raw.definitions);
  const code = compileValidators(validatorSchema(raw));
  if (/\b(require|import)\b/.test(code)) throw new Error('validators.js must need no run time');
  const files = {
    'validators.js': `${HEADER}/* eslint-disable */\n${code}\n`,
    'validators.d.ts': declarations(),
    'k8s.schema.json': `${JSON.stringify(editorSchema(raw), null, 1)}\n`,
  };
  for (const [name, text] of Object.entries(files))
    if (text.includes('\r'))
      throw new Error(`${name} has a carriage return: its hash would be ambiguous`);
  return { ...files, [MANIFEST]: manifest(files) };
}
