import { duplicateContainer } from '../../src/edit/arrange.ts';
import { freeName } from '../../src/edit/containers.ts';
import { placeContainer, stepContainer } from '../../src/edit/place.ts';
import type { ContainerView, PodView, Role } from '../../src/pod/types.ts';
import { ROLE_WORDS } from '../roles.ts';
import { useAppStore } from '../store/context.tsx';
import type { ContainerRef } from '../store/index.ts';
import { selectWorkload } from '../store/selectors.ts';

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

/** Where a container is, in words: "a native sidecar, starting 2nd of 3". */
export function describePlace(pod: PodView, c: ContainerView): string {
  if (c.role === 'main') return 'the main container';
  if (c.list === 'initContainers') {
    const size = pod.containers.filter((x) => x.list === 'initContainers').length;
    return `${article(ROLE_WORDS[c.role])}, starting ${ordinal(c.index + 1)} of ${size}`;
  }
  return article(ROLE_WORDS[c.role] === 'sidecar' ? 'classic sidecar' : ROLE_WORDS[c.role]);
}

const article = (words: string) => `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The arrange actions of the canvas: each is one undo step that says what it did, and keeps focus
 * on the moved container's control for keyboard users.
 */
export function useArrange() {
  const store = useAppStore();

  /** Runs `op`, then notices where `name` ended up (nothing when the text did not change). */
  const run = (
    name: string,
    op: (text: string, document: number) => string,
    focus?: CardControl,
    say?: (pod: PodView, c: ContainerView) => string,
  ): boolean => {
    const before = store.getState().text;
    const result = store.getState().applyEdit(op);
    if (!result.ok) return false;
    const s = store.getState();
    if (s.text !== before) {
      const pod = selectWorkload(s);
      const c = pod?.containers.find((x) => x.name === name);
      if (pod && c) {
        s.notify(
          'info',
          say ? say(pod, c) : `"${name}" is now ${describePlace(pod, c)}. Undo puts it back.`,
        );
      }
    }
    if (focus) focusCardControl(name, focus);
    return true;
  };

  return {
    /** Drops a container into a role (lane), before another container or at the end. */
    place: (
      ref: ContainerRef,
      name: string,
      role: Role,
      before?: ContainerRef | 'end',
      focus?: CardControl,
    ) =>
      run(
        name,
        (text, document) =>
          placeContainer(text, {
            document,
            from: { document, ...ref },
            role,
            before: before === undefined || before === 'end' ? before : { document, ...before },
          }),
        focus,
      ),
    /** One place up or down in start order. */
    step: (ref: ContainerRef, name: string, delta: -1 | 1) =>
      run(
        name,
        (text, document) => stepContainer(text, { document, ...ref }, delta),
        delta < 0 ? 'up' : 'down',
      ),
    duplicate: (ref: ContainerRef, name: string) => {
      const pod = selectWorkload(store.getState());
      const copy = pod ? freeName(pod, name || 'container') : name;
      const ok = run(
        copy,
        (text, document) => duplicateContainer(text, { document, ...ref }),
        undefined,
        (p, c) => `Duplicated "${name}" as "${copy}", ${describePlace(p, c)}. Undo removes it.`,
      );
      if (ok) {
        store.getState().selectContainer(copy);
        focusCardControl(copy, 'select');
      }
      return ok;
    },
  };
}
