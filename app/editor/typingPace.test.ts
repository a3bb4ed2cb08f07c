import { describe, expect, it } from 'vitest';
import { READ_IN_BACKGROUND_FROM } from '../store/reader.ts';
import { LARGE_DESIGN_PAUSE_MS, typingPause } from './typingPace.ts';

describe('how long typed text waits before the canvas reads it', () => {
  it('a design that reads within half a frame follows in the next frame', () => {
    expect(typingPause(5_000, 0)).toBe(0);
    expect(typingPause(5_000, 8)).toBe(0);
  });

  it('a design that reads slowly waits for a pause twice its reading time, at most 250 ms', () => {
    expect(typingPause(50_000, 30)).toBe(60);
    expect(typingPause(150_000, 400)).toBe(250);
  });

  it('a design read in the background waits for a pause in typing', () => {
    expect(typingPause(READ_IN_BACKGROUND_FROM, 0)).toBe(LARGE_DESIGN_PAUSE_MS);
  });
});
