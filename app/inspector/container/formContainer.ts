import { useState } from 'react';
import type { ContainerView } from '../../../src/pod/types.ts';

/**
 * The container as the form's sections see it: everything but its image, which the Image field
 * reads from the YAML like every other field.
 */
export type FormContainer = Omit<ContainerView, 'image'>;

/**
 * The selected container for the sections, kept the same object while only its image changes:
 * the sections are memoised, so typing an image (live, per keystroke) redraws the Image field,
 * not every section of the form. (The rest of the view keeps its identity between edits already:
 * app/store/share.ts.)
 */
export function useFormContainer(container: ContainerView): FormContainer {
  const [held, setHeld] = useState<FormContainer>(() => withoutImage(container));
  const next = withoutImage(container);
  const keys = Object.keys(next) as (keyof FormContainer)[];
  const same =
    keys.length === Object.keys(held).length && keys.every((key) => held[key] === next[key]);
  if (same) return held;
  // Derived state, adjusted while rendering (react.dev: "storing information from previous renders").
  setHeld(next);
  return next;
}

function withoutImage({ image: _image, ...rest }: ContainerView): FormContainer {
  return rest;
}
