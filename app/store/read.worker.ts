/// <reference lib="webworker" />
// Reads large designs off the main thread, so the page stays responsive while a big file parses.
import { readDesign } from './read.ts';
import type { ReadRequest } from './reader.ts';

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const { id, text, k8s } = event.data;
  try {
    self.postMessage({ id, reading: readDesign(text, k8s) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
