import { WORKLOADS } from '../../pod/kinds.ts';
import { labelSelectorMatches } from '../../pod/selectors.ts';
import { getPath } from '../../pod/view.ts';
import { entryOf, isObj, listOf, objOf, quote, type Obj, type RuleFamily } from '../context.ts';
import { caseFix } from '../remedies.ts';
import type { FixId } from '../types.ts';
import { labelsJson } from './replication-controller.ts';

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** True when the API can turn the selector into one (`LabelSelectorAsSelector` succeeds). */
function wellFormed(selector: Obj): boolean {
  if (selector.matchLabels !== undefined && !isObj(selector.matchLabels)) return false;
  if (selector.matchExpressions !== undefined && !Array.isArray(selector.matchExpressions))
    return false;
  return listOf(selector.matchExpressions).every((e) => {
    if (!isObj(e) || typeof e.key !== 'string' || typeof e.operator !== 'string') return false;
    if (!OPERATORS.has(e.operator)) return false;
    const values = listOf(e.values);
    const needsValues = e.operator === 'In' || e.operator === 'NotIn';
    return needsValues ? values.length > 0 : values.length === 0;
  });
}

function isEmptySelector(selector: Obj): boolean {
  return (
    Object.keys(objOf(selector, 'matchLabels')).length +
      listOf(selector.matchExpressions).length ===
    0
  );
}

/**
 * The one obvious remedy for a template restartPolicy the kind refuses: a case slip is spelled
 * right; the apps kinds allow only Always; a Job or CronJob asked to restart Always gets Never (a
 * failed pod is kept for its logs, and the Job's backoffLimit counts it). Another word a batch
 * kind refuses could mean OnFailure or Never: no fix.
 */
function restartFix(policy: string, allowed: readonly string[]): { fix?: FixId } {
  if (caseFix(policy, allowed)) return { fix: 'correct-value-case' };
  if (allowed.includes('Always')) return { fix: 'set-restart-policy-always' };
  return policy.toLowerCase() === 'always' ? { fix: 'set-restart-policy-never' } : {};
}

/**
 * Controller rules about the pod template (apps and batch validation): a selector is required and
 * must select the template's labels (Deployment, ReplicaSet, StatefulSet, DaemonSet, and a Job with
 * `manualSelector: true`); the template's restartPolicy must suit the kind (Always for the apps
 * kinds, OnFailure or Never for Jobs and CronJobs, where unset means the refused Always).
 */
export const workload: RuleFamily = {
  ids: [
    'workload-selector-required',
    'workload-selector-template-mismatch',
    'template-restart-policy',
  ],
  object(ctx, report) {
    const kind = entryOf(WORKLOADS, ctx.kind);
    if (!kind || !kind.templatePath.length) return;
    const { document, value } = ctx;
    const spec = objOf(value, 'spec');
    const template = kind.templatePath;

    const manual = kind.selector === 'generated' && spec.manualSelector === true;
    if (kind.selector === 'required' || manual) {
      const selector = spec.selector;
      const labels = getPath(value, [...template, 'metadata', 'labels']);
      // The quick fix copies the pod labels into the selector: it needs labels.
      const fixable = isObj(labels) && Object.keys(labels).length > 0;
      const align = fixable ? { fix: 'align-selector' as const } : {};
      if (selector === undefined || selector === null)
        report({
          ruleId: 'workload-selector-required',
          severity: 'error',
          document,
          path: ['spec', 'selector'],
          detail: 'Required value',
          ...align,
        });
      else if (isObj(selector) && isEmptySelector(selector) && kind.selectorWord)
        report({
          ruleId: 'workload-selector-required',
          severity: 'error',
          document,
          path: ['spec', 'selector'],
          detail: `Invalid value: {}: empty selector is invalid for ${kind.selectorWord}`,
          ...align,
        });
      else if (isObj(selector) && wellFormed(selector) && !isEmptySelector(selector)) {
        if (!labelSelectorMatches(selector, labels))
          report({
            ruleId: 'workload-selector-template-mismatch',
            severity: 'error',
            document,
            path: [...template, 'metadata', 'labels'],
            detail: `Invalid value: ${labelsJson(labels)}: \`selector\` does not match template \`labels\``,
            ...align,
          });
      }
    }

    // A CronJob without jobTemplate is reported once, by cronjob-spec-fields.
    if (ctx.kind === 'CronJob' && !isObj(spec.jobTemplate)) return;
    const path = [...template, 'spec', 'restartPolicy'];
    const policy = getPath(value, path);
    const allowed: readonly string[] = kind.restartPolicies;
    const supported = allowed.map((p) => quote(p)).join(', ');
    const batch = !allowed.includes('Always');
    if (policy === undefined || policy === null || (batch && policy === 'Always')) {
      // Unset is defaulted to Always, fine for the apps kinds; batch asks for a value.
      if (batch)
        report({
          ruleId: 'template-restart-policy',
          severity: 'error',
          document,
          path,
          detail: `Required value: valid values: ${supported}`,
          fix: 'set-restart-policy-never',
        });
    } else if (typeof policy === 'string' && !allowed.includes(policy))
      report({
        ruleId: 'template-restart-policy',
        severity: 'error',
        document,
        path,
        detail: `Unsupported value: ${quote(policy)}: supported values: ${supported}`,
        ...restartFix(policy, allowed),
      });
  },
};
