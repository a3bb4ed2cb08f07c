import { EditError } from '../edit/errors.ts';
import { POD_FIXES } from './fixes-pod.ts';
import { SECURITY_FIXES } from './fixes-security.ts';
import { renameObject, VALUE_FIXES, type FixFn } from './fixes-values.ts';
import type { Diagnostic, FixId } from './types.ts';

export { FIX_TITLES } from './fix-titles.ts';

/** What a quick fix needs of a diagnostic: which fix, and where. */
export type Fixable = Pick<Diagnostic, 'fix' | 'document' | 'path'>;

const FIXES: Record<FixId, FixFn> = {
  ...POD_FIXES,
  ...VALUE_FIXES,
  ...SECURITY_FIXES,
  // A name is a container's (`…containers[0].name`) or the object's own (`metadata.name`).
  'make-name-valid': (text, document, path) =>
    path.length === 2 && path[0] === 'metadata'
      ? renameObject(text, document, path)
      : POD_FIXES['make-name-valid'](text, document, path),
};

/**
 * Applies a diagnostic's quick fix to the design text with the `src/edit` ops, so the change
 * touches only the lines it must. Each fix is the one obvious remedy for its finding (the words
 * are in fix-titles.ts); a rule offers it only when it applies, and it is checked again here:
 * - `convert-to-native-sidecar`: the classic sidecar moves to the end of `initContainers` with
 *   `restartPolicy: Always`;
 * - `create-missing-volume`: adds an `emptyDir` volume named like the mount;
 * - `align-selector`: sets `spec.selector.matchLabels` to the pod labels;
 * - `rename-duplicate-container`: renames the later container to a free name (`app-2`);
 * - `set-restart-policy-always` / `-never`: the pod template's restartPolicy the kind allows;
 * - `remove-container-restart-policy`: drops a container's restartPolicy the version refuses;
 * - `correct-value-case`: `local` → `Local`, the one allowed value it differs from by case;
 * - `remove-init-probe-or-hook`: drops a probe or lifecycle from a regular init container;
 * - `set-success-threshold-1`: a liveness or startup probe's successThreshold becomes 1;
 * - `use-only-port`: a probe's unknown port name becomes the container's only port;
 * - `make-name-valid`: `Web_App` → `web-app`, for a container or an object no one refers to;
 * - `rename-duplicate-port`: the later of two ports of a container named alike gets `http-2`;
 * - `remove-hidden-env`: the earlier definitions of an env var defined again (the later wins);
 * - `make-subpath-relative`: `/conf/app.yaml` → `conf/app.yaml`;
 * - `raise-limit-to-request`: the limit below a request rises to it;
 * - `memory-milli-to-mebi`: `512m` of memory (0.512 bytes) → `512Mi`;
 * - `select-pod-labels`: a Service selecting nothing selects the design's only labelled pods;
 * - `remove-unused-volume`: removes a volume no container mounts;
 * - `use-served-api-version`: the apiVersion that serves the kind (`batch/v1` for a Job);
 * - the security profile's (fixes-security.ts): `disallow-privilege-escalation`,
 *   `set-read-only-root-filesystem`, `drop-all-capabilities` (`drop: [ALL]`),
 *   `disable-service-account-token` and `set-seccomp-runtime-default` set the one field.
 * Throws an EditError (with a message a user can act on) when the fix no longer applies.
 */
export function applyFix(text: string, diagnostic: Fixable): string {
  const { fix, document, path } = diagnostic;
  if (!fix) throw new EditError('This problem has no quick fix.');
  const apply = Object.hasOwn(FIXES, fix) ? FIXES[fix] : undefined;
  if (!apply) throw new EditError(`Podsmith has no quick fix called "${fix}".`);
  return apply(text, document, path);
}
