import { useId, useState } from 'react';
import type { TerraformImport } from '../../src/convert/terraform/import.ts';
import { openDesign } from '../commands/open.ts';
import { Dialog } from '../gallery/Dialog.tsx';
import { useAppStore } from '../store/context.tsx';
import { convertTerraform, convertedWords } from './convertTerraform.ts';
import { NoteList } from './NoteList.tsx';
import type { Progress } from './wasmBytes.ts';

type Step =
  | { step: 'offer' }
  | { step: 'loading'; loaded: number; total: number }
  | { step: 'failed'; message: string }
  | { step: 'converted'; converted: TerraformImport };

// The parser (1.7 MB of WebAssembly and Go's glue) loads on the first conversion only.
const loadParser = (onProgress?: Progress) =>
  import('./hclParser.ts').then((m) => m.loadHclParser(onProgress));

/**
 * Converts the Terraform `text` into a YAML design: the kubernetes_* resources become a new
 * design, opened only when the user says so after reading what could not be carried over. The
 * open design, the Terraform text as it is, stays in Designs.
 */
export function TerraformDialog({ text, onClose }: { text: string; onClose: () => void }) {
  const store = useAppStore();
  const id = useId();
  const [state, setState] = useState<Step>({ step: 'offer' });

  const convert = async () => {
    setState({ step: 'loading', loaded: 0, total: 0 });
    const done = await convertTerraform(text, loadParser, (loaded, total) =>
      setState({ step: 'loading', loaded, total }),
    );
    setState(
      done.ok ? { step: 'converted', converted: done } : { step: 'failed', message: done.message },
    );
  };

  const open = (converted: TerraformImport) => {
    openDesign(store, {
      text: converted.yaml,
      alreadyOpen: 'The converted Terraform already is the open design.',
      opened: (kept) => convertedWords(converted, kept),
    });
    onClose();
  };

  const converted = state.step === 'converted' ? state.converted : null;
  return (
    <Dialog
      title="Convert Terraform to YAML"
      description="Its kubernetes_* resources become a new design. The open design, this Terraform text as it is, stays in Designs."
      onClose={onClose}
      className="terraform-dialog"
    >
      {state.step === 'offer' ? (
        <p>
          The first conversion loads HashiCorp&apos;s HCL parser (1.7 MB) from this page&apos;s
          server; nothing is uploaded.
        </p>
      ) : null}
      {state.step === 'loading' ? (
        <div className="terraform-loading" role="status">
          <label htmlFor={`${id}-progress`}>Loading HashiCorp&apos;s HCL parser (1.7 MB)…</label>
          <progress
            id={`${id}-progress`}
            max={state.total || undefined}
            value={state.total ? state.loaded : undefined}
          />
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <p className="terraform-refused" role="alert">
          {state.message}
        </p>
      ) : null}
      {converted ? (
        <>
          <p role={converted.objects ? 'status' : 'alert'}>
            {converted.objects
              ? `Converted: ${converted.objects} ${converted.objects === 1 ? 'object' : 'objects'}.`
              : 'Nothing to convert: no Kubernetes object came out of this text.'}
          </p>
          {converted.findings.length ? (
            <NoteList
              id={`${id}-findings`}
              title="What the YAML does not say as Terraform did:"
              notes={converted.findings.map((f) => f.message)}
              className="terraform-findings"
            />
          ) : null}
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="dialog-button" onClick={onClose}>
          {converted && !converted.objects ? 'Close' : 'Cancel'}
        </button>
        {converted?.objects ? (
          <button type="button" className="dialog-button primary" onClick={() => open(converted)}>
            Open as a new design
          </button>
        ) : converted ? null : (
          <button
            type="button"
            className="dialog-button primary"
            disabled={state.step === 'loading'}
            onClick={() => void convert()}
          >
            {state.step === 'failed' ? 'Try again' : 'Convert'}
          </button>
        )}
      </div>
    </Dialog>
  );
}
