import type { HclBlock } from './recognise-scan.ts';

/** How many resources a message names before it sums up the rest. */
const NAMED = 3;

/**
 * What to say about a Terraform file: the kubernetes_* resources it manages, and that Podsmith
 * converts them into YAML when asked (the app's "Convert to YAML" opens a new design).
 */
export function terraformMessage(blocks: readonly HclBlock[]): string {
  const managed = blocks.filter((b) => b.kind === 'resource' && b.type.startsWith('kubernetes_'));
  if (managed.length === 0) {
    return 'This looks like Terraform (HCL), with no kubernetes_* resources in it: Podsmith reads Kubernetes YAML manifests.';
  }
  const named = managed.slice(0, NAMED).map((b) => `${b.type} "${b.name}"`);
  const more = managed.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : joinAnd(named);
  return `This looks like Terraform (HCL) with ${list}: Podsmith converts it into Kubernetes YAML ("Convert to YAML" in the app, \`podsmith import\` on the command line).`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
