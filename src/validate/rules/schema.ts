import { formatPath, type Path, type PathSegment } from '../../yaml/path.ts';
import { entryOf, quote, type Finding, type ObjectContext, type RuleFamily } from '../context.ts';
import { servedIn } from '../api-fields.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { versionFields } from '../api-version-fields.ts';
import { caseFix } from '../remedies.ts';
import * as validators from '../schema/validators.js';
import type { SchemaError, Validate } from '../schema/validators.js';

// The Kubernetes API's JSON Schema (Kubernetes 1.36, generated from kubernetes-models by
// scripts/gen-schema.mjs, compiled by ajv at build time). It rejects unknown fields the way
// `kubectl apply` does (strict field validation is its default since 1.25), wrong types, missing
// required fields and values outside an enum. The finer rules (name formats, ranges, cross-field
// checks) are the other families'; index.ts keeps their error when both point at the same field.

/** The kinds checked against the schema, with the apiVersion each validator is for. */
const SCHEMA: Record<string, { apiVersion: string; validate: Validate }> = {
  Pod: { apiVersion: 'v1', validate: validators.Pod },
  Service: { apiVersion: 'v1', validate: validators.Service },
  ConfigMap: { apiVersion: 'v1', validate: validators.ConfigMap },
  Secret: { apiVersion: 'v1', validate: validators.Secret },
  PersistentVolumeClaim: { apiVersion: 'v1', validate: validators.PersistentVolumeClaim },
  Deployment: { apiVersion: 'apps/v1', validate: validators.Deployment },
  StatefulSet: { apiVersion: 'apps/v1', validate: validators.StatefulSet },
  DaemonSet: { apiVersion: 'apps/v1', validate: validators.DaemonSet },
  Job: { apiVersion: 'batch/v1', validate: validators.Job },
  CronJob: { apiVersion: 'batch/v1', validate: validators.CronJob },
};

/**
 * The rule ids this family reports: errors the API server rejects, and a warning for a field it
 * drops because the target version's feature gate is off by default.
 */
export const SCHEMA_RULE_IDS = [
  'schema-unknown-field',
  'schema-type',
  'schema-required',
  'schema-enum',
  'schema-field-gate-off',
] as const;

/** Fields whose version story another rule tells better (sidecars.ts: native sidecars on 1.28). */
const TOLD_ELSEWHERE = new Set(['Container.restartPolicy']);

/**
 * Checks each object of a kind Podsmith knows against the API's schema. Other kinds, and a kind
 * under an apiVersion that does not serve it (kind-unknown says so), are not schema-checked.
 */
export const schema: RuleFamily = {
  ids: SCHEMA_RULE_IDS,
  object(ctx, report) {
    const entry = entryOf(SCHEMA, ctx.kind);
    if (!entry || entry.apiVersion !== ctx.apiVersion) return;
    const servedOld = versionChecks(ctx, report);
    if (entry.validate(ctx.value)) return;
    for (const error of entry.validate.errors ?? []) {
      const finding = toFinding(error, ctx);
      if (!finding) continue;
      // The committed schema is the newest API's: a field it no longer has is fine where served.
      if (finding.ruleId === 'schema-unknown-field' && servedOld.has(formatPath(finding.path)))
        continue;
      report(finding);
    }
  },
};

/**
 * The target version against the fields whose presence differs between versions (api-fields.ts):
 * a field it does not serve yet is kubectl's strict decoding error; a field whose feature gate is
 * off by default there is dropped by the API server without a word, so it gets a warning. Returns
 * the paths of fields the newest schema lacks but the target serves.
 */
function versionChecks(ctx: ObjectContext, report: (f: Finding) => void): Set<string> {
  const servedOld = new Set<string>();
  for (const { path, change } of versionFields(ctx.kind, ctx.value)) {
    if (TOLD_ELSEWHERE.has(`${change.type}.${change.field}`)) continue;
    const base = { document: ctx.document, path };
    if (!servedIn(change, ctx.k8s)) {
      // A field the newest schema lacks is reported by the schema check below.
      if (!change.removedIn)
        report({
          ...base,
          ruleId: 'schema-unknown-field',
          severity: 'error',
          detail: `strict decoding error: unknown field ${quote(formatPath(path))} (Kubernetes ${ctx.k8s} does not have this field; it came in ${change.since ?? 'a later version'})`,
        });
      continue;
    }
    if (change.removedIn) servedOld.add(formatPath(path));
    const gate = change.gate && gateOffByDefault(change.gate, ctx.k8s);
    if (gate)
      report({
        ...base,
        ruleId: 'schema-field-gate-off',
        severity: 'warning',
        detail: `the ${gate.name} feature gate is off by default in Kubernetes ${ctx.k8s}: ${gate.effect}`,
      });
  }
  return servedOld;
}

/**
 * The values the schema allows at `path` of an object when the value there is not one of them
 * (an `enum` error), or `undefined`: the candidates of a case-slip quick fix.
 */
export function enumValuesAt(value: unknown, path: Path): unknown[] | undefined {
  const { kind, apiVersion } = (typeof value === 'object' && value !== null ? value : {}) as {
    kind?: unknown;
    apiVersion?: unknown;
  };
  const entry = typeof kind === 'string' ? entryOf(SCHEMA, kind) : undefined;
  if (!entry || entry.apiVersion !== apiVersion || entry.validate(value)) return undefined;
  const where = formatPath(path);
  const error = (entry.validate.errors ?? []).find(
    (e) => e.keyword === 'enum' && formatPath(locate(e.instancePath, value).path) === where,
  );
  const allowed = error?.params.allowedValues;
  return Array.isArray(allowed) ? allowed : undefined;
}

/**
 * A rule's error about a field says more than the schema's about the same field (the rule knows
 * the API's own wording), so the schema's is dropped there: one problem, one message.
 */
export function withoutSchemaRepeats(findings: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.document} ${formatPath(f.path)}`;
  const ruled = new Set(findings.filter((f) => f.severity === 'error' && !isSchema(f)).map(key));
  if (ruled.size === 0) return findings;
  return findings.filter((f) => !isSchema(f) || !ruled.has(key(f)));
}

const isSchema = (f: Finding) => f.ruleId.startsWith('schema-');

/** The document path of an ajv `instancePath`, with the value found there. */
function locate(instancePath: string, root: unknown): { path: Path; value: unknown } {
  const path: PathSegment[] = [];
  let value = root;
  if (instancePath === '') return { path, value };
  for (const raw of instancePath.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    // Walk the value itself: `0` is an index in a list but a key in a map (labels may be "0").
    if (Array.isArray(value)) {
      const index = Number(seg);
      path.push(index);
      value = value[index];
    } else {
      path.push(seg);
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[seg]
          : undefined;
    }
  }
  return { path, value };
}

function toFinding(error: SchemaError, ctx: ObjectContext): Finding | undefined {
  const { path, value } = locate(error.instancePath, ctx.value);
  const base = { severity: 'error' as const, document: ctx.document };
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = [...path, String(error.params.additionalProperty)];
      return {
        ...base,
        ruleId: 'schema-unknown-field',
        path: field,
        detail: `strict decoding error: unknown field ${quote(formatPath(field))}`,
      };
    }
    case 'required':
      return {
        ...base,
        ruleId: 'schema-required',
        path: [...path, String(error.params.missingProperty)],
        detail: 'Required value',
      };
    case 'type':
      // `null` means "not set" to the API (`creationTimestamp: null` in kubectl's own output).
      if (value === null) return undefined;
      return {
        ...base,
        ruleId: 'schema-type',
        path,
        key: false,
        detail: `Invalid value: ${shown(value)}: must be of type ${typeNames(error.params.type)}`,
      };
    case 'enum': {
      if (value === null) return undefined;
      const allowed = Array.isArray(error.params.allowedValues) ? error.params.allowedValues : [];
      return {
        ...base,
        ruleId: 'schema-enum',
        path,
        key: false,
        detail: `Unsupported value: ${quote(value)}: supported values: ${allowed.map(quote).join(', ')}`,
        ...(caseFix(value, allowed) ? { fix: 'correct-value-case' as const } : {}),
      };
    }
    default:
      // `const` on apiVersion/kind cannot fail: only a matching apiVersion and kind get here.
      return undefined;
  }
}

/** A scalar as kubectl quotes it; an object or list by its JSON type, as kube-openapi does. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return '"array"';
  if (typeof value === 'object' && value !== null) return '"object"';
  return quote(value);
}

/** `"string,integer"` (ajv's list for a union type) as `integer or string`. */
function typeNames(type: unknown): string {
  const names = String(type).split(',');
  return names.sort().join(' or ');
}
