import { designToChart } from './helm/chart.ts';
import { designToKustomize } from './kustomize/export.ts';
import type { TextFile } from './kustomize/names.ts';
import { exportTerraform } from './terraform/export.ts';

// The formats a design goes out in, for the app's Export dialog and `podsmith export` alike: one
// list, one call, the same files and the same words about what a format cannot carry.

export type ExportFormat = 'terraform' | 'terraform-manifest' | 'helm' | 'kustomize';

export interface FormatInfo {
  format: ExportFormat;
  /** What the user picks: "Terraform (typed kubernetes_*_v1 resources)". */
  title: string;
  /** Whether it is one file (`main.tf`) or a folder of files (a chart, a base). */
  folder: boolean;
}

export const EXPORT_FORMATS: readonly FormatInfo[] = [
  { format: 'terraform', title: 'Terraform (typed kubernetes_*_v1 resources)', folder: false },
  { format: 'terraform-manifest', title: 'Terraform (kubernetes_manifest)', folder: false },
  { format: 'helm', title: 'Helm chart', folder: true },
  { format: 'kustomize', title: 'Kustomize base', folder: true },
];

export interface Exported {
  /** The folder the files go in (the chart's name, `base`), or `''` for a single file. */
  folder: string;
  /** Paths relative to `folder`. */
  files: TextFile[];
  /** What the format does not carry as the design has it, one sentence each: never in silence. */
  notCarried: string[];
}

export type ExportResult = ({ ok: true } & Exported) | { ok: false; message: string };

export interface ExportOptions {
  /** The design's name: the chart's (by default, its first workload's). */
  name?: string;
  /** Kustomize: an `images:` entry per image name, so that overlays can retag. */
  images?: boolean;
}

/** The design `text` in `format`. A design that does not parse is refused with a message. */
export function exportDesign(
  text: string,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportResult {
  if (format === 'helm') {
    const chart = designToChart(text, { name: options.name });
    if (!chart.ok) return chart;
    return { ok: true, folder: chart.name, files: chart.files, notCarried: chart.notCarried };
  }
  if (format === 'kustomize') {
    const base = designToKustomize(text, { images: options.images });
    if (!base.ok) return base;
    return { ok: true, folder: 'base', files: base.files, notCarried: base.notes };
  }
  try {
    const tf = exportTerraform(text, format === 'terraform' ? 'typed' : 'manifest');
    const notCarried = [...tf.drops.map((d) => `${d.resource}: ${d.message}`), ...tf.notes];
    return { ok: true, folder: '', files: [{ path: 'main.tf', text: tf.text }], notCarried };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
