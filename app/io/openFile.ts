import { recognise } from '../../src/io/recognise.ts';
import { decodeTextFile, sizeProblem, type FileText } from '../../src/io/sniff.ts';
import { nameProblem } from '../../src/library/names.ts';
import { designView } from '../../src/pod/view.ts';
import { checkLimits, utf8Length } from '../../src/yaml/limits.ts';
import { parseDesign, parsedOk } from '../../src/yaml/parse.ts';
import { READ_IN_BACKGROUND_FROM } from '../store/reader.ts';
import { openDesign } from '../commands/open.ts';
import { currentSession, type Session } from '../library/session.ts';
import type { AppStore } from '../store/index.ts';

/** Reads a chosen or dropped file as text, refusing what is not a design file (too big, binary). */
export async function readDesignFile(file: File): Promise<FileText> {
  const tooBig = sizeProblem(file.name, file.size);
  if (tooBig) return { ok: false, message: tooBig };
  try {
    return decodeTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch {
    // A folder, or a file removed or locked since it was chosen.
    return { ok: false, message: `"${file.name}" could not be read. Nothing was changed.` };
  }
}

/**
 * Opens the first of `files` (from the file picker or a drop) as a new design of the library: the
 * open design stays saved as it is (see openAsNewDesign).
 */
export async function openFiles(store: AppStore, files: readonly File[]): Promise<void> {
  const notify = store.getState().notify;
  const file = files[0];
  if (!file) return;
  if (files.length > 1) {
    notify('error', `Open one file at a time (${files.length} were given). Nothing was changed.`);
    return;
  }
  const read = await readDesignFile(file);
  if (!read.ok) {
    notify('error', read.message);
    return;
  }
  openFile(store, { name: file.name, text: read.text });
}

/** A file read as text. */
export interface OpenedFile {
  /** The file's name as the user chose or dropped it. */
  name: string;
  /** Its text, exactly. */
  text: string;
}

/**
 * The file becomes a new design named after the file, every document kept; the notice says what
 * it holds and where the previous design is. False when nothing was opened.
 */
export function openFile(
  store: AppStore,
  file: OpenedFile,
  session: Pick<Session, 'openAsNew'> | null = currentSession(),
): boolean {
  const name = baseName(file.name);
  const outcome = openDesign(store, {
    text: file.text,
    name: name && !nameProblem(name) ? name : undefined,
    session,
    alreadyOpen: `"${file.name}" is already the open design.`,
    opened: (kept) => `Opened "${file.name}" as a new design${contents(file.text)}.${kept}`,
  });
  return outcome === 'opened';
}

/** `web.yaml` → `web`: a file name without its YAML or JSON extension. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.(ya?ml|json|txt)$/i, '').trim();
}

/**
 * `: 3 documents, 1 of them not Kubernetes (listed as foreign)`, what the text is when it is not
 * Kubernetes YAML (Terraform, Helm values, …), or what is wrong with the YAML.
 */
export function contents(text: string): string {
  const limit = checkLimits(text);
  if (limit) return `, but Podsmith does not read it: ${lowerFirst(limit.message)}`;
  const format = recognise(text);
  if (format) return `. ${format.message.replace(/[.!]$/, '')}`;
  // A large design is read in a worker (app/store/reader.ts): parsing it here would freeze the page.
  if (text.length >= READ_IN_BACKGROUND_FROM) {
    return `: ${(utf8Length(text) / 1024 / 1024).toFixed(1)} MB, read in the background`;
  }
  const parsed = parseDesign(text);
  const count = parsed.documents.length;
  const docs = `${count} ${count === 1 ? 'document' : 'documents'}`;
  if (!parsedOk(parsed)) return `: ${docs}; the YAML has errors, which the editor marks`;
  const foreign = designView(parsed).objects.filter((o) => !o.apiVersion || !o.kind).length;
  if (foreign === 0) return `: ${docs}`;
  return `: ${docs}, ${foreign} of them not Kubernetes (listed as foreign objects)`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
