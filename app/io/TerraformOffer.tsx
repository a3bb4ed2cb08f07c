import { lazy, Suspense, useMemo, useState } from 'react';
import { currentText } from '../commands/flush.ts';
import { useApp, useAppStore } from '../store/context.tsx';
import { selectText } from '../store/selectors.ts';
import { isConvertibleTerraform } from './terraformText.ts';
import './terraform.css';

const TerraformDialog = lazy(() =>
  import('./TerraformDialog.tsx').then((m) => ({ default: m.TerraformDialog })),
);

/**
 * The offer to convert the open design when it is Terraform with kubernetes_* resources: a
 * button that opens the conversion dialog. Nothing is converted or replaced until asked.
 */
export function TerraformOffer() {
  const store = useAppStore();
  const text = useApp(selectText);
  const convertible = useMemo(() => isConvertibleTerraform(text), [text]);
  const [asked, setAsked] = useState<string | null>(null);
  if (!convertible && asked === null) return null;
  return (
    <>
      {convertible ? (
        <button
          type="button"
          className="terraform-offer"
          onClick={() => setAsked(currentText(store))}
        >
          Convert to YAML…
        </button>
      ) : null}
      {asked !== null ? (
        <Suspense fallback={null}>
          <TerraformDialog text={asked} onClose={() => setAsked(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
