// The manifest the schema generator writes next to its output (src/validate/schema/source.json),
// and how its hashes are computed. No dependencies: the unit tests read the manifest on the Node
// version Podsmith supports, without the generator's packages (they need Node 22) installed.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The generator's own package: scripts/schema, with its pinned dependencies. */
export const GENERATOR_DIR = path.join(ROOT, 'scripts/schema');
/** Where the generated files go: src/validate/schema. */
export const OUT_DIR = path.join(ROOT, 'src/validate/schema');
/** The manifest's file name, in OUT_DIR. */
export const MANIFEST = 'source.json';

/**
 * The files, besides the packages their lockfile pins, that decide what the generator writes
 * (paths from the repository root). Editing one without regenerating fails the unit tests.
 */
export const GENERATOR_INPUTS = ['scripts/schema/generate.mjs', 'scripts/schema/package-lock.json'];

/** sha256 (hex) of a text, with CRLF read as LF so a Windows checkout hashes the same. */
export function sha256(text) {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}
