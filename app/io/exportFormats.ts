import type { Exported } from '../../src/convert/formats.ts';
import { tgz } from '../../src/convert/tgz.ts';

/** The file an export downloads as: `main.tf` for one file, `<folder>.tgz` for a folder. */
export function exportFileName(exported: Pick<Exported, 'folder'>): string {
  return exported.folder ? `${exported.folder}.tgz` : 'main.tf';
}

/** The bytes to download: the one file's text, or the folder as a gzipped tar made in the page. */
export async function exportFile(exported: Exported): Promise<{ name: string; blob: Blob }> {
  const name = exportFileName(exported);
  const only = exported.files[0];
  if (!exported.folder && exported.files.length === 1 && only) {
    return { name, blob: new Blob([only.text], { type: 'text/plain' }) };
  }
  const bytes = await tgz(exported.folder || 'export', exported.files);
  return { name, blob: new Blob([bytes], { type: 'application/gzip' }) };
}
