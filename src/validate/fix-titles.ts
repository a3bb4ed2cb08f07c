import type { FixId } from './types.ts';

/**
 * What each quick fix does, in the words every place that offers it uses: the problems panel and
 * the canvas badges ("Fix: set the limit to the request"), the notice after it ran, the editor's
 * code actions and the CLI. One home, so they never disagree. Kept apart from fixes.ts, which pulls
 * in the edit operations, so showing a title costs nothing.
 */
export const FIX_TITLES: Readonly<Record<FixId, string>> = {
  'convert-to-native-sidecar': 'make it a native sidecar',
  'create-missing-volume': 'add the missing volume (emptyDir)',
  'align-selector': 'set the selector to the pod labels',
  'rename-duplicate-container': 'rename the duplicate container',
  'set-restart-policy-always': 'set restartPolicy to Always',
  'set-restart-policy-never': 'set restartPolicy to Never',
  'remove-container-restart-policy': "remove the container's restartPolicy",
  'correct-value-case': 'write the value with the capitals Kubernetes expects',
  'remove-init-probe-or-hook': 'remove the probe or hook from the init container',
  'set-success-threshold-1': 'set successThreshold to 1',
  'use-only-port': "use the container's only port",
  'make-name-valid': 'rewrite the name in lower case, with "-" for other characters',
  'rename-duplicate-port': 'give the later port a free name',
  'remove-hidden-env': 'remove the earlier definition it hides',
  'make-subpath-relative': 'remove the leading "/" from the path',
  'raise-limit-to-request': 'set the limit to the request',
  'memory-milli-to-mebi': 'write Mi (mebibytes) instead of m (millibytes)',
  'select-pod-labels': "set the Service's selector to the pod labels",
  'remove-unused-volume': 'remove the unused volume',
  'use-served-api-version': 'use the apiVersion that serves this kind',
  'disallow-privilege-escalation': 'set allowPrivilegeEscalation to false',
  'set-read-only-root-filesystem': 'set readOnlyRootFilesystem to true',
  'drop-all-capabilities': 'drop all capabilities (drop: [ALL])',
  'disable-service-account-token': 'set automountServiceAccountToken to false',
  'set-seccomp-runtime-default': 'set the seccomp profile to RuntimeDefault',
};
