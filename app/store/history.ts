import type { HistorySlice, Origin, Slice } from './types.ts';
import { deriveOrRead } from './derive.ts';

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;
/** Typing commits closer together than this form one undo step. */
export const TYPING_WINDOW_MS = 800;

type Stacks = Pick<HistorySlice, 'past' | 'future' | 'typingAt'>;

/**
 * The history after `previous` is replaced by a change from `origin` at time `now`. A typing commit
 * that follows another within the window joins its step, so the step still starts from the text
 * before the burst; anything else is a step of its own.
 */
export function recordStep(stacks: Stacks, previous: string, origin: Origin, now: number): Stacks {
  const joins =
    origin === 'typing' && stacks.typingAt !== null && now - stacks.typingAt <= TYPING_WINDOW_MS;
  const past = joins ? stacks.past : [...stacks.past, previous].slice(-HISTORY_LIMIT);
  return { past, future: [], typingAt: origin === 'typing' ? now : null };
}

export const createHistorySlice: Slice<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  typingAt: null,
  undo: () => {
    get().flushEditor();
    const s = get();
    const previous = s.past.at(-1);
    if (previous === undefined) return;
    set({
      ...deriveOrRead(previous, s.k8sVersion, { get, set }),
      past: s.past.slice(0, -1),
      future: [...s.future, s.text],
      typingAt: null,
    });
  },
  redo: () => {
    get().flushEditor();
    const s = get();
    const next = s.future.at(-1);
    if (next === undefined) return;
    set({
      ...deriveOrRead(next, s.k8sVersion, { get, set }),
      past: [...s.past, s.text].slice(-HISTORY_LIMIT),
      future: s.future.slice(0, -1),
      typingAt: null,
    });
  },
});
