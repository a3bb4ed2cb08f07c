import { parseHclNode } from '../convert/terraform/hcl-node.ts';
import type { CliIO } from './io.ts';

/**
 * An in-memory CliIO for tests: files from a map (others fail as missing), output collected,
 * written files kept in `written` (a file of the map or one written before counts as existing),
 * and the real HCL parser read from node_modules.
 */
export function fakeIO(files: Record<string, string>, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const exists = (file: string) => file in files || written.has(file);
  const io: CliIO = {
    readFile: async (file) => {
      if (file in files) return files[file]!;
      throw new Error('no such file');
    },
    readStdin: async () => {
      if (stdin === undefined) throw new Error('stdin is closed');
      return stdin;
    },
    exists: async (file) => exists(file),
    writeFile: async (file, data, overwrite) => {
      if (!overwrite && exists(file)) throw new Error('already exists');
      written.set(file, data);
    },
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    parseHcl: parseHclNode,
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
