// Container port rules of the Kubernetes API (validation.IsValidPortName and ValidateContainerPorts).

const PORT_NAME_CHARS = /^[-a-z0-9]+$/;

/**
 * Why `name` cannot name a container port (an IANA_SVC_NAME: at most 15 lowercase letters, digits
 * and "-", at least one letter, no "--", not starting or ending with "-"), or `undefined`.
 * `others` are the names of the container's other ports: names must be unique within a container.
 */
export function portNameProblem(name: string, others: readonly unknown[] = []): string | undefined {
  if (name === '') return 'A port name cannot be empty.';
  if (name.length > 15) return 'A port name can have at most 15 characters.';
  if (!PORT_NAME_CHARS.test(name))
    return 'A port name may hold only lowercase letters, digits and "-".';
  if (!/[a-z]/.test(name)) return 'A port name needs at least one letter.';
  if (name.includes('--')) return 'A port name cannot contain "--".';
  if (name.startsWith('-') || name.endsWith('-'))
    return 'A port name cannot start or end with "-".';
  if (others.includes(name)) return `Another port of this container is already named "${name}".`;
  return undefined;
}

/**
 * A container port number for a new port row: 8080, else the next number no port of the container
 * uses yet, so a new row never collides with an existing one.
 */
export function freePort(used: readonly unknown[]): number {
  let port = 8080;
  while (used.includes(port)) port++;
  return port;
}
