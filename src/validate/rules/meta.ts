import { isWorkloadKind, WORKLOADS } from '../../pod/kinds.ts';
import { getPath } from '../../pod/view.ts';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  validateLabelSelector,
  validateLabels,
} from '../apimachinery.ts';
import {
  entryOf,
  isObj,
  listOf,
  objOf,
  type Obj,
  type ObjectContext,
  type RuleFamily,
} from '../context.ts';
import { invalid, reportErrors, type ErrorList, type FieldError } from '../field.ts';
import type { Severity } from '../types.ts';
import { BUILTIN_KINDS } from './builtin-kinds.ts';
import { validateAnnotations, validateObjectMetaAccessor, type MetaRules } from './meta-object.ts';
import { isList, SERVED } from './objects.ts';
import { validatePodSpecificAnnotations, validatePodTemplateMetadata } from './pod-annotations.ts';

// Metadata and selectors of every object, as the API's create validation checks them in
// Kubernetes 1.34.1: the object's own metadata (ValidateObjectMeta), a Pod's annotations
// (ValidatePodSpecificAnnotations), each pod template's metadata (ValidatePodTemplateSpec) and each
// workload's spec.selector. Sources: the TSDoc of each function in meta-object.ts and
// pod-annotations.ts; the selectors from pkg/apis/apps/validation/validation.go as vendored at
// 1.32.10 (kubeedge/kubeedge@549263582, unchanged in the parts used here) and
// pkg/apis/batch/validation/validation.go (validateJobSpec). A ReplicationController's selector, a
// plain map whose keys the API does not check, is replication-controller.ts's.

/** Built-in kinds without a namespace: the API clears a namespace given to them. */
const CLUSTER_SCOPED = new Set(
  'APIService CertificateSigningRequest ClusterRole ClusterRoleBinding ComponentStatus CSIDriver CSINode CustomResourceDefinition DeviceClass FlowSchema IngressClass IPAddress MutatingAdmissionPolicy MutatingAdmissionPolicyBinding MutatingWebhookConfiguration Namespace Node PersistentVolume PriorityClass PriorityLevelConfiguration ResourceSlice RuntimeClass SelfSubjectAccessReview SelfSubjectReview SelfSubjectRulesReview ServiceCIDR StorageClass SubjectAccessReview TokenReview ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding ValidatingWebhookConfiguration VolumeAttachment VolumeAttributesClass'.split(
    ' ',
  ),
);

/** The `ValidateNameFunc` of the kinds whose names objects.ts checks (its NAME_RULES, with every complaint). */
const NAME_FNS: Record<string, (name: string) => string[]> = {
  Service: isDNS1035Label,
  StatefulSet: isDNS1123Label,
};

/**
 * The kinds whose spec.selector is a LabelSelector the API checks, and what each says when
 * `LabelSelectorAsSelector` then fails (the kind table in src/pod/kinds.ts has no such fact).
 */
const SELECTORS: Record<string, { asSelector?: string }> = {
  Deployment: { asSelector: 'invalid label selector' },
  ReplicaSet: { asSelector: 'invalid label selector' },
  StatefulSet: { asSelector: '' },
  DaemonSet: {},
  Job: {},
};

/** The rule id of a metadata error: the field after the last `metadata` in its path. */
const META_RULES: Record<string, string> = {
  namespace: 'meta-namespace-invalid',
  generateName: 'meta-generate-name-invalid',
  labels: 'meta-labels-invalid',
  annotations: 'meta-annotations-invalid',
  finalizers: 'meta-finalizers-invalid',
  ownerReferences: 'meta-owner-references-invalid',
};

function ruleOf(e: FieldError): string {
  const at = e.path.lastIndexOf('metadata');
  const field = at === -1 ? undefined : e.path[at + 1];
  return (typeof field === 'string' && entryOf(META_RULES, field)) || 'meta-annotations-invalid';
}

/** What the API knows of an object's kind, or `undefined` when it refuses the kind (kind-unknown). */
function metaRules(ctx: ObjectContext): MetaRules | undefined {
  const { apiVersion, kind, value } = ctx;
  // A List's items are not checked (objects.ts says so).
  if (isList(value, kind)) return undefined;
  const builtIn = BUILTIN_KINDS.get(apiVersion);
  if (builtIn && !builtIn.has(kind)) return undefined;
  const served = entryOf(SERVED, kind);
  if (served && served !== apiVersion && !builtIn?.has(kind)) return undefined;
  const isBuiltIn = builtIn?.has(kind) ?? false;
  return {
    nameFn: served ? (entryOf(NAME_FNS, kind) ?? isDNS1123Subdomain) : undefined,
    namespaced: isBuiltIn && !CLUSTER_SCOPED.has(kind),
    kube: served !== undefined,
    namespaceFn: isDNS1123Label,
  };
}

/** A LabelSelector as Go encodes it (keys sorted, empty fields left out): the value upstream prints. */
function selectorJson(selector: Obj): Obj {
  const out: Obj = {};
  if (isObj(selector.matchLabels) && Object.keys(selector.matchLabels).length)
    out.matchLabels = Object.fromEntries(
      Object.entries(selector.matchLabels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  const expressions = listOf(selector.matchExpressions);
  if (expressions.length)
    out.matchExpressions = expressions.map((e) => {
      const r = isObj(e) ? e : {};
      const values = listOf(r.values);
      return { key: r.key ?? '', operator: r.operator ?? '', ...(values.length ? { values } : {}) };
    });
  return out;
}

/**
 * A workload's `spec.selector`: `ValidateLabelSelector`, and for the kinds that then build a
 * selector from it (Deployment, ReplicaSet, StatefulSet) the error `LabelSelectorAsSelector`
 * reports when it cannot (it fails exactly where the syntax check does).
 */
export function validateWorkloadSelector(kind: string, selector: unknown): ErrorList {
  const rules = entryOf(SELECTORS, kind);
  if (!rules || !isObj(selector)) return [];
  const path = ['spec', 'selector'];
  const errs = validateLabelSelector(selector, path);
  if (errs.length && rules.asSelector !== undefined)
    errs.push(invalid(path, selectorJson(selector), rules.asSelector || undefined));
  return errs;
}

/**
 * Object metadata (ValidateObjectMeta) of every object the API would take, a Pod's
 * pod-specific annotations, every pod template's metadata, and workload selectors. A CronJob's
 * `spec.jobTemplate.metadata` is not checked when the CronJob is created, but each Job it creates
 * carries those labels and annotations and is refused: a warning. (A v1 PodTemplate object, no
 * workload kind, gets only its object metadata checked.)
 */
export const meta: RuleFamily = {
  ids: [
    'meta-namespace-invalid',
    'meta-generate-name-invalid',
    'meta-labels-invalid',
    'meta-annotations-invalid',
    'meta-finalizers-invalid',
    'meta-owner-references-invalid',
    'selector-invalid',
  ],
  object(ctx, report) {
    const rules = metaRules(ctx);
    if (!rules) return;
    const { document, value, kind, k8s } = ctx;
    const send = (errs: ErrorList, severity: Severity = 'error', suffix = '') => {
      for (const e of errs)
        reportErrors(report, { ruleId: ruleOf(e), severity, document }, [
          { path: e.path, detail: e.detail + suffix },
        ]);
    };

    send(validateObjectMetaAccessor(value.metadata, rules, ['metadata']));
    const facts = isWorkloadKind(kind) ? WORKLOADS[kind] : undefined;
    if (!facts || facts.apiVersion !== ctx.apiVersion) return;
    const template = facts.templatePath;
    if (!template.length)
      // The object is the pod: its own annotations are pod settings.
      send(
        validatePodSpecificAnnotations(
          objOf(value, 'metadata').annotations,
          objOf(value, 'spec'),
          ['metadata', 'annotations'],
          k8s,
        ),
      );
    else if (isObj(getPath(value, template)))
      send(validatePodTemplateMetadata(getPath(value, template), template, k8s));
    // A pod template inside a Job template (CronJob): the Job template's metadata goes on each
    // Job the controller creates, unchecked until then.
    if (template.length > 2) {
      const at = [...template.slice(0, -2), 'metadata'];
      const jobMeta = objOf(getPath(value, at.slice(0, -1)), 'metadata');
      send(
        [
          ...validateLabels(jobMeta.labels, [...at, 'labels']),
          ...validateAnnotations(jobMeta.annotations, [...at, 'annotations']),
        ],
        'warning',
        ': the API takes the CronJob, but refuses every Job created from this template',
      );
    }

    reportErrors(
      report,
      { ruleId: 'selector-invalid', severity: 'error', document },
      validateWorkloadSelector(kind, objOf(value, 'spec').selector),
    );
  },
};
