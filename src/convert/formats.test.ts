import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../templates/starter.ts';
import { EXPORT_FORMATS, exportDesign } from './formats.ts';

const WITH_STATUS = `${STARTER_YAML}status:\n  replicas: 1\n`;

describe('exportDesign', () => {
  it('gives every format its files, a chart and a base in a folder', () => {
    const paths = Object.fromEntries(
      EXPORT_FORMATS.map(({ format }) => {
        const out = exportDesign(STARTER_YAML, format);
        if (!out.ok) throw new Error(out.message);
        return [format, { folder: out.folder, files: out.files.map((f) => f.path) }];
      }),
    );
    expect(paths.terraform).toEqual({ folder: '', files: ['main.tf'] });
    expect(paths['terraform-manifest']).toEqual({ folder: '', files: ['main.tf'] });
    expect(paths.helm!.folder).toBe('web');
    expect(paths.helm!.files).toEqual(
      expect.arrayContaining(['Chart.yaml', 'values.yaml', 'templates/_helpers.tpl']),
    );
    expect(paths.kustomize).toEqual({
      folder: 'base',
      files: ['kustomization.yaml', 'deployment-web.yaml'],
    });
  });

  it('names what a format cannot carry', () => {
    const typed = exportDesign(WITH_STATUS, 'terraform');
    expect(typed.ok && typed.notCarried).toEqual([
      expect.stringMatching(/^kubernetes_deployment_v1\.web: status/),
    ]);
    const manifest = exportDesign(WITH_STATUS, 'terraform-manifest');
    expect(manifest.ok && manifest.notCarried).toEqual([]);
  });

  it('refuses a design that does not parse, in every format', () => {
    for (const { format } of EXPORT_FORMATS) {
      expect(exportDesign('a: [1', format)).toMatchObject({ ok: false });
    }
  });
});
