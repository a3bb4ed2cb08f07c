import { SEVERITY_RANK } from '../validate/severity.ts';
import type { Diagnostic } from '../validate/types.ts';
import type { Path } from '../yaml/path.ts';
import type { Model } from './model.ts';
import type { Badge } from './types.ts';

const key = (document: number, path: Path) => JSON.stringify([document, ...path]);

/**
 * Which node or edge each field of the design belongs to: a container's path to its node, its
 * `volumeMounts[j]` to that mount's edge, its `ports[j]` to that socket, a volume (or claim
 * template) to its node; a Service's document to its node, and a ConfigMap's, Secret's or PVC's
 * document to its node.
 */
function targets(model: Model): Map<string, string> {
  const at = new Map<string, string>();
  const doc = model.pod.document;
  for (const c of model.containers) at.set(key(doc, c.view.path), c.id);
  for (const m of model.mounts)
    at.set(key(doc, [...m.container.view.path, 'volumeMounts', m.index]), m.id);
  for (const p of model.ports) at.set(key(doc, p.port.path), p.id);
  for (const v of model.volumes)
    if (v.path && !at.has(key(doc, v.path))) at.set(key(doc, v.path), v.id);
  for (const s of model.services) at.set(key(s.document, []), s.id);
  for (const o of model.objects) if (o.document !== undefined) at.set(key(o.document, []), o.id);
  return at;
}

/**
 * The badge of every node or edge some diagnostic falls under: each diagnostic counts once, for
 * the deepest node or edge whose path starts its path (a finding about a mount's path badges the
 * mount, not its container). The badge has the worst severity and the count. Diagnostics under
 * nothing drawn are left out.
 */
export function badgesOf(model: Model, diagnostics: readonly Diagnostic[]): Map<string, Badge> {
  const at = targets(model);
  const badges = new Map<string, Badge>();
  for (const d of diagnostics) {
    let id: string | undefined;
    // Deepest first: the key of each shorter prefix, until one is drawn.
    for (let n = d.path.length; n >= 0 && id === undefined; n--)
      id = at.get(key(d.document, d.path.slice(0, n)));
    if (id === undefined) continue;
    const badge = badges.get(id);
    if (!badge) badges.set(id, { severity: d.severity, count: 1 });
    else {
      badge.count++;
      if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[badge.severity]) badge.severity = d.severity;
    }
  }
  return badges;
}
