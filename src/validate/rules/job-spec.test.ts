import { describe, expect, it } from 'vitest';
import { isQualifiedName } from '../apimachinery.ts';
import { validateIndexesFormat } from './job-policies.ts';
import { lint } from './testing.ts';

const IDS = ['job-spec-invalid', 'cronjob-spec-invalid'];
type V = '1.28' | '1.29' | '1.31' | '1.34';
/** A Job; `spec` lines are indented by 2, the pod's restartPolicy is Never. */
const job = (spec: string, name = 'work') => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
${spec}  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: setup
          image: busybox
      containers:
        - name: main
          image: busybox
`;
const run = (spec: string, k8s?: V, name?: string) => lint(job(spec, name), IDS, k8s);
const err = (m: string) => `error job-spec-invalid ${m}`;

describe('validateJobSpec', () => {
  it('accepts a plain Job and an Indexed one', () => {
    expect(run('  completions: 3\n  parallelism: 2\n  backoffLimit: 1\n')).toEqual([]);
    expect(
      run(
        '  completionMode: Indexed\n  completions: 3\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 1\n',
      ),
    ).toEqual([]);
  });

  it('refuses negative counts', () => {
    expect(
      run('  parallelism: -1\n  activeDeadlineSeconds: -1\n  ttlSecondsAfterFinished: -1\n'),
    ).toEqual([
      err('spec.parallelism: Invalid value: -1: must be greater than or equal to 0'),
      err('spec.activeDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0'),
      err('spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0'),
    ]);
  });

  it('wants completions for an Indexed Job (defaulted only when parallelism is unset too)', () => {
    expect(run('  completionMode: Indexed\n')).toEqual([]);
    expect(run('  completionMode: Indexed\n  parallelism: 2\n')).toEqual([
      err('spec.completions: Required value: when completion mode is Indexed'),
    ]);
  });

  it('keeps per-index backoff to Indexed Jobs, with its limits', () => {
    expect(run('  backoffLimitPerIndex: 1\n')).toEqual([
      err('spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode'),
    ]);
    expect(
      run(
        '  completionMode: Indexed\n  completions: 10\n  maxFailedIndexes: 11\n  backoffLimitPerIndex: 1\n',
      ),
    ).toEqual([
      err('spec.maxFailedIndexes: Invalid value: 11: must be less than or equal to completions'),
    ]);
    expect(run('  completionMode: Indexed\n  completions: 2\n  maxFailedIndexes: 1\n')).toEqual([
      err('spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified'),
    ]);
    expect(
      run(
        '  completionMode: Indexed\n  completions: 100001\n  parallelism: 20000\n  backoffLimitPerIndex: 1\n',
      ),
    ).toEqual([
      err(
        'spec.maxFailedIndexes: Required value: must be specified when completions is above 100000',
      ),
      err(
        'spec.parallelism: Invalid value: 20000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index',
      ),
    ]);
    // 1.28: the JobBackoffLimitPerIndex gate is off, the API server drops the field.
    expect(run('  backoffLimitPerIndex: 1\n', '1.28')).toEqual([]);
  });

  it('checks managedBy as a domain-prefixed path (IsDomainPrefixedPath)', () => {
    expect(run('  managedBy: example.com/foo\n')).toEqual([]);
    expect(run('  managedBy: my controller\n')).toEqual([
      err(
        'spec.managedBy: Invalid value: "my controller": must be a domain-prefixed path (such as "acme.io/foo")',
      ),
    ]);
    expect(run('  managedBy: my controller\n', '1.31')).toEqual([]);
  });

  it('wants Never as the restartPolicy with a podFailurePolicy', () => {
    const text = job('  podFailurePolicy:\n    rules: []\n').replace(
      'restartPolicy: Never',
      'restartPolicy: OnFailure',
    );
    expect(lint(text, IDS)).toEqual([
      err(
        'spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
      ),
    ]);
  });
});

describe('validatePodFailurePolicy', () => {
  const policy = (rules: string) => `  podFailurePolicy:\n    rules:\n${rules}`;
  it('accepts rules on exit codes and pod conditions', () => {
    const rules =
      '      - action: FailJob\n        onExitCodes:\n          containerName: main\n          operator: In\n          values: [1, 2]\n' +
      '      - action: Ignore\n        onPodConditions:\n          - type: DisruptionTarget\n';
    expect(run(policy(rules))).toEqual([]);
  });

  it('checks each rule: one requirement, known containers, ordered unique non-zero codes', () => {
    expect(run(policy('      - action: FailJob\n'))).toEqual([
      err(
        'spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
      ),
    ]);
    const codes =
      '      - action: Count\n        onExitCodes:\n          containerName: xyz\n          operator: In\n          values: [5, 0, 5]\n';
    expect(run(policy(codes))).toEqual([
      err(
        'spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "xyz": must be one of the container or initContainer names in the pod template',
      ),
      err(
        'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [5,0,5]: must be ordered',
      ),
      err(
        'spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0: must not be 0 for the In operator',
      ),
      err('spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 5'),
    ]);
  });

  it('checks pod condition patterns (onPodConditions)', () => {
    const rule =
      '      - action: Ignore\n        onPodConditions:\n          - type: "Bad Type"\n            status: Maybe\n';
    expect(run(policy(rule))).toEqual([
      ...isQualifiedName('Bad Type').map((m) =>
        err(
          `spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: "Bad Type": ${m}`,
        ),
      ),
      err(
        'spec.podFailurePolicy.rules[0].onPodConditions[0].status: Unsupported value: "Maybe": supported values: "False", "True", "Unknown"',
      ),
    ]);
  });

  it('wants backoffLimitPerIndex for FailIndex, unknown before 1.29', () => {
    const rule =
      '      - action: FailIndex\n        onExitCodes:\n          operator: In\n          values: [1]\n';
    expect(run(policy(rule))).toEqual([
      err(
        'spec.podFailurePolicy.rules[0].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set',
      ),
    ]);
    expect(run(policy(rule), '1.28')).toEqual([
      err(
        'spec.podFailurePolicy.rules[0].action: Unsupported value: "FailIndex": supported values: "Count", "FailJob", "Ignore"',
      ),
    ]);
  });

  it('allows only Failed pod replacement with a podFailurePolicy (validatePodReplacementPolicy)', () => {
    expect(
      run(
        `${policy('      - action: Ignore\n        onPodConditions:\n          - type: DisruptionTarget\n')}  podReplacementPolicy: TerminatingOrFailed\n`,
      ),
    ).toEqual([
      err(
        'spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"',
      ),
    ]);
    expect(run('  podReplacementPolicy: TerminatingOrFailed\n')).toEqual([]);
  });
});

describe('validateSuccessPolicy', () => {
  const indexed = '  completionMode: Indexed\n  completions: 5\n';
  it('accepts rules within the completions', () => {
    expect(
      run(
        `${indexed}  successPolicy:\n    rules:\n      - succeededIndexes: "0,2-4"\n        succeededCount: 2\n`,
      ),
    ).toEqual([]);
  });

  it('needs an Indexed Job and at least one valid rule', () => {
    expect(run('  successPolicy:\n    rules:\n      - succeededCount: 1\n')).toEqual([
      err(
        'spec.successPolicy: Invalid value: {"Rules":[{"SucceededIndexes":null,"SucceededCount":1}]}: requires indexed completion mode',
      ),
    ]);
    expect(run(`${indexed}  successPolicy:\n    rules: []\n`)).toEqual([
      err(
        'spec.successPolicy.rules: Required value: at least one rules must be specified when the successPolicy is specified',
      ),
    ]);
    expect(
      run(
        `${indexed}  successPolicy:\n    rules:\n      - succeededIndexes: "1-3"\n        succeededCount: 4\n      - succeededCount: 6\n`,
      ),
    ).toEqual([
      err(
        'spec.successPolicy.rules[0].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number of indexes in the specified succeededIndexes field)',
      ),
      err(
        'spec.successPolicy.rules[1].succeededCount: Invalid value: 6: must be less than or equal to 5 (the number of specified completions)',
      ),
    ]);
  });

  it('parses index lists as validateIndexesFormat does', () => {
    expect(validateIndexesFormat('0,2-4', 5)).toBe(4);
    expect(validateIndexesFormat('invalid-format', 5)).toBe(
      'cannot convert string to integer for index: "invalid"',
    );
    expect(validateIndexesFormat('3,1', 5)).toBe('non-increasing order, previous: 3, current: 1');
    expect(validateIndexesFormat('5', 5)).toBe('too large index: "5"');
  });
});

describe('ValidateJob', () => {
  it('refuses a hand-written selector the API did not generate', () => {
    const text = job('  selector:\n    matchLabels:\n      app: work\n').replace(
      '  template:\n',
      '  template:\n    metadata:\n      labels:\n        app: work\n',
    );
    expect(lint(text, IDS)).toEqual([
      err(
        'spec.selector: Invalid value: {"matchLabels":{"app":"work"}}: `selector` not auto-generated',
      ),
    ]);
    expect(run('  selector:\n    matchLabels:\n      job-name: work\n')).toEqual([]);
  });

  it('wants the pods of an Indexed Job to have DNS-label hostnames', () => {
    const long = 'a'.repeat(62);
    expect(run('  completionMode: Indexed\n  completions: 10\n', undefined, long)).toEqual([
      err(
        `metadata.name: Invalid value: "${long}": will not able to create pod with invalid DNS label: ${long}-9`,
      ),
    ]);
  });
});

describe('ValidateCronJobCreate', () => {
  const cron = (name: string, jobSpec: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
${jobSpec}      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: main
              image: busybox
`;
  it('limits the name to 52 characters', () => {
    expect(lint(cron('a'.repeat(52), ''), IDS)).toEqual([]);
    expect(lint(cron('a'.repeat(53), ''), IDS)).toEqual([
      `error cronjob-spec-invalid metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`,
    ]);
  });

  it('validates the jobTemplate spec, which is not defaulted like a Job', () => {
    expect(
      lint(cron('nightly', '      completionMode: Indexed\n      backoffLimit: -1\n'), IDS),
    ).toEqual([
      'error cronjob-spec-invalid spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed',
      'error cronjob-spec-invalid spec.jobTemplate.spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
});
