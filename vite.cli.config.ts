import { defineConfig } from 'vite';

// The `podsmith` CLI: src/cli/main.ts bundled for Node into dist-cli/podsmith.mjs (Node 20 cannot
// run the TypeScript sources). Kept apart from vite.config.ts, which builds the static site.
// Dependencies (yaml) are bundled in, so the file runs from anywhere; Node's built-ins stay imports.
// The HCL parser's WebAssembly (src/cli/hcl-asset.ts imports it with `?url`) is copied into
// dist-cli/assets/ (ssrEmitAssets: an SSR build emits no assets otherwise), beside the bundle.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssrEmitAssets: true,
    rolldownOptions: { output: { entryFileNames: 'podsmith.mjs', format: 'es' } },
  },
  ssr: { target: 'node', noExternal: true },
});
