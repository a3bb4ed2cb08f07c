/**
 * What the palette shows of each sidecar preset, in palette order. The presets themselves
 * (presets.ts: images, resources, volumes) load with the preset dialog, when one is first chosen.
 */
export interface PresetEntry {
  id: string;
  /** Palette label, e.g. "Log shipper". */
  label: string;
  /** A few words under the label in the palette. */
  hint: string;
}

export const PRESET_ENTRIES: readonly PresetEntry[] = [
  { id: 'log-shipper', label: 'Log shipper', hint: 'Fluent Bit tails the app’s log files' },
  { id: 'reverse-proxy', label: 'Reverse proxy', hint: 'nginx in front of the app’s port' },
  { id: 'utility', label: 'Utility sidecar', hint: 'Same image, idle, for kubectl exec' },
  { id: 'content-sync', label: 'Content sync', hint: 'git-sync into a folder the app serves' },
  {
    id: 'credential-refresher',
    label: 'Credential refresher',
    hint: 'Writes a fresh token every 10 minutes',
  },
  { id: 'metrics-exporter', label: 'Metrics exporter', hint: 'StatsD in, Prometheus metrics out' },
];
