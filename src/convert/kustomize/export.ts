import { yamlText } from '../helm/yaml-text.ts';
import { documentSpan, documentStarts } from '../../yaml/document-starts.ts';
import { designObjects } from './design.ts';
import { imageEntries } from './images.ts';
import { objectFileNames, type TextFile } from './names.ts';

/** A Kustomize base: `kustomization.yaml` first, then one file per object, in design order. */
export interface KustomizeBase {
  files: TextFile[];
  /** What the base does not carry as the design has it, one sentence each; empty when nothing. */
  notes: string[];
}

export type KustomizeResult = ({ ok: true } & KustomizeBase) | { ok: false; message: string };

export interface KustomizeOptions {
  /** Add an `images:` entry per image name, so that overlays can retag. */
  images?: boolean;
}

/** A document's own text: its `---` line and a byte order mark dropped, ending with a newline. */
function ownText(slice: string): string {
  const body = slice.replace(/^\uFEFF/, '').replace(/^---[ \t]*\r?\n/, '');
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  return /\n$/.test(body) ? body : body + eol;
}

/**
 * The design as a Kustomize base. Each object keeps its document's text byte for byte (comments,
 * quoting and anchors included) whenever the documents can be taken apart, which is always but
 * for texts with directives (`%YAML`), whose documents are written out again. Empty documents
 * and documents that are not Kubernetes objects are left out and named in `notes`.
 */
export function designToKustomize(text: string, options: KustomizeOptions = {}): KustomizeResult {
  const read = designObjects(text, 'a Kustomize base');
  if (!read.ok) return read;
  const { parsed, objects: kept, notes } = read;
  const starts = documentStarts(parsed);
  const names = objectFileNames(
    kept.map((k) => k.value),
    ['kustomization.yaml', 'kustomization.yml'],
  );
  const objectFiles = kept.map(({ index }, i) => {
    const own = starts
      ? ownText(text.slice(...documentSpan(starts, text.length, index)))
      : parsed.documents[index]!.toString();
    return { path: names[i]!, text: own };
  });
  const kustomization: Record<string, unknown> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: names,
  };
  if (options.images) {
    const found = imageEntries(kept.map((k) => k.value));
    if (found.entries.length) kustomization.images = found.entries;
    notes.push(...found.notes);
  }
  const head = '# A Kustomize base made by Podsmith: one file per object of the design.\n';
  return {
    ok: true,
    files: [{ path: 'kustomization.yaml', text: head + yamlText(kustomization) }, ...objectFiles],
    notes,
  };
}
