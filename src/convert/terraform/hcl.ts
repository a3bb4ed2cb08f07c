// The HCL parser, as the converters see it: a function from a file to Terraform's JSON form. The
// converters take it as an argument, so they stay pure; the app, the CLI and the tests each load
// HashiCorp's parser (@cdktf/hcl2json's WebAssembly build of hashicorp/hcl) their own way and
// start it with startHclParser.

/** A block body as the parser gives it: attributes by name, each nested block as an array of bodies. */
export type HclJsonBody = Record<string, unknown>;

/**
 * A configuration in Terraform's JSON syntax: `resource.<type>.<name>` is an array of bodies;
 * every block is an array of bodies; an expression is kept as the string `"${<source>}"`.
 * Comments, key order and the interleaving of different block types are gone.
 */
export interface HclJson {
  resource?: Record<string, Record<string, HclJsonBody[]>>;
  [block: string]: unknown;
}

/** Parses one HCL file; rejects with the parser's message (`file:line,col: summary; detail`). */
export type ParseHcl = (fileName: string, text: string) => Promise<HclJson>;

/** What Go's wasm_exec.js defines as `globalThis.Go`. */
export interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

type ParseCallback = (error: string | null, json: string) => void;

/**
 * Starts the parser from the bytes of @cdktf/hcl2json's `main.wasm` (gunzipped) and the `Go`
 * class of its `wasm/wasm_exec.js`. The Go program publishes its functions on
 * `globalThis.__parse_terraform_config_wasm__`, the name the build was made with, and finds that
 * object through Node's `global`: where there is none (a browser), `global` is lent for the start
 * (without it the program panics, "call of Value.Get on undefined"). Rejects when the program
 * stops before it has published them.
 */
export async function startHclParser(
  wasm: BufferSource,
  Go: new () => GoRuntime,
): Promise<ParseHcl> {
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(wasm, go.importObject);
  const root: { parse?: (fileName: string, text: string, done: ParseCallback) => void } = {};
  const scope = globalThis as Record<string, unknown>;
  scope.__parse_terraform_config_wasm__ = root;
  const lent = scope.global === undefined;
  if (lent) scope.global = globalThis;
  let stopped: unknown = null;
  go.run(instance).then(
    () => (stopped ??= new Error('the HCL parser stopped before it started')),
    (error: unknown) => (stopped ??= error),
  );
  try {
    while (typeof root.parse !== 'function') {
      if (stopped) throw stopped;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    if (lent) delete scope.global;
  }
  const parse = root.parse;
  return (fileName, text) =>
    new Promise((resolve, reject) => {
      parse(fileName, text, (error, json) => {
        if (error) reject(new Error(error));
        else resolve(JSON.parse(json) as HclJson);
      });
    });
}
