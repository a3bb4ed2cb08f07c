import { describe, expect, it } from 'vitest';
import type { K8sVersion } from '../versions.ts';
import { lint } from './testing.ts';

// Labels the API server and the controllers put on every pod count when a Service selects pods
// (issue 14 point 4). Sources: k8s.io/api 1.34.1 batch/v1 and apps/v1 types.go, the Job registry
// strategy's generateSelector, the StatefulSet controller's identity labels, gate PodIndexLabel.

const IDS = ['service-selector-no-match'];

const headless = (selector: string) => `apiVersion: v1
kind: Service
metadata:
  name: workers
spec:
  clusterIP: None
  selector:
    ${selector}
  ports:
    - port: 8080
`;

const indexedJob = (extra = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: train
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
${extra}  template:
    spec:
      restartPolicy: Never
      subdomain: workers
      containers:
        - name: worker
          image: ghcr.io/example/trainer:1.0.0
          ports:
            - containerPort: 8080
`;

const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: workers
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: ghcr.io/example/db:1.0.0
          ports:
            - containerPort: 8080
`;

const check = (k8s: K8sVersion, ...docs: string[]) => lint(docs.join('---\n'), IDS, k8s);

describe('controller-added pod labels count for Service selectors', () => {
  it('a headless Service selecting job-name for an Indexed Job is valid', () => {
    expect(check('1.34', indexedJob(), headless('job-name: train'))).toEqual([]);
    expect(check('1.34', indexedJob(), headless('batch.kubernetes.io/job-name: train'))).toEqual(
      [],
    );
  });

  it('another Job name selects nothing', () => {
    expect(check('1.34', indexedJob(), headless('job-name: other'))).toEqual([
      'warning service-selector-no-match spec.selector: no pod template in the design has the labels job-name=other, so the Service has no endpoints',
    ]);
  });

  it('with manualSelector the API adds no job-name label', () => {
    const manual = indexedJob('  manualSelector: true\n');
    expect(check('1.34', manual, headless('job-name: train'))).toHaveLength(1);
  });

  it('the completion index label exists from 1.28 (PodIndexLabel), for indexes below completions', () => {
    const one = headless('batch.kubernetes.io/job-completion-index: "2"');
    expect(check('1.28', indexedJob(), one)).toEqual([]);
    expect(check('1.27', indexedJob(), one)).toHaveLength(1);
    const beyond = headless('batch.kubernetes.io/job-completion-index: "3"');
    expect(check('1.34', indexedJob(), beyond)).toHaveLength(1);
  });

  it("a StatefulSet pod's name and index labels select one replica", () => {
    expect(
      check('1.34', statefulSet, headless('statefulset.kubernetes.io/pod-name: db-2')),
    ).toEqual([]);
    expect(
      check('1.34', statefulSet, headless('statefulset.kubernetes.io/pod-name: db-3')),
    ).toHaveLength(1);
    expect(check('1.34', statefulSet, headless('apps.kubernetes.io/pod-index: "0"'))).toEqual([]);
    expect(check('1.27', statefulSet, headless('apps.kubernetes.io/pod-index: "0"'))).toHaveLength(
      1,
    );
  });

  it('hash labels a controller makes may hold any value', () => {
    const deployment = statefulSet
      .replace('kind: StatefulSet', 'kind: Deployment')
      .replace('  serviceName: workers\n', '');
    const byHash = headless('app: db\n    pod-template-hash: 5d8f7c9b6');
    expect(check('1.34', deployment, byHash)).toEqual([]);
    expect(check('1.34', statefulSet, byHash)).toHaveLength(1);
    expect(
      check('1.34', statefulSet, headless('app: db\n    controller-revision-hash: db-1')),
    ).toEqual([]);
  });

  it('the template label wins over the one the API would add', () => {
    const own = indexedJob().replace(
      '  template:\n',
      '  template:\n    metadata:\n      labels:\n        job-name: mine\n',
    );
    expect(check('1.34', own, headless('job-name: mine'))).toEqual([]);
    expect(check('1.34', own, headless('job-name: train'))).toHaveLength(1);
  });
});
