import path from 'node:path';
import type { CliIO } from './io.ts';

/** A file a command writes: where, and what. */
export interface OutFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes `files`, or none of them: unless `force`, a file already at any of the paths stops the
 * command before anything is written (exit code 2, the paths named on stderr), so nothing is ever
 * lost. Prints each path written on stdout, one a line. Returns 0 or 2.
 */
export async function writeOut(
  files: readonly OutFile[],
  force: boolean,
  io: CliIO,
): Promise<0 | 2> {
  if (!force) {
    const taken: string[] = [];
    for (const file of files) if (await io.exists(file.path)) taken.push(file.path);
    if (taken.length > 0) {
      io.stderr(
        taken.map((p) => `podsmith: ${p} already exists\n`).join('') +
          'podsmith: nothing was written; --force replaces what is there\n',
      );
      return 2;
    }
  }
  for (const file of files) {
    try {
      await io.writeFile(file.path, file.data, force);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`podsmith: cannot write ${file.path}: ${reason}\n`);
      return 2;
    }
    io.stdout(`${file.path}\n`);
  }
  return 0;
}

/** `relative` under `folder`, refusing a path that would leave it (absolute, or with `..`). */
export function under(folder: string, relative: string): string {
  if (path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..'))
    throw new Error(`${relative}: not a path inside ${folder}`);
  return path.join(folder, relative);
}
