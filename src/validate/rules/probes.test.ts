import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';
import type { K8sVersion } from '../versions.ts';

const probeFindings = (text: string, k8s?: K8sVersion) =>
  validateDesign(parseDesign(text), { k8s })
    .filter((d) => d.ruleId.startsWith('probe-') && d.severity !== 'info')
    .map((d) => `${d.ruleId}: ${d.message}`);

const withSidecar = `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  initContainers:
    - name: proxy
      image: ghcr.io/example/proxy:1.31.2
      restartPolicy: Always
      livenessProbe:
        httpGet:
          path: /healthz
          port: admin
        successThreshold: 2
  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
`;

describe('probe rules', () => {
  it("check a native sidecar's probes like an app container's", () => {
    expect(probeFindings(withSidecar, '1.29')).toEqual([
      `probe-named-port-missing: spec.initContainers[0].livenessProbe.httpGet.port: no port named "admin" in this container's ports: the kubelet cannot resolve the name, so the probe always fails`,
      'probe-success-threshold-not-1: spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    ]);
  });

  it('leave it alone before 1.29, where it is a regular init container that may have no probes', () => {
    expect(probeFindings(withSidecar, '1.28')).toEqual([]);
  });

  it('report each handler after the first, in the order the API counts them', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: ghcr.io/example/api:2.4.0
      readinessProbe:
        grpc: {port: 9090}
        tcpSocket: {port: 8080}
        exec: {command: [check]}
        httpGet: null
`;
    expect(probeFindings(text)).toEqual([
      'probe-handler-count: spec.containers[0].readinessProbe.grpc: Forbidden: may not specify more than 1 handler type',
      'probe-handler-count: spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
    ]);
  });
});
