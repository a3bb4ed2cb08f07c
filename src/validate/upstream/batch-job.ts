import type { UpstreamCase } from './cases.ts';
import { GENERATED, indexed, job, manual, type Obj } from './batch-base.ts';

/** TestValidateJob's cases about counts, completion modes, selectors and managedBy (upstream's order). */
export const JOB_CASES: readonly UpstreamCase[] = [
  job('valid manual selector', [], {}, 'OnFailure', manual({ a: 'b' })),
  job('valid generated selector', [], {}),
  job('valid hostnet', [], {}, 'OnFailure', (s) => {
    Object.assign((s.template as { spec: Obj }).spec, { hostNetwork: true });
  }),
  job('valid NonIndexed completion mode', [], { completionMode: 'NonIndexed' }),
  job('valid Indexed completion mode', [], indexed(2, { parallelism: 100000 })),
  job(
    'valid parallelism and maxFailedIndexes for high completions when backoffLimitPerIndex is used',
    [],
    indexed(100000, { parallelism: 100000, maxFailedIndexes: 100000, backoffLimitPerIndex: 1 }),
  ),
  job(
    'valid parallelism and maxFailedIndexes for unlimited completions when backoffLimitPerIndex is used',
    [],
    indexed(1000000000, { parallelism: 10000, maxFailedIndexes: 10000, backoffLimitPerIndex: 1 }),
  ),
  job(
    'do not allow new batch labels',
    [],
    {},
    'OnFailure',
    undefined,
    'RequirePrefixedLabels=false is the option for Jobs created before 1.27 (updates); a new Job always gets the prefixed labels',
  ),
  job('valid managedBy field', [], { managedBy: 'example.com/foo' }),
  job('spec.managedBy: Too long: may not be longer than 63', ['spec.managedBy: Too long'], {
    managedBy: `example.com/${'x'.repeat(60)}`,
  }),
  job(
    'spec.managedBy: Invalid value: "invalid custom controller name"',
    ['spec.managedBy: Invalid value'],
    { managedBy: 'invalid custom controller name' },
  ),
  job('spec.parallelism:must be greater than or equal to 0', ['spec.parallelism: Invalid value'], {
    parallelism: -1,
  }),
  job(
    'spec.backoffLimit:must be greater than or equal to 0',
    ['spec.backoffLimit: Invalid value'],
    { backoffLimit: -1 },
  ),
  job(
    'spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode',
    ['spec.backoffLimitPerIndex: Invalid value'],
    { backoffLimitPerIndex: 1 },
  ),
  job(
    'spec.backoffLimitPerIndex:must be greater than or equal to 0',
    ['spec.backoffLimitPerIndex: Invalid value'],
    { completionMode: 'Indexed', backoffLimitPerIndex: -1 },
  ),
  job(
    'spec.maxFailedIndexes: Invalid value: 11',
    ['spec.maxFailedIndexes: Invalid value'],
    indexed(10, { maxFailedIndexes: 11, backoffLimitPerIndex: 1 }),
  ),
  job(
    'spec.maxFailedIndexes: Required value',
    ['spec.maxFailedIndexes: Required value'],
    indexed(100001, { backoffLimitPerIndex: 1 }),
  ),
  job(
    'spec.parallelism: Invalid value: 50000',
    ['spec.parallelism: Invalid value'],
    indexed(100001, { parallelism: 50000, backoffLimitPerIndex: 1, maxFailedIndexes: 1 }),
  ),
  job(
    'spec.maxFailedIndexes: Invalid value: 100001',
    ['spec.maxFailedIndexes: Invalid value'],
    indexed(100001, { backoffLimitPerIndex: 1, maxFailedIndexes: 100001 }),
  ),
  job(
    'spec.maxFailedIndexes: Invalid value: 50000',
    ['spec.maxFailedIndexes: Invalid value'],
    indexed(100001, { backoffLimitPerIndex: 1, maxFailedIndexes: 50000 }),
  ),
  job(
    'spec.maxFailedIndexes:must be greater than or equal to 0',
    ['spec.maxFailedIndexes: Invalid value'],
    { completionMode: 'Indexed', backoffLimitPerIndex: 1, maxFailedIndexes: -1 },
  ),
  job('spec.backoffLimitPerIndex: Required value', ['spec.backoffLimitPerIndex: Required value'], {
    completionMode: 'Indexed',
    maxFailedIndexes: 1,
  }),
  job('spec.completions:must be greater than or equal to 0', ['spec.completions: Invalid value'], {
    completions: -1,
  }),
  job(
    'spec.activeDeadlineSeconds:must be greater than or equal to 0',
    ['spec.activeDeadlineSeconds: Invalid value'],
    { activeDeadlineSeconds: -1 },
  ),
  job('spec.selector:Required value', [], {}, 'OnFailure', undefined, GENERATED),
  job(
    'spec.template.metadata.labels: Invalid value: {"y":"z"}',
    ['spec.template.metadata.labels: Invalid value'],
    {},
    'OnFailure',
    manual({ y: 'z' }),
  ),
  job(
    'spec.template.metadata.labels: Invalid value: {"controller-uid":"4d5e6f"}',
    ['spec.template.metadata.labels: Invalid value'],
    {},
    'OnFailure',
    manual({ 'controller-uid': '4d5e6f' }),
  ),
  job(
    'spec.template.spec.restartPolicy: Required value',
    ['spec.template.spec.restartPolicy: Required value'],
    {},
    'Always',
    manual({ a: 'b' }),
  ),
  job(
    'spec.template.spec.restartPolicy: Unsupported value',
    ['spec.template.spec.restartPolicy: Unsupported value'],
    {},
    'Invalid',
    manual({ a: 'b' }),
  ),
  job(
    'spec.ttlSecondsAfterFinished: must be greater than or equal to 0',
    ['spec.ttlSecondsAfterFinished: Invalid value'],
    { ttlSecondsAfterFinished: -1 },
  ),
  // Upstream sets no parallelism either, which SetDefaults_Job would turn into completions: 1.
  job(
    'spec.completions: Required value: when completion mode is Indexed',
    ['spec.completions: Required value'],
    { completionMode: 'Indexed', parallelism: 1 },
  ),
  job(
    'spec.parallelism: must be less than or equal to 100000 when completion mode is Indexed',
    ['spec.parallelism: Invalid value'],
    indexed(2, { parallelism: 100001 }),
  ),
  job(
    'spec.template.metadata.labels[controller-uid]: Required value',
    [],
    {},
    'OnFailure',
    undefined,
    GENERATED,
  ),
  job(
    'metadata.uid: Required value',
    [],
    {},
    'OnFailure',
    undefined,
    'the uid is assigned by the API server on create',
  ),
  job(
    'spec.selector: Invalid value: `selector` not auto-generated',
    ['spec.selector: Invalid value'],
    {},
    'OnFailure',
    (s) => {
      s.selector = { matchLabels: { a: 'b' } };
      (s.template as Obj).metadata = { labels: { a: 'b' } };
    },
  ),
  job(
    'spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Required value',
    [],
    {},
    'OnFailure',
    undefined,
    GENERATED,
  ),
];
