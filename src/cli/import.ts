import { importTerraform } from '../convert/terraform/import.ts';
import type { ImportOptions } from './args.ts';
import { oneLine } from './export.ts';
import type { CliIO } from './io.ts';
import { readInput } from './read-design.ts';
import { writeOut } from './write-out.ts';

/**
 * Runs `podsmith import`: reads one Terraform file and prints the YAML design it holds (or writes
 * it to `-o`). Every finding (an expression kept as a placeholder, a Terraform-only argument left
 * out, a resource with no design object) goes to stderr, one line each, and does not fail the
 * run. Returns the exit code: 2 when the file cannot be read or the YAML cannot be written (or the
 * file is there already, without --force); 1 when the file is not HCL or no Kubernetes object
 * comes out of it; else 0.
 */
export async function runImport(options: ImportOptions, io: CliIO): Promise<number> {
  const input = await readInput(options.file, io);
  if ('exit' in input) return input.exit;
  const { text, name } = input;
  const result = await importTerraform(name, text, io.parseHcl);
  const findings = result.findings.map((f) => `${name}: ${oneLine(f.message)}\n`).join('');
  if (result.objects === 0) {
    io.stderr(`podsmith: cannot import ${name}: no Kubernetes object comes out of it\n${findings}`);
    return 1;
  }
  if (options.out === undefined) io.stdout(result.yaml);
  else {
    const code = await writeOut([{ path: options.out, data: result.yaml }], options.force, io);
    if (code !== 0) return code;
  }
  if (findings) io.stderr(findings);
  return 0;
}
