import { readFileSync } from 'node:fs';
import { parseAllDocuments, parse } from 'yaml';

/** A one-container Deployment the tests start from (independent of the app's starter design). */
export const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`;

/** `WEB` with a classic sidecar appended, as a person would type it at the end of the file. */
export const LOG_SHIPPER = `        - name: log-shipper
          image: fluent/fluent-bit:3.2
`;

interface Container {
  name: string;
  image?: string;
  restartPolicy?: string;
  [key: string]: unknown;
}

interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  [key: string]: unknown;
}

/** The pod spec of a single-Deployment design, as plain data. */
export function podSpec(text: string): PodSpec {
  const doc = parse(text) as { spec: { template: { spec: PodSpec } } };
  return doc.spec.template.spec;
}

/** 1-based line of the first syntax error in `text`, as the `yaml` library reports it. */
export function firstErrorLine(text: string): number {
  const errors = parseAllDocuments(text).flatMap((doc) => ('errors' in doc ? doc.errors : []));
  const line = errors[0]?.linePos?.[0].line;
  if (line === undefined) throw new Error('expected the text to have a syntax error');
  return line;
}

/**
 * Every role, shared volumes and process namespace, a Service, a ConfigMap and a foreign object
 * beside the workload, and findings of every severity: an error with a quick fix (a mount of the
 * volume "cache", which the pod lacks), a warning (a port two containers listen on), and
 * best-practice info.
 */
export const BUSY = readFileSync(
  new URL('../fixtures/busy-every-severity.yaml', import.meta.url),
  'utf8',
);
