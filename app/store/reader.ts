import type { K8sVersion } from '../../src/validate/versions.ts';
import type { Reading } from './read.ts';

/**
 * Texts at least this long are read (parsed, viewed, validated) in a worker: parsing a megabyte
 * takes the yaml library a second or more, which would freeze the page. Smaller texts are read at
 * once on the main thread, where an edit's own parse is reused (src/yaml/parse-cache.ts).
 */
export const READ_IN_BACKGROUND_FROM = 200_000;

export interface ReadRequest {
  id: number;
  text: string;
  k8s: K8sVersion;
}
type ReadReply = { id: number; reading: Reading } | { id: number; error: string };

/** A read given up because a newer text was sent: not an error anyone needs to see. */
export class Superseded extends Error {
  constructor() {
    super('A newer text replaced this one before it was read.');
  }
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (r: Reading) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
  const w = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<ReadReply>) => {
    const reply = event.data;
    const wait = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!wait) return;
    if ('reading' in reply) wait.resolve(reply.reading);
    else wait.reject(new Error(reply.error));
  };
  w.onerror = (event) => {
    // A worker that fails to start or crashes fails every request it holds; the next starts anew.
    const error = new Error(event.message || 'The reading worker failed.');
    for (const wait of waiting.values()) wait.reject(error);
    waiting.clear();
    w.terminate();
    if (worker === w) worker = null;
  };
  return w;
}

/**
 * Reads a text in the background: in a worker where the platform has them, else (Node, tests) in a
 * later task through the same code, loaded on first use.
 */
export function readInBackground(text: string, k8s: K8sVersion): Promise<Reading> {
  if (typeof Worker === 'undefined') {
    return import('./read.ts').then((m) => m.readDesign(text, k8s));
  }
  if (worker && waiting.size) {
    // Only the newest text matters: stop reading the older one (a big parse can take seconds).
    for (const wait of waiting.values()) wait.reject(new Superseded());
    waiting.clear();
    worker.terminate();
    worker = null;
  }
  worker ??= startWorker();
  const id = ++nextId;
  const w = worker;
  return new Promise<Reading>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, text, k8s } satisfies ReadRequest);
  });
}
