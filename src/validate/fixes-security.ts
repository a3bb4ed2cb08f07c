import { loadPod } from '../edit/containers.ts';
import { EditError } from '../edit/errors.ts';
import { setField } from '../edit/fields.ts';
import type { ContainerView, PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import type { Path } from '../yaml/path.ts';
import { containerAt } from './concerns.ts';
import { listOf } from './context.ts';
import { stale, type FixFn } from './fixes-values.ts';
import { capabilityName, CONFINED, settable } from './rules/security-shared.ts';

const SC = 'securityContext';

/** What a security fix works with: the pod, the document's value, the container if any. */
interface Where {
  text: string;
  document: number;
  path: Path;
  pod: PodView;
  value: unknown;
  container?: ContainerView;
}

function where(text: string, document: number, path: Path): Where {
  const { pod, value } = loadPod(text, document);
  return { text, document, path, pod, value, container: containerAt(pod, path) };
}

/**
 * Sets `fields` under `base` to `next`, unless `done` says it is already what the fix would make
 * it, or the YAML on the way is not a map (a schema error to fix first).
 */
function setUnder(
  at: Where,
  base: Path,
  fields: readonly string[],
  next: unknown,
  done: (current: unknown) => boolean,
): string {
  const current = getPath(at.value, [...base, ...fields]);
  if (done(current) || !settable(getPath(at.value, base), fields)) throw stale(at.path);
  return setField(at.text, { document: at.document, path: [...base, ...fields], value: next });
}

/** A fix about one container's securityContext: refused when the container is gone. */
function onContainer(fix: (at: Where, container: ContainerView) => string): FixFn {
  return (text, document, path) => {
    const at = where(text, document, path);
    if (!at.container) throw new EditError('The container this problem is about is gone.');
    return fix(at, at.container);
  };
}

/** The fixes of the security profile's findings (rules/security*.ts). */
export const SECURITY_FIXES = {
  // Refused beside privileged: true or an added SYS_ADMIN: the API server rejects that pair.
  'disallow-privilege-escalation': onContainer((at, c) => {
    const sc = getPath(at.value, [...c.path, SC]);
    const privileged = getPath(sc, ['privileged']) === true;
    const sysAdmin = listOf(getPath(sc, ['capabilities', 'add'])).some(
      (cap) => capabilityName(cap) === 'SYS_ADMIN',
    );
    if (privileged || sysAdmin)
      throw new EditError(
        `${c.name} is privileged or adds SYS_ADMIN: the API server refuses allowPrivilegeEscalation: false beside it.`,
      );
    return setUnder(at, c.path, [SC, 'allowPrivilegeEscalation'], false, (v) => v === false);
  }),

  'set-read-only-root-filesystem': onContainer((at, c) =>
    setUnder(at, c.path, [SC, 'readOnlyRootFilesystem'], true, (v) => v === true),
  ),

  // ALL covers whatever the list dropped before, so the list becomes [ALL].
  'drop-all-capabilities': onContainer((at, c) =>
    setUnder(
      at,
      c.path,
      [SC, 'capabilities', 'drop'],
      ['ALL'],
      (v) =>
        (v !== undefined && v !== null && !Array.isArray(v)) ||
        listOf(v).some((x) => capabilityName(x) === 'ALL'),
    ),
  ),

  'disable-service-account-token': (text, document, path) => {
    const at = where(text, document, path);
    return setUnder(
      at,
      at.pod.specPath,
      ['automountServiceAccountToken'],
      false,
      (v) => v === false,
    );
  },

  // A container's own Unconfined profile, or else the pod's profile.
  'set-seccomp-runtime-default': (text, document, path) => {
    const at = where(text, document, path);
    const fields = [SC, 'seccompProfile', 'type'];
    if (at.container)
      return setUnder(at, at.container.path, fields, 'RuntimeDefault', (v) => v !== 'Unconfined');
    return setUnder(at, at.pod.specPath, fields, 'RuntimeDefault', (v) =>
      CONFINED.has(v as string),
    );
  },
} satisfies Record<string, FixFn>;
