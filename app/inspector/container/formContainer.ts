import { useState } from 'react';
import type { ContainerView } from '../../../src/pod/types.ts';
import { share } from '../../store/share.ts';

/**
 * The container as the form's sections see it: everything but its image, which the Image field
 * reads from the YAML like every other field.
 */
export type FormContainer = Omit<ContainerView, 'image'>;

/**
 * The selected container for the sections, kept the same object while only its image changes:
 * the sections are memoised, so typing an image (live, per keystroke) redraws the Image field,
 * not every section of the form (structural sharing, as the store's: app/store/share.ts).
 */
export function useFormContainer(container: ContainerView): FormContainer {
  const [held, setHeld] = useState<FormContainer>(() => withoutImage(container));
  const steady = share(held, withoutImage(container));
  // Derived state, adjusted while rendering (react.dev: "storing information from previous renders").
  if (steady !== held) setHeld(steady);
  return steady;
}

function withoutImage({ image: _image, ...rest }: ContainerView): FormContainer {
  return rest;
}
