import type { ReactNode } from 'react';

/** What a panel shows when there is nothing for it to edit. */
export function PanelEmpty({ children }: { children: ReactNode }) {
  return <div className="panel-empty">{children}</div>;
}
