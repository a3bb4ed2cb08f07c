#!/usr/bin/env node
// `npm run cycles`: fails when modules import each other in a circle. A cycle makes the order in
// which modules run depend on who is imported first (a `const` read before it is set), and it is
// how the layers of DESIGN.md §2 (src/ under app/) quietly stop being layers.
//
// Static imports and re-exports count. Type-only ones do not (`import type`, `export type`, or
// every name marked `type`): with `verbatimModuleSyntax` they are erased and never run. Dynamic
// `import()` does not either: it runs later, on demand, which is what lazy loading is for.
// Files are read with TypeScript's own parser.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

/** Every source file under `dirs` (relative to `root`), skipping dependencies and builds. */
export function sourceFiles(root, dirs) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return files.sort();
}

/** True when an import or export statement brings in nothing that runs. */
function typeOnly(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // `import './x'` runs x
    if (clause.isTypeOnly) return true;
    const bindings = clause.namedBindings;
    return (
      !clause.name &&
      bindings !== undefined &&
      ts.isNamedImports(bindings) &&
      bindings.elements.length > 0 &&
      bindings.elements.every((e) => e.isTypeOnly)
    );
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((e) => e.isTypeOnly)
  );
}

/** The relative modules `file` imports at load time, resolved to files that exist. */
export function runtimeImports(file, text = fs.readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = [];
  for (const node of source.statements) {
    if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node)) continue;
    const spec = node.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
    if (typeOnly(node)) continue;
    const base = path.resolve(path.dirname(file), spec.text.replace(/\?.*$/, ''));
    const target = EXTENSIONS.map((ext) => base + ext).find(
      (candidate) => SOURCE.test(candidate) && fs.existsSync(candidate),
    );
    if (target) found.push(target);
  }
  return found;
}

/**
 * The import cycles among `files`: each strongly connected group of modules (Tarjan's algorithm),
 * as one cycle through it, starting at its first file in name order.
 */
export function findCycles(files, importsOf = runtimeImports) {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let next = 0;
  const connect = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const group = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return groups.map((group) => cycleThrough(new Set(group), graph));
}

/** One cycle through a strongly connected group: a shortest path back to its first file. */
function cycleThrough(group, graph) {
  const start = [...group].sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (w === start) {
        const cycle = [start];
        for (let at = v; at !== start; at = previous.get(at)) cycle.splice(1, 0, at);
        return [...cycle, start];
      }
      if (group.has(w) && !previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = sourceFiles(root, ['app', 'src', 'e2e', 'scripts', 'bin']);
  const cycles = findCycles(files);
  const show = (f) => path.relative(root, f);
  if (cycles.length === 0) {
    console.log(`No import cycles among ${files.length} files (type-only imports aside).`);
    return 0;
  }
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map(show).join(' → ')}`);
  console.error(
    `${cycles.length} import ${cycles.length === 1 ? 'cycle' : 'cycles'}: break each, e.g. by moving what both sides need into a module of its own.`,
  );
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main());
}
