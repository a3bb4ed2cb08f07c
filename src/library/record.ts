import { DEFAULT_K8S_VERSION, isK8sVersion, type K8sVersion } from '../validate/versions.ts';

/** One saved design, as kept under its own storage key. */
export interface DesignRecord {
  id: string;
  /** What the library shows; follows the first workload's name until the user renames it. */
  name: string;
  /** Kind of the first workload (`Deployment`), or of the first document, or `''`. */
  kind: string;
  /** The design exactly as the editor holds it. */
  text: string;
  /** The target Kubernetes version, kept beside the text. */
  k8s: K8sVersion;
  /** Milliseconds since the epoch of the last save. */
  updatedAt: number;
  /** True once the user chose the name: it no longer follows the workload's name. */
  named: boolean;
}

/** Every design lives under its own key, so two tabs on different designs never write one key. */
export const DESIGN_KEY_PREFIX = 'podsmith:design:';
/** Per tab (sessionStorage): the id of the design this tab edits. */
export const CURRENT_KEY = 'podsmith:current';

/** Longest name kept; longer stored names are cut, longer typed names refused. */
export const NAME_MAX = 120;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** True for an id this library could have made (letters, digits, `-`, `_`). */
export function isDesignId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** The storage key of a design. */
export function designKey(id: string): string {
  return DESIGN_KEY_PREFIX + id;
}

/** The id a storage key holds a design under, or `null` for any other key. */
export function idFromKey(key: string | null): string | null {
  if (key === null || !key.startsWith(DESIGN_KEY_PREFIX)) return null;
  const id = key.slice(DESIGN_KEY_PREFIX.length);
  return isDesignId(id) ? id : null;
}

/**
 * Reads a stored design defensively: the storage is shared with other tabs, older versions and
 * anything a user or extension put there. Returns `null` when there is no design text to restore;
 * other fields fall back to safe values. The key's id wins over an id inside the JSON.
 */
export function parseRecord(raw: string | null, id: string): DesignRecord | null {
  if (raw === null || !isDesignId(id)) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') return null;
  const name = typeof r.name === 'string' ? cleanName(r.name).slice(0, NAME_MAX) : '';
  const updatedAt = r.updatedAt;
  return {
    id,
    name: name || 'Untitled design',
    kind: typeof r.kind === 'string' ? r.kind.slice(0, 64) : '',
    text: r.text,
    k8s: isK8sVersion(r.k8s) ? r.k8s : DEFAULT_K8S_VERSION,
    updatedAt:
      typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt >= 0 ? updatedAt : 0,
    named: r.named === true,
  };
}

/** The JSON a design is stored as. */
export function serializeRecord(record: DesignRecord): string {
  const { id, name, kind, text, k8s, updatedAt, named } = record;
  return JSON.stringify({ id, name, kind, text, k8s, updatedAt, named });
}

/** A name as the user meant it: trimmed, inner runs of whitespace made one space. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}
