// Helpers for the Terraform tests: HashiCorp's parser and formatter, each loaded once per file.
import { readFileSync } from 'node:fs';
import { parseDesign } from '../../yaml/parse.ts';
import type { ParseHcl } from './hcl.ts';
import { parseHclNode } from './hcl-node.ts';

export interface HclTools {
  parse: ParseHcl;
  /** hclwrite.Format (what `terraform fmt` does), from @cdktf/hcl-tools. */
  format: (text: string) => Promise<string>;
}

/**
 * The parser, started first, then the formatter: both are Go programs and the formatter's
 * loader replaces `globalThis.Go` with its own, so it must come second.
 */
export async function hclTools(): Promise<HclTools> {
  await parseHclNode('warm-up.tf', '');
  const tools = await import('@cdktf/hcl-tools');
  return { parse: parseHclNode, format: (text) => tools.format(text) };
}

/** A .tf file from __fixtures__. */
export function tfFixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- YAML data: `expect` checks it, not types
export type Data = Record<string, any>;

/** The plain value of every non-empty document of a YAML text. */
export function documentValues(text: string): Data[] {
  return parseDesign(text).values.filter((v) => v !== null && v !== undefined) as Data[];
}
