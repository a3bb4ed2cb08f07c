import { useEffect, useId, useState } from 'react';
import { typedInto } from '../commands/run.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppStore } from '../store/index.ts';

/** How a form field writes what the user types: at once, coalesced to one write per frame. */
export interface LiveEdit {
  /**
   * Asks for `write` to run as typing into this field: at once when this frame has not written
   * yet, else in the next frame (the newest request wins; earlier ones were superseded).
   */
  request: (write: () => void) => void;
  /** Runs `write` as the burst's last (Enter, leaving the field), then closes the burst. */
  finish: (write: () => void) => void;
  /** Closes this field's typing burst: the next keystroke starts a new undo step. */
  end: () => void;
  /** Takes back what this burst wrote (Escape): the YAML holds what it held before the typing. */
  revert: () => void;
}

/**
 * Makes a form field live (issue 15): typing reaches the YAML, the canvas and the diagnostics as
 * the user types. The first keystroke of a frame writes at once, so the editor draws it in the
 * next frame; later ones in the same frame are coalesced into one write at the next frame. While
 * a large design is read in the background, edits would be refused: the newest write waits for
 * the reading instead. All writes of one burst are one undo step (app/store/history.ts), and they
 * say nothing: the field shows the change. A write still waiting when the field goes away is made
 * then: nothing typed is lost.
 */
export function useLiveEdit(): LiveEdit {
  const store = useAppStore();
  const burst = useId();
  const [live] = useState(() => liveEdit(burst, store));
  useEffect(() => () => live.flush(), [live]);
  return live.edit;
}

function liveEdit(burst: string, store: AppStore): { edit: LiveEdit; flush: () => void } {
  let frame: number | null = null;
  let pending: (() => void) | null = null;
  /** Closes the burst once the pending write is made (it waits for a reading). */
  let closing = false;
  let waiting = false;

  const close = () => {
    closing = false;
    store.getState().endTyping(burst);
  };
  const flush = () => {
    const write = pending;
    pending = null;
    if (write) typedInto(burst, write);
    if (closing) close();
  };
  /** Writes now, or once the design being read has been read. */
  const flushWhenRead = () => {
    if (!store.getState().reading) return flush();
    if (waiting) return;
    waiting = true;
    const stop = store.subscribe((s) => {
      if (s.reading) return;
      stop();
      waiting = false;
      flush();
    });
  };
  const edit: LiveEdit = {
    request: (write) => {
      pending = write;
      if (frame !== null) return;
      flushWhenRead();
      frame = requestAnimationFrame(() => {
        frame = null;
        flushWhenRead();
      });
    },
    finish: (write) => {
      pending = write;
      closing = true;
      flushWhenRead();
    },
    end: () => {
      pending = null;
      close();
    },
    revert: () => {
      pending = null;
      closing = false;
      store.getState().revertTyping(burst);
    },
  };
  return { edit, flush };
}
