// The HCL parser in Node (tests and the CLI): @cdktf/hcl2json's WebAssembly, gunzipped from a
// file. Not its lib/ entry, which needs fs-extra and cannot go to a browser; the app loads the
// same wasm through its own loader and startHclParser.
import '@cdktf/hcl2json/wasm/wasm_exec.js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { startHclParser, type GoRuntime, type ParseHcl } from './hcl.ts';

// Taken at once: another Go program loaded later (such as @cdktf/hcl-tools) replaces globalThis.Go.
const Go = (globalThis as { Go?: new () => GoRuntime }).Go;

/**
 * HashiCorp's parser, read from `wasmGz` (the package's `main.wasm.gz`, or a copy of it) on the
 * first call (about half a second).
 */
export function hclParserFrom(wasmGz: string | URL): ParseHcl {
  let started: Promise<ParseHcl> | undefined;
  const start = async () => {
    if (!Go) throw new Error('wasm_exec.js did not define Go');
    return startHclParser(gunzipSync(await readFile(wasmGz)), Go);
  };
  return async (fileName, text) => {
    started ??= start();
    return (await started)(fileName, text);
  };
}

let fromPackage: ParseHcl | undefined;

/**
 * The parser from the installed package (tests; the CLI uses the copy beside its bundle, which
 * runs where there is no node_modules: the package is looked up on the first call, not before).
 */
export const parseHclNode: ParseHcl = (fileName, text) => {
  fromPackage ??= hclParserFrom(
    createRequire(import.meta.url).resolve('@cdktf/hcl2json/main.wasm.gz'),
  );
  return fromPackage(fileName, text);
};
