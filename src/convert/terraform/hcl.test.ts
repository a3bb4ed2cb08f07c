import { describe, expect, it } from 'vitest';
import { startHclParser, type GoRuntime } from './hcl.ts';

/** The smallest WebAssembly module: a header and nothing else. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** A Go runtime whose program ends at once, the way a panic at start ends it. */
function goThatStops(outcome: 'exits' | 'throws'): new () => GoRuntime {
  return class {
    importObject = {};
    run(): Promise<void> {
      return outcome === 'exits' ? Promise.resolve() : Promise.reject(new Error('panic: boom'));
    }
  };
}

describe('startHclParser', () => {
  it('rejects when the program stops before it publishes the parser, instead of waiting for ever', async () => {
    await expect(startHclParser(EMPTY_MODULE, goThatStops('exits'))).rejects.toThrow(
      'the HCL parser stopped before it started',
    );
    await expect(startHclParser(EMPTY_MODULE, goThatStops('throws'))).rejects.toThrow(
      'panic: boom',
    );
  });

  it('lends a `global` only while the program starts, where there is none', async () => {
    const scope = globalThis as { global?: unknown };
    const node = scope.global;
    delete scope.global;
    let seen: unknown;
    class Go {
      importObject = {};
      run(): Promise<void> {
        seen = scope.global;
        return Promise.resolve();
      }
    }
    try {
      await expect(startHclParser(EMPTY_MODULE, Go)).rejects.toThrow();
      expect(seen).toBe(globalThis);
      expect(scope.global).toBeUndefined();
    } finally {
      scope.global = node;
    }
  });
});
