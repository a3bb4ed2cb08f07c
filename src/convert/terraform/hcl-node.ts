// The HCL parser in Node (tests and the CLI): @cdktf/hcl2json's WebAssembly read from the
// installed package. Not its lib/ entry, which needs fs-extra and cannot go to a browser; the app
// loads the same wasm through its own loader and startHclParser.
import '@cdktf/hcl2json/wasm/wasm_exec.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { startHclParser, type GoRuntime, type ParseHcl } from './hcl.ts';

// Taken at once: another Go program loaded later (such as @cdktf/hcl-tools) replaces globalThis.Go.
const Go = (globalThis as { Go?: new () => GoRuntime }).Go;

let started: Promise<ParseHcl> | undefined;

function start(): Promise<ParseHcl> {
  if (!Go) return Promise.reject(new Error('wasm_exec.js did not define Go'));
  const file = createRequire(import.meta.url).resolve('@cdktf/hcl2json/main.wasm.gz');
  return startHclParser(gunzipSync(readFileSync(file)), Go);
}

/** Parses HCL with HashiCorp's parser; the first call loads it (about half a second). */
export const parseHclNode: ParseHcl = async (fileName, text) => {
  started ??= start();
  return (await started)(fileName, text);
};
