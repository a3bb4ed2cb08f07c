import { imageMatches, splitImage } from './image.ts';
import { isPlain } from '../plain.ts';

/** One entry of a kustomization's `images:` (kubernetes-sigs/kustomize api/types/image.go). */
export interface ImageEntry {
  name: string;
  newName: string;
  newTag?: string;
  digest?: string;
}

/**
 * Every `image` of an entry of a `containers` or `initContainers` list anywhere in the objects,
 * first seen first: the fields Kustomize's image transformer visits (api/filters/imagetag
 * legacy.go), which leaves CustomResourceDefinitions alone.
 */
export function containerImages(objects: readonly Record<string, unknown>[]): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    if (!isPlain(node)) return;
    for (const [key, value] of Object.entries(node)) {
      walk(value);
      if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
        for (const c of value) if (isPlain(c) && typeof c.image === 'string') found.add(c.image);
      }
    }
  };
  for (const o of objects) if (o.kind !== 'CustomResourceDefinition') walk(o);
  return [...found].filter((image) => image !== '');
}

/**
 * One `images:` entry per image name, so that an overlay sees every image it can retag. Each
 * entry sets the tag and digest the design already has (the base builds to the design), unless
 * the images its name matches differ in them: then it sets neither, and a note says why.
 */
export function imageEntries(objects: readonly Record<string, unknown>[]): {
  entries: ImageEntry[];
  notes: string[];
} {
  const images = containerImages(objects);
  const names = [...new Set(images.map((image) => splitImage(image).name))];
  const notes: string[] = [];
  const entries = names.map((name): ImageEntry => {
    const matched = images.filter((image) => imageMatches(image, name)).map(splitImage);
    const versions = new Set(matched.map((m) => `${m.tag}@${m.digest}`));
    const entry: ImageEntry = { name, newName: name };
    if (versions.size > 1) {
      notes.push(
        `The images entry ${name} sets no tag: the design runs it as ${matched.map((m) => [m.tag, m.digest].filter(Boolean).join('@') || '(untagged)').join(', ')}, and one entry retags them all alike.`,
      );
      return entry;
    }
    const { tag, digest } = matched[0] ?? splitImage(name);
    if (tag) entry.newTag = tag;
    if (digest) entry.digest = digest;
    return entry;
  });
  return { entries, notes };
}
