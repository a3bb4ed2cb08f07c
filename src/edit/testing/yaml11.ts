import { parseAllDocuments } from 'yaml';
import { parseDesign } from '../../yaml/parse.ts';
import { deepEqual } from '../equal.ts';

/**
 * Whether Kubernetes, which reads YAML 1.1 (sigs.k8s.io/yaml: `yes`, `off`, `y` are booleans,
 * `1_000` a number), reads `text` as Podsmith does (YAML 1.2). An edit must not turn a text
 * that does into one that does not.
 */
export function readsTheSameInYaml11(text: string): boolean {
  const ours = parseDesign(text).values;
  const theirs = parseAllDocuments(text, { version: '1.1', merge: true });
  if (!Array.isArray(theirs) || theirs.length !== ours.length) return false;
  return theirs.every((doc, i) => deepEqual(doc.toJS({ maxAliasCount: 1000 }), ours[i]));
}
