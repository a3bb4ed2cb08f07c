// Wrapping the worker entry lets Vite bundle it as a module worker (monaco-yaml README FAQ).
import 'monaco-yaml/yaml.worker.js';
