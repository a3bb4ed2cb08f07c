import { parse } from 'yaml';
import { exportDesign, type Exported } from '../convert/formats.ts';
import { tgz } from '../convert/tgz.ts';
import type { ExportOptions } from './args.ts';
import type { CliIO } from './io.ts';
import { readDesign } from './read-design.ts';
import { under, writeOut, type OutFile } from './write-out.ts';

/** Where an export's files go: the folder (the chart, `base`) inside `-o`, or one archive. */
async function outFiles(exported: Exported, options: ExportOptions): Promise<OutFile[]> {
  const dir = options.out ?? '.';
  if (options.tgz) {
    const chart = exported.files.find((f) => f.path === 'Chart.yaml');
    const version = (parse(chart?.text ?? '') as { version?: unknown } | null)?.version;
    // `helm package`'s name: <chart>-<version>.tgz.
    const file = `${exported.folder}${version === undefined ? '' : `-${String(version)}`}.tgz`;
    return [{ path: under(dir, file), data: await tgz(exported.folder, exported.files) }];
  }
  const folder = exported.folder ? under(dir, exported.folder) : dir;
  return exported.files.map((f) => ({ path: under(folder, f.path), data: f.text }));
}

/**
 * Runs `podsmith export`: reads one design and writes it in the format asked for, Terraform on
 * stdout unless `-o`, a chart or base as a folder inside `-o` (or a chart archive). What the
 * format cannot carry goes to stderr, one line each, and does not fail the run. Returns the exit
 * code: 2 when the file cannot be read or a file cannot be written (or is there already, without
 * --force); 1 when the design is not valid YAML, goes past a limit or cannot be exported; else 0.
 */
export async function runExport(options: ExportOptions, io: CliIO): Promise<number> {
  const read = await readDesign(options.file, io, 'export');
  if ('exit' in read) return read.exit;
  const { parsed, name } = read;
  const exported = exportDesign(parsed.text, options.format, {
    ...(options.name === undefined ? {} : { name: options.name }),
    images: options.images,
  });
  if (!exported.ok) {
    io.stderr(`podsmith: cannot export ${name}: ${exported.message}\n`);
    return 1;
  }
  if (options.out === undefined && !options.tgz) {
    // Only the single-file formats come here (args.ts asks the others for -o).
    io.stdout(exported.files.map((f) => f.text).join(''));
  } else {
    const code = await writeOut(await outFiles(exported, options), options.force, io);
    if (code !== 0) return code;
  }
  for (const sentence of exported.notCarried)
    io.stderr(`${name}: not carried in ${options.format}: ${oneLine(sentence)}\n`);
  return 0;
}

/** A sentence on one line, whatever it quotes. */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
