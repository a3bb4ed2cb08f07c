// What Podsmith derives from a workload's name, in one place: the pod labels it writes when a
// workload has none (a kind switch, a Service for unlabelled pods), the StatefulSet serviceName,
// and the names of the Services it adds. A rename moves exactly these along (edit/workload-name.ts),
// so the result does not depend on whether the name or the kind changed first.

/** The label Podsmith gives pods that have none: the recommended `app.kubernetes.io/name`. */
export const NAME_LABEL = 'app.kubernetes.io/name';

/**
 * Label keys whose value, when it equals the workload's name, is taken as derived from the name:
 * Podsmith's own, and the `app` the templates and most manifests use.
 */
export const NAME_LABEL_KEYS: readonly string[] = [NAME_LABEL, 'app'];

/** The word everything derived from the name uses; an unnamed workload gets `app`. */
export function baseName(name: string): string {
  return name || 'app';
}

/** The pod labels derived from a workload's name: `app.kubernetes.io/name: <name>`. */
export function nameLabels(name: string): Record<string, string> {
  return { [NAME_LABEL]: baseName(name) };
}

/** The name Podsmith gives a new Service of a workload: `<name>`, or `<name>-headless`. */
export function serviceNameFor(name: string, headless: boolean): string {
  return headless ? `${baseName(name)}-headless` : baseName(name);
}
