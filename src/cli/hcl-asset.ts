// The HCL parser for the built CLI: @cdktf/hcl2json's WebAssembly, copied beside the bundle
// (dist-cli/assets/main.wasm-<hash>.gz: vite.cli.config.ts emits it for the `?url` import), so
// dist-cli/ runs from anywhere, with or without node_modules. Tests run the sources, where that
// URL means nothing: they use src/convert/terraform/hcl-node.ts's parseHclNode, which reads
// node_modules.
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';
import { hclParserFrom } from '../convert/terraform/hcl-node.ts';

/** Parses HCL with HashiCorp's parser; the first call loads it from the bundle's assets. */
// The emitted URL is root-relative (`/assets/…`): the asset sits beside the bundle.
export const parseHclBundled = hclParserFrom(new URL(`.${wasmUrl}`, import.meta.url));
