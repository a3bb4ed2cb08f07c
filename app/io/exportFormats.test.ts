import { gunzipSync } from 'node:zlib';
import { unpackTar } from 'modern-tar';
import { describe, expect, it } from 'vitest';
import { exportDesign, type ExportFormat } from '../../src/convert/formats.ts';
import { TEMPLATES } from '../../src/templates/gallery.ts';
import { exportFile, exportFileName } from './exportFormats.ts';

const design = TEMPLATES[0]!.yaml;

function exported(format: ExportFormat) {
  const result = exportDesign(design, format, { images: true });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('exportFile', () => {
  it('downloads Terraform as main.tf, the text exactly', async () => {
    for (const format of ['terraform', 'terraform-manifest'] as const) {
      const result = exported(format);
      const file = await exportFile(result);
      expect(file.name).toBe('main.tf');
      expect(await file.blob.text()).toBe(result.files[0]!.text);
    }
  });

  it('downloads a chart and a base as a .tgz of the folder', async () => {
    for (const format of ['helm', 'kustomize'] as const) {
      const result = exported(format);
      const file = await exportFile(result);
      expect(file.name).toBe(exportFileName(result));
      expect(file.name).toBe(`${result.folder}.tgz`);
      const tar = gunzipSync(new Uint8Array(await file.blob.arrayBuffer()));
      const entries = await unpackTar(tar);
      expect(entries.map((e) => [e.header.name, new TextDecoder().decode(e.data)])).toEqual(
        result.files.map((f) => [`${result.folder}/${f.path}`, f.text]),
      );
    }
  });
});
