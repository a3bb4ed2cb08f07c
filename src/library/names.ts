import type { DesignView } from '../pod/types.ts';
import { cleanName, NAME_MAX } from './record.ts';

/** What a design is called until the user names it: its first workload, else its first object. */
export function defaultName(view: DesignView): string {
  const name = view.workloads[0]?.name || view.objects.find((o) => o.name)?.name;
  return name ? cleanName(name).slice(0, NAME_MAX) || 'Untitled design' : 'Untitled design';
}

/** The kind the library shows: the first workload's, else the first document's. */
export function designKind(view: DesignView): string {
  return view.workloads[0]?.kind ?? view.objects[0]?.kind ?? '';
}

/**
 * The name of a copy: `web` → `web (2)`, or the next number no other design has. A copy of
 * `web (2)` is `web (3)`, not `web (2) (2)`.
 */
export function duplicateName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = cleanName(name).replace(/ \((\d+)\)$/, '') || 'Untitled design';
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * `wanted`, or the first of `wanted (2)`, `wanted (3)`… no other design has, so two designs are
 * told apart in the library ("django", "django (2)"). The design's `current` name is kept while it
 * is still a form of `wanted` and no other design has it: names do not shuffle on every save.
 */
export function distinctName(wanted: string, taken: Iterable<string>, current?: string): string {
  const used = new Set(taken);
  const base = cleanName(wanted) || 'Untitled design';
  const isForm = (name: string) => name === base || name.replace(/ \((\d+)\)$/, '') === base;
  if (current !== undefined && isForm(current) && !used.has(current)) return current;
  return used.has(base) ? duplicateName(base, used) : base;
}

/** Why a typed name cannot be used, or `null` when it can. */
export function nameProblem(name: string): string | null {
  const clean = cleanName(name);
  if (!clean) return 'Give the design a name.';
  if (clean.length > NAME_MAX) return `Use at most ${NAME_MAX} characters.`;
  return null;
}
