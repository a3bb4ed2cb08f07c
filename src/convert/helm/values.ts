import { commentKey, yamlDocument } from './yaml-text.ts';

/** One object's section of values.yaml. */
export interface ValuesSection {
  /** Its key in values.yaml (a Go identifier, so templates can write `.Values.key`). */
  key: string;
  /** `Deployment web`: the comment above it. */
  title: string;
  kind: 'workload' | 'service';
  values: Record<string, unknown>;
}

const HEAD = ` Default values, made by Podsmith from a design: rendered with them, the chart gives back
 the design's objects exactly. Strings are quoted on purpose: Helm reads values as YAML 1.1,
 where on, yes, 0644 and 1e3 are not strings.`;

/** What a section's keys are, said above it (keys the design leaves unset can be added). */
const WHAT: Record<ValuesSection['kind'], string> = {
  workload: `replicaCount; image, resources and env of its first container;
 initContainers (native sidecars keep restartPolicy Always) and sidecars, in order, each image
 as repository, tag and digest; extraVolumes, and extraVolumeMounts for the first container.`,
  service: 'type and ports.',
};

/** values.yaml: `standardLabels`, `nameOverride`, then one section per workload and Service. */
export function valuesYaml(sections: readonly ValuesSection[]): string {
  const root: Record<string, unknown> = { standardLabels: false, nameOverride: '' };
  for (const s of sections) root[s.key] = s.values;
  const doc = yamlDocument(root, { quoteStrings: true });
  doc.commentBefore = HEAD;
  commentKey(
    doc,
    'standardLabels',
    " true adds helm create's standard labels (helm.sh/chart, app.kubernetes.io/*) to every object.",
  );
  commentKey(doc, 'nameOverride', ' The app.kubernetes.io/name of the standard labels.', false);
  for (const s of sections) commentKey(doc, s.key, ` ${s.title}: ${WHAT[s.kind]}`);
  return doc.toString({ lineWidth: 0 });
}
