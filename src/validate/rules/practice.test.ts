import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';
import { imageTag } from './practice.ts';

const findings = (text: string, id: string) =>
  validateDesign(parseDesign(text))
    .filter((d) => d.ruleId === id)
    .map((d) => d.message);

describe('imageTag', () => {
  it('reads the tag after the last path component, not a registry port', () => {
    expect(imageTag('nginx')).toEqual({ digest: false });
    expect(imageTag('nginx:1.27')).toEqual({ tag: '1.27', digest: false });
    expect(imageTag('localhost:5000/app')).toEqual({ digest: false });
    expect(imageTag('localhost:5000/team/app:v1')).toEqual({ tag: 'v1', digest: false });
    expect(imageTag('app:1.0@sha256:abcd')).toEqual({ digest: true });
  });
});

describe('container-image-latest-or-untagged', () => {
  it('flags the latest tag on any container, init containers included', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: setup
      image: busybox:latest
  containers:
    - name: app
      image: nginx:1.27.3
`;
    expect(findings(text, 'container-image-latest-or-untagged')).toEqual([
      'spec.initContainers[0].image: "busybox:latest" uses the latest tag: each pull may bring another version, and imagePullPolicy defaults to Always; use a container image with a specific tag other than latest',
    ]);
  });
});

describe('probe-missing', () => {
  const containers = `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.32.1
    restartPolicy: Always
    readinessProbe:
      tcpSocket:
        port: 15001
containers:
  - name: app
    image: nginx:1.27.3
`;
  const indent = (text: string, by: string) => text.replace(/^/gm, by);
  const pod = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${indent(containers, '  ')}`;
  const job = `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n${indent(containers, '      ')}`;

  it('one finding per container, naming what is missing; native sidecars count', () => {
    expect(findings(pod, 'probe-missing')).toEqual([
      'spec.initContainers[0].livenessProbe: Liveness probe should be configured: without a liveness probe a hung process is never restarted',
      'spec.containers[0].readinessProbe: Readiness and liveness probes should be configured: without a readiness probe the container counts as ready (and gets traffic) as soon as it starts; without a liveness probe a hung process is never restarted',
    ]);
  });

  it('skips Jobs: their containers run to completion', () => {
    expect(findings(job, 'probe-missing')).toEqual([]);
    // The Job's two containers are seen by other rules: the skip is what keeps this one quiet.
    expect(findings(job, 'sc-run-as-root')).toHaveLength(2);
  });
});
