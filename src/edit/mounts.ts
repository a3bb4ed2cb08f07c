/**
 * Why `raw` cannot be a container's mount path, or `undefined`. Kubernetes needs an absolute path,
 * and two mounts of one container cannot share a path (the API server rejects the pod).
 *
 * @param others the container's other mount paths (not the one being edited)
 */
export function mountPathProblem(raw: string, others: readonly string[]): string | undefined {
  const path = raw.trim();
  if (!path) return 'Enter a mount path.';
  if (!path.startsWith('/')) return 'Use an absolute path, like /var/log/app.';
  if (others.some((o) => normalize(o) === normalize(path)))
    return `Something is already mounted at ${path} in this container.`;
  return undefined;
}

/** Why `raw` cannot be a subPath, or `undefined`: it is a path inside the volume, so relative and never `..`. */
export function subPathProblem(raw: string): string | undefined {
  const sub = raw.trim();
  if (sub.startsWith('/')) return 'Use a path relative to the volume, like logs/app.';
  if (sub.split('/').includes('..')) return "A subPath cannot contain '..'.";
  return undefined;
}

// "/data/" and "/data" are the same mount point.
function normalize(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
