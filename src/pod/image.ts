// Image references as container runtimes parse them (github.com/distribution/reference): a name made
// of lowercase path components, optionally behind a registry host, then an optional tag and digest.
// The API server accepts more, but the kubelet fails such a pod with InvalidImageName.

const HOST_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${HOST_PART}(?:\\.${HOST_PART})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`,
);

/** Why `image` is not an image reference a container runtime can pull, or `undefined`. */
export function imageProblem(image: string): string | undefined {
  if (image === '') return 'A container needs an image.';
  if (/\s/.test(image)) return 'An image reference cannot contain spaces.';
  if (image.length > 255 + 128 + 80) return 'This image reference is too long.';
  if (!REFERENCE.test(image)) {
    return 'Not an image reference: use lowercase repository names, then an optional ":tag" or "@sha256:…" digest (e.g. "nginx:1.27", "ghcr.io/org/app:v1").';
  }
  return undefined;
}
