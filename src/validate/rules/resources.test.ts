import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';
import type { K8sVersion } from '../versions.ts';

const found = (text: string, ids: string[], k8s?: K8sVersion) =>
  validateDesign(parseDesign(text), { k8s })
    .filter((d) => ids.includes(d.ruleId))
    .map((d) => `${d.ruleId} ${d.severity}: ${d.message}`);

const pod = (spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
${spec}`;

describe('resource rules', () => {
  it('prints quantities the way the API does', () => {
    const text = pod(`  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      resources:
        requests:
          cpu: 1.5
          memory: 1.5Gi
          ephemeral-storage: 0.5
        limits:
          cpu: 1000m
          memory: 1024Mi
          ephemeral-storage: 1
`);
    expect(found(text, ['resource-request-exceeds-limit', 'resource-memory-fractional'])).toEqual([
      'resource-request-exceeds-limit error: spec.containers[0].resources.requests.cpu: Invalid value: "1500m": must be less than or equal to cpu limit of 1',
      'resource-request-exceeds-limit error: spec.containers[0].resources.requests.memory: Invalid value: "1536Mi": must be less than or equal to memory limit of 1Gi',
      'resource-memory-fractional warning: spec.containers[0].resources.requests.ephemeral-storage: fractional byte value "500m" is invalid, must be an integer',
    ]);
  });

  it('checks pod-level requests against limits from 1.34, when the field is no longer dropped', () => {
    const text = pod(`  resources:
    requests:
      cpu: "2"
    limits:
      cpu: "1"
  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
`);
    const ids = ['resource-request-exceeds-limit'];
    expect(found(text, ids, '1.33')).toEqual([]);
    expect(found(text, ids, '1.34')).toEqual([
      'resource-request-exceeds-limit error: spec.resources.requests.cpu: Invalid value: "2": must be less than or equal to cpu limit of 1',
    ]);
  });

  it('leaves extended resources and hugepages to their own rule', () => {
    const text = pod(`  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      resources:
        requests:
          nvidia.com/gpu: 2
          hugepages-2Mi: 4Mi
        limits:
          nvidia.com/gpu: 1
          hugepages-2Mi: 2Mi
`);
    expect(found(text, ['resource-request-exceeds-limit'])).toEqual([]);
  });

  it('is a warning in a StatefulSet, whose API does not validate the pod template', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: db
          image: ghcr.io/example/db:16.4
          resources:
            requests: {memory: 2Gi}
            limits: {memory: 1Gi}
`;
    expect(found(text, ['resource-request-exceeds-limit'])).toEqual([
      expect.stringMatching(/^resource-request-exceeds-limit warning: /),
    ]);
  });

  it('counts pod-level resources as the budget of every container from 1.34', () => {
    const text = pod(`  resources:
    requests: {cpu: 500m, memory: 256Mi}
    limits: {memory: 256Mi}
  initContainers:
    - name: migrate
      image: ghcr.io/example/api:2.4.0
      command: [api, migrate]
  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      resources:
        limits: {cpu: 500m, memory: 256Mi}
`);
    const ids = ['resources-missing', 'qos-guaranteed-broken-by-init'];
    expect(found(text, ids, '1.34')).toEqual([]);
    expect(found(text, ids, '1.33').map((f) => f.split(' ')[0])).toEqual([
      'resources-missing',
      'qos-guaranteed-broken-by-init',
    ]);
  });
});
