/** Why the browser refused to save or read designs. */
export type StorageProblem = 'full' | 'off' | 'other';

/**
 * Classifies what a Web Storage call threw: a full quota (`QuotaExceededError`, Firefox's
 * `NS_ERROR_DOM_QUOTA_REACHED`, legacy code 22/1014), storage turned off (`SecurityError`, the
 * getter throwing in a sandbox or with cookies blocked), or anything else.
 */
export function storageProblem(error: unknown): StorageProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
  };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (e.code === 22 || e.code === 1014) return 'full';
  if (e.name === 'SecurityError' || e.code === 18) return 'off';
  return 'other';
}

/** The message the user sees when saving failed; the design itself is still open. */
export function saveFailedMessage(problem: StorageProblem): string {
  const keep = 'Your design is still open here: download or copy it before closing this tab.';
  switch (problem) {
    case 'full':
      return `Could not save the design: this browser's storage for Podsmith is full. Delete old designs under Designs. ${keep}`;
    case 'off':
      return `Could not save the design: this browser does not allow Podsmith to store data (private mode or blocked site data). ${keep}`;
    default:
      return `Could not save the design in this browser. ${keep}`;
  }
}
