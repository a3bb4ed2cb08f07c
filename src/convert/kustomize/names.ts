import { isPlain, type Plain } from '../plain.ts';
/** A file of an export: its path inside the exported folder and its text. */
export interface TextFile {
  path: string;
  text: string;
}

/** Longest base name given to an object's file; file systems allow 255 bytes. */
const MAX_BASE = 100;

type Obj = Plain;

/** Whether a document is a Kubernetes object: a map with a string apiVersion and kind. */
export function isKubernetesObject(value: unknown): value is Obj {
  return isPlain(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
}

/** `Deployment web`, or what the object lacks, for sentences about one object. */
export function objectWords(value: Obj): string {
  const name = isPlain(value.metadata) ? value.metadata.name : undefined;
  return `${String(value.kind)} ${typeof name === 'string' && name ? name : '(no name)'}`;
}

function safe(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_BASE)
    .replace(/[.-]+$/, '');
}

/**
 * One file name per object, `<kind>-<name>.yaml` in lower case (`deployment-web.yaml`), made of
 * characters safe on every file system, and unique even where case does not count (a second
 * `deployment-web` is `deployment-web-2.yaml`). Names in `taken` are never given.
 */
export function objectFileNames(objects: readonly Obj[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return objects.map((object) => {
    const name = isPlain(object.metadata) ? object.metadata.name : undefined;
    const base =
      [safe(String(object.kind)), typeof name === 'string' ? safe(name) : '']
        .filter(Boolean)
        .join('-') || 'object';
    let file = `${base}.yaml`;
    for (let n = 2; used.has(file); n++) file = `${base}-${n}.yaml`;
    used.add(file);
    return file;
  });
}
