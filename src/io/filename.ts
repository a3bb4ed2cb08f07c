import type { DesignView } from '../pod/types.ts';

/** The name a download falls back to when the design has no named workload. */
export const DEFAULT_BASE_NAME = 'design';

/** Longest base name offered; file systems allow 255 bytes and the extension needs room. */
const MAX_BASE_LENGTH = 100;

/**
 * The base name of a downloaded design: the first workload's `metadata.name` (documents in order),
 * else {@link DEFAULT_BASE_NAME}. Characters that are not safe in a file name on every system
 * become `-`, so a half-typed name such as `web/api` still gives one plain file.
 */
export function designBaseName(view: DesignView): string {
  const name = view.workloads.find((w) => w.name.trim() !== '')?.name ?? '';
  const safe = name
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/[.-]+$/, '');
  return safe === '' ? DEFAULT_BASE_NAME : safe;
}

/** `<workload-name>.yaml` or `<workload-name>.json` for the design (see {@link designBaseName}). */
export function designFileName(
  view: DesignView,
  extension: 'yaml' | 'json' | 'svg' | 'png',
): string {
  return `${designBaseName(view)}.${extension}`;
}
