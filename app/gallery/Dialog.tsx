import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface Props {
  title: string;
  /** Escape, Cancel and the choices all end here; the dialog unmounts with its state. */
  onClose: () => void;
  children: ReactNode;
  /** Text under the title, read with it when the dialog opens (aria-describedby). */
  description?: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native `<dialog>`: the browser traps focus, makes the page behind it
 * inert and closes on Escape. Focus goes back where it was when the dialog closes.
 */
export function Dialog({ title, onClose, children, description, className = '' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(e) => {
        // Escape: close through React, so the dialog unmounts with its state.
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {title}
      </h2>
      {description ? (
        <p id={`${id}-description`} className="dialog-description">
          {description}
        </p>
      ) : null}
      {children}
    </dialog>
  );
}
