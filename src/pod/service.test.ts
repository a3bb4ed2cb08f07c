import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { nodePortProblem, portTargets, resolveTargetPort, serviceTypeOf } from './service.ts';
import { designView } from './view.ts';

const pod = designView(parseDesign(STARTER_YAML)).workloads[0]!;

describe('Service facts', () => {
  it('tells the Service kinds apart', () => {
    expect(serviceTypeOf({ spec: {} })).toBe('ClusterIP');
    expect(serviceTypeOf({ spec: { clusterIP: 'None' } })).toBe('Headless');
    expect(serviceTypeOf({ spec: { type: 'NodePort' } })).toBe('NodePort');
    expect(serviceTypeOf({ spec: { type: 'LoadBalancer' } })).toBe('LoadBalancer');
    expect(serviceTypeOf(undefined)).toBe('ClusterIP');
  });

  it('checks node ports against the default range', () => {
    expect(nodePortProblem('30080')).toBeUndefined();
    expect(nodePortProblem('32767')).toBeUndefined();
    expect(nodePortProblem('8080')).toBe('A nodePort must be between 30000 and 32767.');
    expect(nodePortProblem('32768')).toMatch(/between/);
    expect(nodePortProblem('http')).toBe('Enter a whole number.');
  });

  it('resolves targetPort by name or number to the container that serves it', () => {
    expect(portTargets(pod)).toEqual([
      { value: 'http', container: 'nginx', containerPort: 80, protocol: 'TCP', name: 'http' },
    ]);
    expect(resolveTargetPort(pod, 'http', 8080)?.container).toBe('nginx');
    expect(resolveTargetPort(pod, 80, 8080)?.name).toBe('http');
    expect(resolveTargetPort(pod, undefined, 80)?.name).toBe('http');
    expect(resolveTargetPort(pod, 'metrics', 80)).toBeUndefined();
    expect(resolveTargetPort(pod, undefined, 8080)).toBeUndefined();
  });

  it('looks in the app containers before the native sidecars, and matches the protocol', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
      restartPolicy: Always
      ports:
        - name: http
          containerPort: 15001
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - name: http
          containerPort: 8080
        - name: dns
          containerPort: 53
          protocol: UDP
`;
    const two = designView(parseDesign(text)).workloads[0]!;
    expect(resolveTargetPort(two, 'http', 80)?.container).toBe('app');
    expect(resolveTargetPort(two, 'dns', 53, 'TCP')).toBeUndefined();
    expect(resolveTargetPort(two, 'dns', 53, 'UDP')?.containerPort).toBe(53);
    expect(resolveTargetPort(two, 15001, 80, 'TCP')?.container).toBe('proxy');
  });
});
