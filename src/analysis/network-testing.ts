// Helpers for the network analysis tests.
import { designView } from '../pod/view.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { parseDesign } from '../yaml/parse.ts';
import { designServices, networkMap } from './network.ts';

/** The network map of the first workload of `text`, with the design's Services. */
export function mapOf(text: string, k8s?: K8sVersion) {
  const parsed = parseDesign(text);
  const view = designView(parsed);
  const pod = view.workloads[0]!;
  return networkMap(
    pod,
    parsed.values[pod.document],
    designServices(parsed.values, view.objects),
    k8s,
  );
}

/** A Deployment "web" (labels app: web) whose pod spec is `spec`, indented by four spaces. */
export const deployment = (spec: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
${extra}  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
${spec}`;
