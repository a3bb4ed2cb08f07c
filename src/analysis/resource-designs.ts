import { parse } from 'yaml';
import type { PodView } from '../pod/types.ts';
import { podView } from '../pod/view.ts';

/** A workload document's pod view and value, from YAML text (tests only). */
export function workload(text: string): { pod: PodView; value: unknown } {
  const value: unknown = parse(text);
  const pod = podView(value, 0);
  if (!pod) throw new Error('not a workload');
  return { pod, value };
}

/** One container as YAML lines of a pod spec list, with optional requests and limits (tests only). */
export function container(
  name: string,
  { requests, limits, sidecar }: { requests?: string; limits?: string; sidecar?: boolean } = {},
): string {
  const lines = [`  - name: ${name}`, `    image: busybox`];
  if (sidecar) lines.push('    restartPolicy: Always');
  if (requests || limits) lines.push('    resources:');
  if (requests) lines.push(`      requests: {${requests}}`);
  if (limits) lines.push(`      limits: {${limits}}`);
  return lines.join('\n');
}

/** A Deployment around init containers, app containers and extra pod spec lines (tests only). */
export function deployment(inits: string[], apps: string[], extra = ''): string {
  const spec = [
    ...(inits.length ? ['initContainers:', ...inits] : []),
    'containers:',
    ...apps,
    ...(extra ? [extra] : []),
  ]
    .join('\n')
    .replace(/^/gm, '      ');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
${spec}
`;
}
