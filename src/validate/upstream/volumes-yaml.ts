import type { UpstreamCase } from './cases.ts';

// The manifests the volume suites are written in (TestValidateVolumes and its neighbours in
// pkg/apis/core/validation/validation_test.go): each upstream volume becomes a volume of a bare
// Pod named `web` (or of a Deployment's template). Paths are the manifest's
// (`spec.volumes[0]…`); where upstream names a field the manifest lacks (`downwardAPI.mode`,
// `iscsi.initiatorname`) the case names the item's own field, as the rules report it. Upstream's
// test does not apply the v1 defaults; a manifest gets them (an azureDisk without `kind` is a
// Shared disk), which can add an error but never takes upstream's away.

/** The test file read, and the validation it exercises. */
export const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes/kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd (against validation.go of 1.34.1)';

/**
 * A bare Pod named `web` (or a `kind` with a pod template): one container `app`, the `container`
 * lines added to it (indented 4 spaces, as the fields under `- name: app`), and `volumes`.
 */
export function podYaml(volumes: readonly string[], container = '', kind = 'Pod'): string {
  const head =
    kind === 'Pod'
      ? 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n'
      : `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n`;
  const pad = kind === 'Pod' ? '' : '    ';
  const lines = [
    'containers:',
    '  - name: app',
    '    image: registry.example.com/app:1.0.0',
    ...container.split('\n').filter(Boolean),
    ...(volumes.length ? ['volumes:', ...volumes.map((v) => `  - ${v}`)] : []),
  ];
  return head + lines.map((l) => `${pad}  ${l}`).join('\n') + '\n';
}

export const V = 'spec.volumes[0]';
export const ok = (name: string, volume: string, k8s?: UpstreamCase['k8s']): UpstreamCase => ({
  name,
  yaml: podYaml([volume]),
  errors: [],
  ...(k8s ? { k8s } : {}),
});
export const bad = (
  name: string,
  volume: string,
  errors: string[],
  k8s?: UpstreamCase['k8s'],
): UpstreamCase => ({
  name,
  yaml: podYaml([volume]),
  errors: errors.map((e) => (e.startsWith('spec.') ? e : `${V}.${e}`)),
  ...(k8s ? { k8s } : {}),
});
