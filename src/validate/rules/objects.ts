import { dns1035Error, dnsLabelError, dnsSubdomainError } from '../messages.ts';
import { entryOf, isObj, objOf, quote, type Obj, type RuleFamily } from '../context.ts';
import { nameUsedElsewhere, validNameFrom } from '../remedies.ts';
import { BUILTIN_KINDS } from './builtin-kinds.ts';

/** The apiVersion the API serves each kind Podsmith knows under. */
export const SERVED: Record<string, string> = {
  Pod: 'v1',
  Service: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  PersistentVolumeClaim: 'v1',
  ServiceAccount: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
  PodDisruptionBudget: 'policy/v1',
  NetworkPolicy: 'networking.k8s.io/v1',
  Ingress: 'networking.k8s.io/v1',
};

/** Kinds whose name is a DNS-1123 label (StatefulSet: its pods' hostnames) or a DNS-1035 label (Service). */
const NAME_RULES: Record<string, (name: string) => string | undefined> = {
  Service: dns1035Error,
  StatefulSet: dnsLabelError,
};

/** The API's check of an object name of `kind`: a DNS-1123 subdomain unless NAME_RULES says. */
export function nameRuleFor(kind: string): (name: string) => string | undefined {
  return entryOf(NAME_RULES, kind) ?? dnsSubdomainError;
}

/**
 * The valid name an invalid object name becomes (`App_Config` → `app-config`), when no other
 * object of its kind has it and nothing else in the design mentions the old one (a reference
 * that renaming the object alone would break).
 */
export function validObjectName(
  values: readonly unknown[],
  document: number,
  name: string,
): string | undefined {
  const own = values[document];
  const kind = isObj(own) && typeof own.kind === 'string' ? own.kind : undefined;
  if (!kind) return undefined;
  const check = nameRuleFor(kind);
  const next = validNameFrom(name, check === dnsSubdomainError, check);
  if (!next || nameUsedElsewhere(values, document, name)) return undefined;
  const taken = values.some(
    (v) => isObj(v) && v.kind === kind && objOf(v, 'metadata').name === next,
  );
  return taken ? undefined : next;
}

/** A `List` (or a `<Kind>List` with items) of objects, which kubectl applies item by item. */
export function isList(value: Obj, kind: string): boolean {
  return kind === 'List' || (kind.endsWith('List') && Array.isArray(value.items));
}

/**
 * Object-level rules: an apiVersion/kind pair the API does not serve, object names, and lists
 * whose items Podsmith does not check. Under a GA apiVersion of a built-in group every kind is
 * known (builtin-kinds.ts), so another kind is an error; other apiVersions (custom resources,
 * beta versions) are kept and shown, never checked against a schema Podsmith does not have.
 */
export const objects: RuleFamily = {
  ids: ['kind-unknown', 'metadata-name-invalid', 'list-items-not-checked'],
  object(ctx, report) {
    const { apiVersion, kind, document, value } = ctx;
    if (isList(value, kind)) {
      const items = Array.isArray(value.items) ? value.items.filter(isObj).length : 0;
      report({
        ruleId: 'list-items-not-checked',
        severity: 'info',
        document,
        path: ['items'],
        detail: `${items === 1 ? '1 object' : `${items} objects`} in this ${kind} ${items === 1 ? 'is' : 'are'} kept but not shown on the canvas or checked: give each its own YAML document (separated by ---) to design and check it`,
      });
      return;
    }
    const served = entryOf(SERVED, kind);
    const known = BUILTIN_KINDS.get(apiVersion);
    if (known?.has(kind) && served !== apiVersion) return; // served, but not a kind Podsmith checks
    if (served && served !== apiVersion) {
      report({
        ruleId: 'kind-unknown',
        severity: 'error',
        document,
        path: ['apiVersion'],
        detail: `Invalid value: ${quote(apiVersion)}: no kind ${quote(kind)} is served under ${quote(apiVersion)}; use apiVersion: ${served}`,
        fix: 'use-served-api-version',
      });
      return;
    }
    if (!served) {
      if (known)
        report({
          ruleId: 'kind-unknown',
          severity: 'error',
          document,
          path: ['kind'],
          detail: `Invalid value: ${quote(kind)}: no kind ${quote(kind)} is served under ${quote(apiVersion)}`,
        });
      return;
    }
    const metadata = objOf(ctx.value, 'metadata');
    const name = metadata.name;
    if (name === undefined || name === '') {
      if (metadata.generateName === undefined)
        report({
          ruleId: 'metadata-name-invalid',
          severity: 'error',
          document,
          path: ['metadata', 'name'],
          detail: 'Required value: name or generateName is required',
        });
      return;
    }
    if (typeof name !== 'string') return; // the schema reports the type
    const problem = nameRuleFor(kind)(name);
    if (problem)
      report({
        ruleId: 'metadata-name-invalid',
        severity: 'error',
        document,
        path: ['metadata', 'name'],
        detail: `Invalid value: ${quote(name)}: ${problem}`,
        ...(validObjectName(ctx.design.values, document, name)
          ? { fix: 'make-name-valid' as const }
          : {}),
      });
  },
};
