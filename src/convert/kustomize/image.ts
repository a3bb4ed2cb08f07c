/** An image reference taken apart as Kustomize takes it apart. */
export interface ImageParts {
  /** Everything before the tag and digest, registry and port included (`foo.com:443/nginx`). */
  name: string;
  /** The tag without its `:`, or `''`. */
  tag: string;
  /** The digest without its `@` (`sha256:…`), or `''`. */
  digest: string;
}

/**
 * Splits an image reference exactly as Kustomize does (kubernetes-sigs/kustomize
 * api/internal/image/image.go `Split`, read at commit 30870ad; export.test.ts checks the result
 * against kubectl 1.32.4's Kustomize v5.5.0 where kubectl is on PATH): the `:` of a tag and the
 * `@` of a digest are looked for after the first `/`, so a registry's port stays in the name.
 */
export function splitImage(image: string): ImageParts {
  let slash = image.indexOf('/');
  let search = image;
  if (slash > 0) search = image.slice(slash);
  else slash = 0;
  const at = search.indexOf('@');
  const colon = search.indexOf(':');
  if (colon < 0 && at < 0) return { name: image, tag: '', digest: '' };
  if (at >= 0 && (at < colon || colon < 0)) {
    return { name: image.slice(0, at + slash), tag: '', digest: image.slice(at + slash + 1) };
  }
  if (at >= 0 && colon >= 0) {
    return {
      name: image.slice(0, colon + slash),
      tag: image.slice(colon + slash + 1, at + slash),
      digest: image.slice(at + slash + 1),
    };
  }
  return { name: image.slice(0, colon + slash), tag: image.slice(colon + slash + 1), digest: '' };
}

/** `name`, then `:tag` and `@digest` when there are any: the inverse of {@link splitImage}. */
export function joinImage({ name, tag, digest }: ImageParts): string {
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/**
 * Whether an `images:` entry named `name` applies to the image `reference`, as Kustomize decides
 * it (image.go `IsImageMatched`): the name is used as a regular expression, unescaped, followed
 * by an optional tag and digest. A name that is no valid expression matches nothing.
 */
export function imageMatches(reference: string, name: string): boolean {
  try {
    const tail = '(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z][a-zA-Z0-9]*:[a-zA-Z0-9_.{}-]*)?$';
    return new RegExp(`^${name}${tail}`).test(reference);
  } catch {
    return false;
  }
}
