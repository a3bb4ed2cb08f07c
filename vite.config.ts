import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP_HEADER, CSP_META } from './scripts/csp.mjs';

// The built index.html carries the Content-Security-Policy itself, first in <head> so it covers
// every tag after it, since static hosts send no header of ours. Build only: the dev server's
// hot reload needs inline scripts.
const cspMeta: Plugin = {
  name: 'podsmith-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
      injectTo: 'head-prepend',
    },
  ],
};

// `base: './'` makes the built site work from any sub-path (GitHub Pages, a folder on a file server).
export default defineConfig({
  base: './',
  plugins: [react(), cspMeta],
  worker: { format: 'es' },
  // monaco-yaml's worker pulls in CommonJS helpers; pre-bundle them so dev does not reload on first load.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js', 'path-browserify'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CSP_HEADER },
  },
});
