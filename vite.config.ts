import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes the built site work from any sub-path (GitHub Pages, a folder on a file server).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  // monaco-yaml's worker pulls in CommonJS helpers; pre-bundle them so dev does not reload on first load.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js', 'path-browserify'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
