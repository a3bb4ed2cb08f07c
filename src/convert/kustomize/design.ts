import { parseDesign, parsedOk, problemWords, type ParsedDesign } from '../../yaml/parse.ts';
import { isKubernetesObject } from './names.ts';

/** One Kubernetes object of a design, with the index of its document. */
export interface DesignObject {
  index: number;
  value: Record<string, unknown>;
}

export type DesignObjects =
  | { ok: true; parsed: ParsedDesign; objects: DesignObject[]; notes: string[] }
  | { ok: false; message: string };

/**
 * The Kubernetes objects of a design, for an export named `what` ("a Helm chart"). Empty
 * documents and documents that are not Kubernetes objects are left out, each named in `notes`.
 * Text that does not parse is refused: its meaning is not known, so no export could be faithful.
 */
export function designObjects(text: string, what: string): DesignObjects {
  const parsed = parseDesign(text);
  if (!parsedOk(parsed)) {
    const error = parsed.problems.find((p) => p.severity === 'error')!;
    const message =
      error.ruleId === 'yaml-limit'
        ? `${error.message}. It cannot be exported as ${what}.`
        : `The YAML has ${problemWords(error.ruleId)} at line ${error.line}: fix it to export ${what}.`;
    return { ok: false, message };
  }
  const notes: string[] = [];
  const objects: DesignObject[] = [];
  parsed.values.forEach((value, index) => {
    const label = `Document ${index + 1}`;
    if (value === null || value === undefined) notes.push(`${label} is empty: it is left out.`);
    else if (!isKubernetesObject(value))
      notes.push(`${label} is not a Kubernetes object (no apiVersion or kind): it is left out.`);
    else objects.push({ index, value });
  });
  return { ok: true, parsed, objects, notes };
}
