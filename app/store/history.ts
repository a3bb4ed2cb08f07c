import type { HistorySlice, Origin, Slice } from './types.ts';
import { deriveOrRead } from './derive.ts';

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;
/** Typing commits in the editor closer together than this form one undo step. */
export const TYPING_WINDOW_MS = 800;
/** The typing burst of the YAML editor; a form field's burst is named by the field's id. */
export const EDITOR_BURST = 'editor';

type Stacks = Pick<HistorySlice, 'past' | 'future' | 'typingAt' | 'typingIn'>;

/**
 * The history after `previous` is replaced by a change from `origin` at time `now`. A typing commit
 * that follows another of the same burst joins its step, so the step still starts from the text
 * before the burst; anything else is a step of its own. The editor's burst ends after a pause; a
 * form field's lasts until it is closed (Enter, leaving the field) or another step comes between.
 */
export function recordStep(
  stacks: Stacks,
  previous: string,
  origin: Origin,
  now: number,
  burst: string = EDITOR_BURST,
): Stacks {
  const typing = origin === 'typing';
  const joins =
    typing &&
    stacks.typingAt !== null &&
    stacks.typingIn === burst &&
    (burst !== EDITOR_BURST || now - stacks.typingAt <= TYPING_WINDOW_MS);
  const past = joins ? stacks.past : [...stacks.past, previous].slice(-HISTORY_LIMIT);
  return {
    past,
    future: [],
    typingAt: typing ? now : null,
    typingIn: typing ? burst : null,
  };
}

const CLOSED = { typingAt: null, typingIn: null };

export const createHistorySlice: Slice<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  ...CLOSED,
  undo: () => {
    get().flushEditor();
    const s = get();
    const previous = s.past.at(-1);
    if (previous === undefined) return;
    set({
      ...deriveOrRead(previous, s.k8sVersion, { get, set }),
      past: s.past.slice(0, -1),
      future: [...s.future, s.text],
      ...CLOSED,
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
      ...CLOSED,
    });
  },
  endTyping: (burst) => {
    if (get().typingIn === burst) set(CLOSED);
  },
  revertTyping: (burst) => {
    const s = get();
    if (s.typingIn !== burst || s.typingAt === null) return;
    const before = s.past.at(-1);
    if (before === undefined) return set(CLOSED);
    set({
      ...deriveOrRead(before, s.k8sVersion, { get, set }),
      past: s.past.slice(0, -1),
      ...CLOSED,
    });
  },
});
