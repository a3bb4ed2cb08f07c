import type { ParseHcl } from '../../src/convert/terraform/hcl.ts';
import { importTerraform, type TerraformImport } from '../../src/convert/terraform/import.ts';
import type { Progress } from './wasmBytes.ts';

export type Conversion = ({ ok: true } & TerraformImport) | { ok: false; message: string };

/** Loads the parser the first time: the 1.7 MB WebAssembly, with its progress. */
export type LoadParser = (onProgress?: Progress) => Promise<ParseHcl>;

/**
 * The Terraform `text` as a YAML design, with what Podsmith could not carry over. Refused, with
 * a message, only when the parser cannot be loaded; a text that is not valid HCL converts to no
 * objects and a finding that says where.
 */
export async function convertTerraform(
  text: string,
  load: LoadParser,
  onProgress?: Progress,
): Promise<Conversion> {
  let parse: ParseHcl;
  try {
    parse = await load(onProgress);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `HashiCorp's HCL parser could not be loaded (${why}). Nothing was changed: check that the page's server is reachable and try again.`,
    };
  }
  return { ok: true, ...(await importTerraform('main.tf', text, parse)) };
}

/** What the notice says once the conversion is open: how many objects, and what to fill in. */
export function convertedWords(converted: TerraformImport, kept: string): string {
  const objects = `${converted.objects} ${converted.objects === 1 ? 'object' : 'objects'}`;
  const placeholders = converted.findings.filter((f) => f.expression !== undefined).length;
  const fill =
    placeholders > 0
      ? ` ${placeholders} Terraform ${placeholders === 1 ? 'expression is' : 'expressions are'} kept as \${…} placeholders to fill in.`
      : '';
  return `Opened the converted Terraform as a new design: ${objects}.${fill}${kept}`;
}
