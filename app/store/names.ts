// NOTE: a Kubernetes rule living in app/ for now; it belongs in src/ (renameContainer or a
// validate/ rule) so the CLI and the problems panel share it.
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why `name` cannot name a container (an RFC 1123 label, as the API server requires), or `undefined`. */
export function containerNameProblem(name: string): string | undefined {
  if (name === '') return 'A container needs a name.';
  if (name.length > 63) return 'A container name can have at most 63 characters.';
  if (!DNS_LABEL.test(name)) {
    return 'Use lowercase letters, digits and "-", starting and ending with a letter or digit (e.g. "log-shipper").';
  }
  return undefined;
}
