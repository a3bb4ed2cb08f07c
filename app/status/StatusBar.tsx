import { useEffect } from 'react';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectNotice, selectWorkload } from '../store/selectors.ts';

const selectClear = (s: AppState) => s.clearNotice;
const INFO_MS = 6000;

/** Notices (refused edits, what an action did) in a polite live region, plus a short summary. */
export function StatusBar() {
  const notice = useApp(selectNotice);
  const clear = useApp(selectClear);
  const workload = useApp(selectWorkload);

  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(clear, INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, clear]);

  const containers = workload?.containers.length ?? 0;
  const volumes = workload?.volumes.length ?? 0;
  return (
    <footer className="statusbar">
      <div role="status" aria-label="Notices" className="notice" data-tone={notice?.tone}>
        {notice ? notice.message : null}
      </div>
      {notice ? (
        <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={clear}>
          <span aria-hidden="true">✕</span>
        </button>
      ) : null}
      <span className="summary">
        {containers} {containers === 1 ? 'container' : 'containers'} · {volumes}{' '}
        {volumes === 1 ? 'volume' : 'volumes'}
      </span>
    </footer>
  );
}
