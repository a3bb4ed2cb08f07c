import type { Role } from '../../src/pod/types.ts';
import { duplicateContainer, placeContainer, stepContainer } from '../commands/arrange.ts';
import { useAppStore } from '../store/context.tsx';
import type { ContainerRef } from '../store/index.ts';

/** The controls of a card that keep focus when their card moves (see {@link focusCardControl}). */
export type CardControl = 'select' | 'up' | 'down' | 'role' | 'main' | 'duplicate';

/**
 * Moves keyboard focus to a card's control once the canvas has re-rendered. Cards are keyed by
 * list position, so after a move the focused button would belong to another container: this puts
 * focus back on the container the user moved. When the control is gone or disabled (Move up on
 * the first card) the other Move button, else the card itself, gets focus.
 */
export function focusCardControl(name: string, control: CardControl): void {
  requestAnimationFrame(() => {
    const find = (c: CardControl) =>
      document.querySelector<HTMLElement>(
        `[data-card-name="${CSS.escape(name)}"][data-card-control="${c}"]`,
      );
    // At the end of the list the pressed Move button turns off: the other one can take it back.
    const order: CardControl[] =
      control === 'up' ? ['up', 'down'] : control === 'down' ? ['down', 'up'] : [control];
    const el = [...order, 'select' as const]
      .map(find)
      .find((e) => e !== null && !e.hasAttribute('disabled'));
    el?.focus();
  });
}

export { describePlace, ordinal } from '../commands/arrange.ts';

/**
 * The arrange actions of the canvas: each is one undo step that says what it did, and keeps focus
 * on the moved container's control for keyboard users.
 */
export function useArrange() {
  const store = useAppStore();
  /** Keeps focus on the moved container's control once a command ran. */
  const focusAfter = (ok: boolean, name: string, focus?: CardControl): boolean => {
    if (ok && focus) focusCardControl(name, focus);
    return ok;
  };

  return {
    /** Drops a container into a role (lane), before another container or at the end. */
    place: (
      ref: ContainerRef,
      name: string,
      role: Role,
      before?: ContainerRef | 'end',
      focus?: CardControl,
    ) => focusAfter(placeContainer(store, ref, name, role, before).ok, name, focus),
    /** One place up or down in start order. */
    step: (ref: ContainerRef, name: string, delta: -1 | 1) =>
      focusAfter(stepContainer(store, ref, name, delta).ok, name, delta < 0 ? 'up' : 'down'),
    duplicate: (ref: ContainerRef, name: string) => {
      const result = duplicateContainer(store, ref, name);
      if (result.ok && result.copy !== undefined) focusCardControl(result.copy, 'select');
      return result.ok;
    },
  };
}
