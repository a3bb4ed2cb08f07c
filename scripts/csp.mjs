// Podsmith's Content-Security-Policy, defined once: vite.config.ts sends it as a header from
// `vite preview` and writes it into the built index.html as a <meta> (static hosts send no
// headers of ours), and e2e/csp.spec.ts checks both against it. The app runs no foreign code:
// no inline script, no eval, nothing from another origin.

/**
 * Each directive with the sources it allows, and why. Everything not listed falls back to
 * `default-src 'none'`: no frames, no objects, no manifest, no media.
 * @type {ReadonlyArray<readonly [string, string]>}
 */
export const CSP_DIRECTIVES = [
  ['default-src', "'none'"],
  // The build's own module files only. No 'unsafe-inline' and no 'unsafe-eval': nothing the
  // app or Monaco runs needs them, and without them a payload in a design cannot run.
  // 'wasm-unsafe-eval' lets the page compile WebAssembly, and nothing else: converting Terraform
  // runs HashiCorp's HCL parser, a Go program built to WebAssembly (app/io/hclParser.ts). eval,
  // new Function and string timers stay blocked; the only WebAssembly the page can get is the
  // build's own, since scripts and fetches are limited to this origin.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // fetch() to this origin only: the HCL parser's WebAssembly is an asset of the build
  // (main.wasm.gz, 1.7 MB), fetched when Terraform is first converted. Another origin stays
  // unreachable, so nothing in a design can be sent anywhere.
  ['connect-src', "'self'"],
  // Monaco's editor and YAML workers: module files of the build (Vite `?worker` imports).
  ['worker-src', "'self'"],
  // The build's stylesheets, plus 'unsafe-inline' because Monaco writes <style> elements at run
  // time (themes, decorations). Styles cannot run code; the issue forbids inline script only.
  ['style-src', "'self' 'unsafe-inline'"],
  // The favicon, and data: for the images inside Monaco's own CSS (squiggles, the minimap).
  ['img-src', "'self' data:"],
  // Monaco's codicon font, an asset file of the build.
  ['font-src', "'self'"],
  // A design can never change where relative URLs point or post a form anywhere.
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy as a <meta http-equiv> carries it: every directive above. */
export const CSP_META = CSP_DIRECTIVES.map(([name, sources]) => `${name} ${sources}`).join('; ');

/**
 * The policy as the `Content-Security-Policy` header carries it: the same, plus
 * frame-ancestors, which browsers ignore in a <meta> (no other site may frame Podsmith and
 * steer clicks in it).
 */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
