import { READ_IN_BACKGROUND_FROM } from '../store/reader.ts';

/** Half a frame at 60 Hz: a commit that costs less leaves the frame time to draw the keystroke. */
const CHEAP_COMMIT_MS = 1000 / 60 / 2;
/** The longest the editor holds typing back for a design read on the main thread. */
const MAX_PAUSE_MS = 250;
/**
 * The pause for a design read in the background: each commit restarts the reading worker, which
 * takes a second or more for a megabyte, so the canvas follows once the user pauses.
 */
export const LARGE_DESIGN_PAUSE_MS = 300;

/**
 * How long the editor holds typed text back before the canvas and the diagnostics read it, in
 * milliseconds; 0 means the next frame. A design that reads quickly follows within the frame of
 * the keystroke. Where reading costs more (`lastCommitMs`, the last commit's cost), the text waits
 * for a pause in typing about twice that long, so keys are not queued behind reads; a large
 * design (read in a worker) waits for a pause of its own.
 */
export function typingPause(textLength: number, lastCommitMs: number): number {
  if (textLength >= READ_IN_BACKGROUND_FROM) return LARGE_DESIGN_PAUSE_MS;
  if (lastCommitMs <= CHEAP_COMMIT_MS) return 0;
  return Math.min(MAX_PAUSE_MS, Math.round(2 * lastCommitMs));
}
