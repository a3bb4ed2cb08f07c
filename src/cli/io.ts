import { readFile } from 'node:fs/promises';

/** Everything the CLI does to the outside world, so commands run in tests without a process. */
export interface CliIO {
  /** Reads a file as UTF-8; rejects with an Error whose message says why, in plain words. */
  readFile(file: string): Promise<string>;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

/** Why a file could not be read, in a few words (`no such file`), from a Node.js error. */
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
      try {
        return await readFile(file, 'utf8');
      } catch (error) {
        throw new Error(describeReadError(error));
      }
    },
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
