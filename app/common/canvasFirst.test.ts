import { afterEach, describe, expect, it, vi } from 'vitest';

// Module state: each test loads a fresh copy.
async function fresh() {
  vi.resetModules();
  return import('./canvasFirst.ts');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the work that waits for the first picture', () => {
  it('starts once the canvas says it has drawn, not before', async () => {
    const { afterCanvas, canvasShown } = await fresh();
    const started: string[] = [];
    const editor = afterCanvas(() => started.push('editor'));
    await Promise.resolve();
    expect(started).toEqual([]);
    canvasShown();
    await editor;
    expect(started).toEqual(['editor']);
    // Later callers start at once.
    await afterCanvas(() => started.push('validator'));
    expect(started).toEqual(['editor', 'validator']);
  });

  it('never waits more than two seconds: a canvas that cannot draw keeps nothing away', async () => {
    vi.useFakeTimers();
    const { afterCanvas } = await fresh();
    let started = false;
    const editor = afterCanvas(() => {
      started = true;
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await editor;
    expect(started).toBe(true);
  });
});
