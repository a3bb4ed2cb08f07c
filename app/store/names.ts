import { dnsLabelProblem } from '../../src/pod/names.ts';

/** Why `name` cannot name a container (an RFC 1123 label, as the API server requires), or `undefined`. */
export function containerNameProblem(name: string): string | undefined {
  return dnsLabelProblem(name, 'A container name');
}
