import type { ReactNode } from 'react';

/** A titled group of fields; collapsible so long forms stay scannable. */
export function Section({
  title,
  open = true,
  children,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="form-section" open={open}>
      <summary>
        <h3>{title}</h3>
      </summary>
      <div className="form-section-body">{children}</div>
    </details>
  );
}
