import type { UpstreamCase } from './cases.ts';
import { indexed, job, manual, never, pfp, exit, cond, PFP, SP } from './batch-base.ts';

/** TestValidateJob's cases about successPolicy, podFailurePolicy and podReplacementPolicy (upstream's order). */
export const JOB_POLICY_CASES: readonly UpstreamCase[] = [
  never('valid success policy', [], {
    ...indexed(10),
    successPolicy: {
      rules: [{ succeededCount: 1, succeededIndexes: '0,2,4' }, { succeededIndexes: '1,3,5-9' }],
    },
  }),
  never(
    'valid pod failure policy',
    [],
    pfp(
      { action: 'Ignore', ...cond('DisruptionTarget', 'True') },
      { action: 'FailJob', ...cond('CustomConditionType', 'False') },
      { action: 'Count', ...exit('In', [1, 2, 3], 'abc') },
      { action: 'Ignore', ...exit('In', [4], 'def') },
      { action: 'FailJob', ...exit('NotIn', [5, 6, 7]) },
    ),
  ),
  never(
    'valid pod failure policy with FailIndex',
    [],
    {
      ...indexed(2, { backoffLimitPerIndex: 1 }),
      ...pfp({ action: 'FailIndex', ...exit('In', [10]) }),
    },
    manual({ a: 'b' }),
  ),
  job('valid pod replacement', [], { podReplacementPolicy: 'TerminatingOrFailed' }),
  job('valid pod replacement with failed', [], { podReplacementPolicy: 'Failed' }),
  never(
    'spec.successPolicy: Invalid value: requires indexed completion mode',
    ['spec.successPolicy: Invalid value'],
    { successPolicy: { rules: [] } },
  ),
  never('spec.successPolicy.rules: Required value', [`${SP}: Required value`], {
    ...indexed(5),
    successPolicy: {},
  }),
  never('spec.successPolicy.rules[0]: Required value', [`${SP}[0]: Required value`], {
    ...indexed(5),
    successPolicy: { rules: [{}] },
  }),
  never(
    'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "invalid-format"',
    [`${SP}[0].succeededIndexes: Invalid value`],
    { ...indexed(5), successPolicy: { rules: [{ succeededIndexes: 'invalid-format' }] } },
  ),
  never(
    'spec.successPolicy.rules[0].succeededIndexes: Too long',
    [`${SP}[0].succeededIndexes: Too long`],
    {
      ...indexed(5),
      successPolicy: { rules: [{ succeededIndexes: '1'.repeat(64 * 1024 + 1) }] },
    },
  ),
  never(
    'spec.successPolicy.rules[0].succeededCount: must be greater than or equal to 0',
    [`${SP}[0].succeededCount: Invalid value`],
    { ...indexed(5), successPolicy: { rules: [{ succeededCount: -1 }] } },
  ),
  never(
    'spec.successPolicy.rules[0].succeededCount: Invalid value: 6',
    [`${SP}[0].succeededCount: Invalid value`],
    { ...indexed(5), successPolicy: { rules: [{ succeededCount: 6 }] } },
  ),
  never(
    'spec.successPolicy.rules[0].succeededCount: Invalid value: 4',
    [`${SP}[0].succeededCount: Invalid value`],
    { ...indexed(5), successPolicy: { rules: [{ succeededCount: 4, succeededIndexes: '0-2' }] } },
  ),
  never('spec.successPolicy.rules: Too many: 21', [`${SP}: Too many`], {
    ...indexed(5),
    successPolicy: { rules: Array.from({ length: 21 }, () => ({ succeededCount: 5 })) },
  }),
  never(
    'spec.podFailurePolicy.rules[0]: specifying one of OnExitCodes and OnPodConditions is required',
    [`${PFP}[0]: Invalid value`],
    pfp({ action: 'FailJob' }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Duplicate value: 11',
    [`${PFP}[0].onExitCodes.values[1]: Duplicate value`],
    pfp({ action: 'FailJob', ...exit('In', [11, 11]) }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.values: Too many: 256',
    [`${PFP}[0].onExitCodes.values: Too many`],
    pfp({
      action: 'FailJob',
      ...exit(
        'In',
        Array.from({ length: 256 }, (_, i) => i + 1),
      ),
    }),
  ),
  never(
    'spec.podFailurePolicy.rules: Too many: 21',
    [`${PFP}: Too many`],
    pfp(...Array.from({ length: 21 }, (_, i) => ({ action: 'FailJob', ...exit('In', [i + 1]) }))),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onPodConditions: Too many: 21',
    [`${PFP}[0].onPodConditions: Too many`],
    pfp({
      action: 'FailJob',
      onPodConditions: Array.from({ length: 21 }, (_, i) => ({
        type: `CustomType_${i}`,
        status: 'True',
      })),
    }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 13',
    [`${PFP}[0].onExitCodes.values[2]: Duplicate value`],
    pfp({ action: 'FailJob', ...exit('In', [12, 13, 13, 13]) }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.values: must be ordered',
    [`${PFP}[0].onExitCodes.values: Invalid value`],
    pfp({ action: 'FailJob', ...exit('In', [19, 11]) }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.values: at least one value is required',
    [`${PFP}[0].onExitCodes.values: Invalid value`],
    pfp({ action: 'FailJob', ...exit('In', []) }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].action: Required value',
    [`${PFP}[0].action: Required value`],
    pfp({ action: '', ...exit('In', [1, 2, 3]) }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.operator: Required value',
    [`${PFP}[0].onExitCodes.operator: Required value`],
    pfp({ action: 'FailJob', ...exit('', [1, 2, 3]) }),
  ),
  never(
    'spec.podFailurePolicy.rules[0]: specifying both OnExitCodes and OnPodConditions is not supported',
    [`${PFP}[0]: Invalid value`],
    pfp({
      action: 'FailJob',
      ...exit('In', [1, 2, 3], 'abc'),
      ...cond('DisruptionTarget', 'True'),
    }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.values[1]: must not be 0 for the In operator',
    [`${PFP}[0].onExitCodes.values[1]: Invalid value`],
    pfp({ action: 'Ignore', ...exit('In', [1, 0, 2]) }),
  ),
  never(
    'spec.podFailurePolicy.rules[1].onExitCodes.containerName: Invalid value: "xyz"',
    [`${PFP}[1].onExitCodes.containerName: Invalid value`],
    pfp(
      { action: 'Ignore', ...exit('In', [1, 2, 3], 'abc') },
      { action: 'FailJob', ...exit('In', [5, 6, 7], 'xyz') },
    ),
  ),
  never(
    'spec.podFailurePolicy.rules[0].action: Unsupported value: "UnknownAction"',
    [`${PFP}[0].action: Unsupported value`],
    pfp({ action: 'UnknownAction', ...exit('In', [1, 2, 3], 'abc') }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value: "UnknownOperator"',
    [`${PFP}[0].onExitCodes.operator: Unsupported value`],
    pfp({ action: 'Ignore', ...exit('UnknownOperator', [1, 2, 3]) }),
  ),
  job(
    'spec.podFailurePolicy.rules[0].onPodConditions[0].status: Required value',
    [],
    pfp({ action: 'Ignore', ...cond('DisruptionTarget') }),
    'Never',
    undefined,
    'SetDefaults_PodFailurePolicyOnPodConditionsPattern makes an empty status True before validation',
  ),
  never(
    'spec.podFailurePolicy.rules[0].onPodConditions[0].status: Unsupported value: "UnknownStatus"',
    [`${PFP}[0].onPodConditions[0].status: Unsupported value`],
    pfp({ action: 'Ignore', ...cond('DisruptionTarget', 'UnknownStatus') }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: ""',
    [`${PFP}[0].onPodConditions[0].type: Invalid value`],
    pfp({ action: 'Ignore', ...cond(undefined, 'True') }),
  ),
  never(
    'spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: "Invalid Condition Type"',
    [`${PFP}[0].onPodConditions[0].type: Invalid value`],
    pfp({ action: 'Ignore', ...cond('Invalid Condition Type', 'True') }),
  ),
  never(
    'spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed"',
    ['spec.podReplacementPolicy: Unsupported value'],
    {
      podReplacementPolicy: 'TerminatingOrFailed',
      ...pfp({ action: 'Ignore', ...cond('DisruptionTarget', 'True') }),
    },
  ),
  never(
    'spec.podReplacementPolicy: Unsupported value: ""',
    ['spec.podReplacementPolicy: Unsupported value'],
    { podReplacementPolicy: '' },
  ),
  job(
    'spec.template.spec.restartPolicy: Invalid value: "OnFailure"',
    ['spec.template.spec.restartPolicy: Invalid value'],
    pfp(),
  ),
];
