/// <reference lib="webworker" />
// Reads large designs off the main thread, so the page stays responsive while a big file parses.
import { setSyntaxWording } from '../../src/yaml/parse.ts';
import { syntaxWords } from '../../src/yaml/syntax-words.ts';
import { readDesign } from './read.ts';
import type { ReadRequest } from './reader.ts';

setSyntaxWording(syntaxWords);

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const { id, text, k8s } = event.data;
  try {
    self.postMessage({ id, reading: readDesign(text, k8s) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
