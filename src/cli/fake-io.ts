import type { CliIO } from './io.ts';

/** An in-memory CliIO for tests: files from a map (others fail as missing), output collected. */
export function fakeIO(files: Record<string, string>, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: async (file) => {
      if (file in files) return files[file]!;
      throw new Error('no such file');
    },
    readStdin: async () => {
      if (stdin === undefined) throw new Error('stdin is closed');
      return stdin;
    },
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
