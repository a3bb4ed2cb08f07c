import type { FormContainer } from './formContainer.ts';
import { DraftInput } from '../../forms/DraftInput.tsx';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectRename = (s: AppState) => s.renameContainer;

/**
 * The container's name. Renaming goes through the store's `renameContainer`, so the
 * default-container annotation follows; a refused name is explained inline and the YAML is left alone.
 */
export function NameField({ container }: { container: FormContainer }) {
  const renameContainer = useApp(selectRename);
  return (
    <DraftInput
      label="Name"
      shown={container.name}
      write={(name) =>
        renameContainer({ list: container.list, index: container.index }, String(name ?? ''))
      }
    />
  );
}
