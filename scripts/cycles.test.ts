import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles, sourceFiles } from './cycles.mjs';

let root = '';
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A throwaway source tree: file name → text. */
function tree(files: Record<string, string>): string[] {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return sourceFiles(root, ['src']);
}
const names = (cycles: string[][]) => cycles.map((c) => c.map((f) => path.relative(root, f)));

describe('import cycles', () => {
  it('finds a cycle through static imports and re-exports, named file by file', () => {
    const files = tree({
      'src/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'src/b.ts': "export { c as b } from './dir/c.ts';\n",
      'src/dir/c.ts': "import { a } from '../a.ts';\nexport const c = () => a;\n",
      'src/ok.ts': "import { a } from './a.ts';\nexport const ok = a;\n",
    });
    expect(names(findCycles(files))).toEqual([
      ['src/a.ts', 'src/b.ts', 'src/dir/c.ts', 'src/a.ts'],
    ]);
  });

  it('does not count type-only imports, dynamic imports, or packages', () => {
    const files = tree({
      'src/a.ts':
        "import type { B } from './b.ts';\nimport { type C } from './c.ts';\nexport type A = B | C;\n",
      'src/b.ts': "import { a } from './d.ts';\nexport type B = typeof a;\n",
      'src/c.ts': "export type C = 1;\nexport const lazy = () => import('./a.ts');\n",
      'src/d.ts': "import type { A } from './a.ts';\nimport 'yaml';\nexport const a: A | 0 = 0;\n",
    });
    expect(findCycles(files)).toEqual([]);
  });

  it('counts a module that imports itself, and a side-effect import', () => {
    const files = tree({
      'src/self.tsx': "import './self.tsx';\nexport {};\n",
    });
    expect(names(findCycles(files))).toEqual([['src/self.tsx', 'src/self.tsx']]);
  });
});
