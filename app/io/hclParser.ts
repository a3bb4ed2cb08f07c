// HashiCorp's HCL parser in the page: @cdktf/hcl2json's WebAssembly (1.7 MB gzipped), fetched
// from the build's own assets the first time a Terraform file is converted. Never its lib/ entry,
// which needs Node. The page's policy allows this fetch and the compile (scripts/csp.mjs).
import '@cdktf/hcl2json/wasm/wasm_exec.js';
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';
import { startHclParser, type GoRuntime, type ParseHcl } from '../../src/convert/terraform/hcl.ts';
import { gunzipIfNeeded, readBody, type Progress } from './wasmBytes.ts';

// Taken at once: another Go program would replace globalThis.Go.
const Go = (globalThis as { Go?: new () => GoRuntime }).Go;

let started: Promise<ParseHcl> | null = null;

/** Starts the parser from a response holding `main.wasm.gz` (or the wasm itself). */
export async function parserFrom(response: Response, onProgress?: Progress): Promise<ParseHcl> {
  if (!Go) throw new Error('wasm_exec.js did not define Go');
  return startHclParser(await gunzipIfNeeded(await readBody(response, onProgress)), Go);
}

/**
 * The parser, loaded once: the first call fetches and compiles it, later calls get the same one.
 * A failed load is forgotten, so trying again fetches again.
 */
export function loadHclParser(onProgress?: Progress): Promise<ParseHcl> {
  started ??= fetch(wasmUrl)
    .then((response) => parserFrom(response, onProgress))
    .catch((error: unknown) => {
      started = null;
      throw error;
    });
  return started;
}
