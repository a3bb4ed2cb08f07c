// Designs and a helper for the lifecycle tests (tests only).
import { parse } from 'yaml';
import { podView } from '../pod/view.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { podLifecycle } from './lifecycle.ts';

/** The lifecycle of the first document of `text` (a workload). */
export function lifecycle(text: string, k8s: K8sVersion = '1.34') {
  const value: unknown = parse(text);
  const pod = podView(value, 0);
  if (!pod) throw new Error('not a workload');
  return podLifecycle(pod, value, k8s);
}

/** A Deployment around a pod spec written as YAML lines indented by six spaces. */
export function deployment(spec: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
${spec}`;
}

/** A Job around a pod spec written as YAML lines indented by six spaces. */
export function job(spec: string): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      restartPolicy: Never
${spec}`;
}

// The example: init-db, mesh-proxy (native), migrate, then app with a classic sidecar.
export const MESH = deployment(`      initContainers:
        - name: init-db
          image: example/init-db:1
        - name: mesh-proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
        - name: migrate
          image: example/migrate:1
      containers:
        - name: app
          image: example/app:1
        - name: log
          image: fluent/fluent-bit:3.1
`);

// A Job whose log shipper is a classic sidecar that never exits (tail -f).
export const JOB_CLASSIC = job(`      containers:
        - name: report
          image: example/report:2.1
        - name: log-tail
          image: busybox:1.36
          command: ["sh", "-c", "tail -f /var/log/report/report.log"]
`);

// The same Job with the log shipper made a native sidecar.
export const JOB_NATIVE = job(`      initContainers:
        - name: log-tail
          image: busybox:1.36
          command: ["sh", "-c", "tail -f /var/log/report/report.log"]
          restartPolicy: Always
      containers:
        - name: report
          image: example/report:2.1
`);
