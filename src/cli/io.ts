import { createReadStream } from 'node:fs';
import { lstat, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParseHcl } from '../convert/terraform/hcl.ts';
import { MAX_TEXT_BYTES } from '../yaml/limits.ts';
import { parseHclBundled } from './hcl-asset.ts';
import { decodeText, tooLargeReason } from './text.ts';

/** Everything the CLI does to the outside world, so commands run in tests without a process. */
export interface CliIO {
  /**
   * Reads a file as UTF-8; rejects with an Error whose message says why, in plain words (no such
   * file, not UTF-8 text, over the size limit).
   */
  readFile(file: string): Promise<string>;
  readStdin(): Promise<string>;
  /** Whether anything (a file, a folder, a link, even a broken one) is at `file`. */
  exists(file: string): Promise<boolean>;
  /**
   * Writes a file, making its folders; never replaces one unless `overwrite`. Rejects with an
   * Error whose message says why in a few words (`already exists`, `permission denied`).
   */
  writeFile(file: string, data: string | Uint8Array, overwrite: boolean): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** HashiCorp's HCL parser (loaded on first use). */
  parseHcl: ParseHcl;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'already exists',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** Why a file could not be read or written, in a few words (`no such file`), from a Node.js error. */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** The real process: files, standard input and output. */
export function nodeIO(): CliIO {
  // `podsmith lint x.yaml | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    async readFile(file) {
      let bytes: Buffer | undefined;
      try {
        bytes = await readAtMost(createReadStream(file), MAX_TEXT_BYTES);
      } catch (error) {
        throw new Error(describeReadError(error));
      }
      if (!bytes) {
        const size = await stat(file).then((s) => (s.isFile() ? s.size : undefined), noSize);
        throw new Error(tooLargeReason(size));
      }
      return decodeText(bytes);
    },
    async readStdin() {
      const bytes = await readAtMost(process.stdin, MAX_TEXT_BYTES);
      if (!bytes) throw new Error(tooLargeReason());
      return decodeText(bytes);
    },
    exists: (file) =>
      lstat(file).then(
        () => true,
        () => false,
      ),
    async writeFile(file, data, overwrite) {
      try {
        await mkdir(path.dirname(file), { recursive: true });
        // `wx` fails when anything is there, a link included: a file appearing since the check.
        await writeFile(file, data, { flag: overwrite ? 'w' : 'wx' });
      } catch (error) {
        throw new Error(describeReadError(error));
      }
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    parseHcl: parseHclBundled,
  };
}

const noSize = () => undefined;

/**
 * All of a stream, or `undefined` as soon as it passes `max` bytes: a huge file, a device such as
 * /dev/zero or an endless pipe is never read into memory, and never hangs the command.
 */
async function readAtMost(chunks: AsyncIterable<Buffer>, max: number): Promise<Buffer | undefined> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > max) return undefined; // leaving the loop closes the stream
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
